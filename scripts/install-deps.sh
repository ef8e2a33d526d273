#!/usr/bin/env bash
# Installs everything Fieldbook needs on a Debian 12 machine, and nothing twice: Debian packages
# (only the missing ones), Dear ImGui's pinned source, and the npm packages pinned in
# package-lock.json. A second run checks and returns in a second or two.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

say() { echo "install-deps: $*"; }
die() { echo "install-deps: ERROR: $*" >&2; exit 1; }

# Debian packages, each with the reason it is here.
packages=(
  cmake ninja-build pkg-config     # the build
  clang libclang-rt-14-dev         # native build; libFuzzer and the sanitizers
  emscripten                       # the web build (3.1.6 in bookworm)
  libcereal-dev rapidjson-dev      # JSON (header-only)
  libgtest-dev                     # GoogleTest
  nodejs npm                       # e2e tests, the static server
  chromium fonts-noto-cjk          # e2e tests; Chinese glyphs in headless Chromium
  dpkg-dev xz-utils debian-archive-keyring  # fetching Debian source packages (Dear ImGui, the QR Code generator)
  zip unzip                        # the release package (scripts/package.sh) and its e2e test
  nginx-light                      # e2e: the release served by nginx as DEPLOY.md says (tests/e2e/deploy.test.mjs)
)

[[ -r /etc/debian_version ]] || die "this script expects Debian 12 (bookworm); install the packages listed in $0 by hand elsewhere."

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
# A Node.js that is not Debian's (e.g. preinstalled) satisfies the node requirement.
if command -v node >/dev/null && command -v npm >/dev/null; then
  filtered=()
  for p in "${missing[@]}"; do [[ "$p" == nodejs || "$p" == npm ]] || filtered+=("$p"); done
  missing=("${filtered[@]+"${filtered[@]}"}")
fi

if ((${#missing[@]})); then
  sudo=""
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || die "missing Debian packages: ${missing[*]} — run this script as root or install sudo."
    sudo="sudo"
  fi
  say "installing Debian packages: ${missing[*]}"
  $sudo apt-get update -q >/tmp/fieldbook-apt-update.log 2>&1 || die "apt-get update failed (see /tmp/fieldbook-apt-update.log)"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}" \
    >/tmp/fieldbook-apt-install.log 2>&1 || die "apt-get install ${missing[*]} failed (see /tmp/fieldbook-apt-install.log)"
fi

# Versions that matter: Emscripten 3.1.x (the build relies on its html5.h and WebGL 2 flags).
emver=$(emcc --version 2>/dev/null | head -n1 | sed -n 's/.* \([0-9]\+\.[0-9]\+\.[0-9]\+\).*/\1/p')
[[ "$emver" == 3.1.* ]] || die "Emscripten 3.1.x expected (Debian bookworm's emscripten), found '${emver:-none}'."
nodever=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
((nodever >= 18)) || die "Node.js 18 or newer is needed for the tests, found $(node --version 2>/dev/null || echo none)."
[[ -x /usr/bin/chromium ]] || die "/usr/bin/chromium is missing: apt-get install chromium"

bash "$root/scripts/fetch-sources.sh"

# npm packages, exactly as pinned in package-lock.json; reinstalled only when the lockfile changes.
stamp="$root/node_modules/.fieldbook-lock-sha256"
want=$(sha256sum package-lock.json | awk '{print $1}')
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
  say "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error >/tmp/fieldbook-npm.log 2>&1 || die "npm ci failed (see /tmp/fieldbook-npm.log)"
  echo "$want" > "$stamp"
fi
say "all dependencies present"
