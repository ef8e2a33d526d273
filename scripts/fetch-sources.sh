#!/usr/bin/env bash
# Fetches the libraries built from source (Dear ImGui, the QR Code generator) from Debian's
# source packages, each pinned by version and by the SHA-256 of its upstream tarball, and unpacks
# them into build/deps/<name>. Nothing is committed and the machine's apt setup is not changed: a
# private sources list and private state folders are used, and the archive URI is read from the
# machine's own apt sources so that no host name lives in this repository. A library whose stamp
# matches its pin is not fetched again.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
deps="${FIELDBOOK_DEPS_DIR:-$root/build/deps}"

die() { echo "fetch-sources: $*" >&2; exit 1; }

# name | Debian suite | source package=version | upstream tarball | SHA-256 | a file the tarball must hold
#  - imgui 1.92.2b (dynamic fonts, which Chinese text needs) is only in sid.
#  - qr-code-generator is nayuki's QR Code generator (MIT); only its C++ folder is built.
SOURCES=(
  "imgui|sid|imgui=1.92.2b+ds-1|imgui_1.92.2b+ds.orig.tar.xz|e7bd201d56b5ee90d24d5dac85e5c12f98bdb95410252a62d27b7f89e4566d48|backends/imgui_impl_opengl3.cpp"
  "qrcodegen|bookworm|qr-code-generator=1.8.0-1.1|qr-code-generator_1.8.0.orig.tar.gz|2ec0a4d33d6f521c942eeaf473d42d5fe139abcfa57d2beffe10c5cf7d34ae60|cpp/qrcodegen.cpp"
)

mirror=""
find_mirror() {
  [[ -n "$mirror" ]] && return
  # The archive URI of the machine's Debian sources (deb822 or one-line format), not the security one.
  for f in /etc/apt/sources.list.d/*.sources; do
    [[ -f "$f" ]] || continue
    local uri
    uri=$(awk '/^URIs:/ {print $2; exit}' "$f")
    if [[ -n "$uri" && "$uri" != *security* ]]; then mirror="$uri"; break; fi
  done
  if [[ -z "$mirror" && -f /etc/apt/sources.list ]]; then
    mirror=$(awk '$1=="deb" && $0 !~ /security/ { for (i=2;i<=NF;i++) if ($i ~ /^[a-z]+:\/\//) { print $i; exit } }' /etc/apt/sources.list)
  fi
  [[ -n "$mirror" ]] || die "no Debian archive URI found in /etc/apt/sources.list*; add one and retry."
}

fetch() {
  local name="$1" suite="$2" pkg="$3" orig="$4" sha="$5" probe="$6"
  local dest="$deps/$name" stamp="$deps/$name/.fieldbook-stamp"
  if [[ -f "$stamp" && "$(cat "$stamp")" == "$sha" ]]; then return; fi

  command -v apt-get >/dev/null || die "apt-get not found: a Debian machine is needed to fetch $name's source package."
  command -v dpkg-source >/dev/null || die "dpkg-source not found: install it with 'apt-get install dpkg-dev'."
  local keyring=/usr/share/keyrings/debian-archive-keyring.gpg
  [[ -f "$keyring" ]] || die "$keyring missing: install debian-archive-keyring."
  find_mirror

  local work="$deps/.$name-apt"
  rm -rf "$work"
  mkdir -p "$work/lists/partial" "$work/cache/archives/partial" "$work/download"
  echo "deb-src [signed-by=$keyring] $mirror $suite main" > "$work/sources.list"
  local apt_opts=(
    -o "Dir::Etc::SourceList=$work/sources.list"
    -o "Dir::Etc::SourceParts=/dev/null"
    -o "Dir::State::Lists=$work/lists"
    -o "Dir::Cache=$work/cache"
    -o "Debug::NoLocking=1"
    -o "APT::Get::Only-Source=1"
  )
  echo "fetch-sources: downloading $pkg from Debian $suite"
  apt-get "${apt_opts[@]}" update >"$work/update.log" 2>&1 \
    || die "apt-get update of the private $suite source list failed; see $work/update.log"
  # Only the upstream tarball is used. apt also fetches the .dsc and Debian's patches; a missing
  # patch file does not matter as long as the tarball came and its checksum holds.
  (cd "$work/download" && apt-get "${apt_opts[@]}" source --download-only "$pkg" >"$work/source.log" 2>&1) || true
  local tarball="$work/download/$orig"
  [[ -f "$tarball" ]] || die "Debian $suite does not offer $pkg any more (see $work/source.log); update the pin in $0."
  local actual
  actual=$(sha256sum "$tarball" | awk '{print $1}')
  [[ "$actual" == "$sha" ]] || die "checksum mismatch for $orig: expected $sha, got $actual"

  rm -rf "$dest"
  mkdir -p "$dest"
  tar -xf "$tarball" -C "$dest" --strip-components=1
  [[ -f "$dest/$probe" ]] || die "unexpected layout in $orig: $probe is missing"
  echo "$sha" > "$stamp"
  rm -rf "$work"
  echo "fetch-sources: $pkg unpacked in $dest"
}

for entry in "${SOURCES[@]}"; do
  IFS='|' read -r name suite pkg orig sha probe <<<"$entry"
  fetch "$name" "$suite" "$pkg" "$orig" "$sha" "$probe"
done
