#!/usr/bin/env bash
# Fetches Dear ImGui from Debian's source package, pinned by version and SHA-256, and unpacks it
# into build/deps/imgui. Nothing is committed and the machine's apt setup is not changed: a private
# sources list and private state folders are used, and the archive URI is read from the machine's
# own apt sources so that no host name lives in this repository.
set -euo pipefail

IMGUI_DEB_VERSION="1.92.2b+ds-1"
IMGUI_ORIG="imgui_1.92.2b+ds.orig.tar.xz"
IMGUI_SHA256="e7bd201d56b5ee90d24d5dac85e5c12f98bdb95410252a62d27b7f89e4566d48"

root="$(cd "$(dirname "$0")/.." && pwd)"
deps="${FIELDBOOK_DEPS_DIR:-$root/build/deps}"
dest="$deps/imgui"
stamp="$dest/.fieldbook-stamp"

if [[ -f "$stamp" && "$(cat "$stamp")" == "$IMGUI_SHA256" ]]; then
  exit 0
fi

die() { echo "fetch-imgui: $*" >&2; exit 1; }
command -v apt-get >/dev/null || die "apt-get not found: a Debian machine is needed to fetch ImGui's source package."
command -v dpkg-source >/dev/null || die "dpkg-source not found: install it with 'apt-get install dpkg-dev'."

# The archive URI of the machine's Debian sources (deb822 or one-line format), not the security one.
mirror=""
for f in /etc/apt/sources.list.d/*.sources; do
  [[ -f "$f" ]] || continue
  uri=$(awk '/^URIs:/ {print $2; exit}' "$f")
  if [[ -n "$uri" && "$uri" != *security* ]]; then mirror="$uri"; break; fi
done
if [[ -z "$mirror" && -f /etc/apt/sources.list ]]; then
  mirror=$(awk '$1=="deb" && $0 !~ /security/ { for (i=2;i<=NF;i++) if ($i ~ /^[a-z]+:\/\//) { print $i; exit } }' /etc/apt/sources.list)
fi
[[ -n "$mirror" ]] || die "no Debian archive URI found in /etc/apt/sources.list*; add one and retry."

work="$deps/.imgui-apt"
rm -rf "$work"
mkdir -p "$work/lists/partial" "$work/cache/archives/partial" "$work/download"
keyring=/usr/share/keyrings/debian-archive-keyring.gpg
[[ -f "$keyring" ]] || die "$keyring missing: install debian-archive-keyring."
echo "deb-src [signed-by=$keyring] $mirror sid main" > "$work/sources.list"

apt_opts=(
  -o "Dir::Etc::SourceList=$work/sources.list"
  -o "Dir::Etc::SourceParts=/dev/null"
  -o "Dir::State::Lists=$work/lists"
  -o "Dir::Cache=$work/cache"
  -o "Debug::NoLocking=1"
  -o "APT::Get::Only-Source=1"
)
echo "fetch-imgui: downloading Dear ImGui $IMGUI_DEB_VERSION source from Debian sid"
apt-get "${apt_opts[@]}" update >"$work/update.log" 2>&1 \
  || die "apt-get update of the private sid source list failed; see $work/update.log"
(cd "$work/download" && apt-get "${apt_opts[@]}" source --download-only "imgui=$IMGUI_DEB_VERSION" >"$work/source.log" 2>&1) \
  || die "Debian sid does not offer imgui $IMGUI_DEB_VERSION any more (see $work/source.log); update the pin in $0."

tarball="$work/download/$IMGUI_ORIG"
[[ -f "$tarball" ]] || die "$IMGUI_ORIG was not downloaded; see $work/source.log"
actual=$(sha256sum "$tarball" | awk '{print $1}')
[[ "$actual" == "$IMGUI_SHA256" ]] || die "checksum mismatch for $IMGUI_ORIG: expected $IMGUI_SHA256, got $actual"

rm -rf "$dest"
mkdir -p "$dest"
tar -xJf "$tarball" -C "$dest" --strip-components=1
[[ -f "$dest/imgui.h" && -f "$dest/backends/imgui_impl_opengl3.cpp" ]] || die "unexpected layout in $IMGUI_ORIG"
echo "$IMGUI_SHA256" > "$stamp"
rm -rf "$work"
echo "fetch-imgui: Dear ImGui $IMGUI_DEB_VERSION unpacked in $dest"
