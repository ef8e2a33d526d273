#!/usr/bin/env bash
# Installs what the benchmarks (bench/) need on top of scripts/install-deps.sh, and nothing twice:
#   - python3-pandas (Debian), the pandas baseline of bench/rfm;
#   - the npm packages pinned in bench/package-lock.json (@duckdb/node-api: a prebuilt DuckDB that
#     ships inside its npm packages), installed with `npm ci` into bench/node_modules.
# The tests never need any of this: CI and `ctest` do not run it, and the project's main
# package-lock.json stays test-only.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
say() { echo "bench/install: $*"; }
die() { echo "bench/install: ERROR: $*" >&2; exit 1; }

[[ -r /etc/debian_version ]] || die "this script expects Debian 12 (bookworm); install python3-pandas by hand elsewhere."

packages=(python3-pandas)
missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || die "missing Debian packages: ${missing[*]} — run as root or install sudo."
    sudo="sudo"
  fi
  say "installing Debian packages: ${missing[*]}"
  $sudo apt-get update -q >/tmp/fieldbook-bench-apt-update.log 2>&1 || die "apt-get update failed (see /tmp/fieldbook-bench-apt-update.log)"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}" \
    >/tmp/fieldbook-bench-apt-install.log 2>&1 || die "apt-get install failed (see /tmp/fieldbook-bench-apt-install.log)"
fi

command -v node >/dev/null && command -v npm >/dev/null || die "node and npm are needed: run scripts/install-deps.sh first."

# npm packages exactly as pinned in bench/package-lock.json; reinstalled only when it changes.
cd "$here"
stamp="$here/node_modules/.fieldbook-bench-lock-sha256"
want=$(sha256sum package-lock.json | awk '{print $1}')
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
  say "installing npm packages from bench/package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error >/tmp/fieldbook-bench-npm.log 2>&1 || die "npm ci in bench/ failed (see /tmp/fieldbook-bench-npm.log)"
  echo "$want" > "$stamp"
fi
node -e "import('@duckdb/node-api').then(() => {}, (e) => { console.error(e.message); process.exit(1); })" \
  || die "@duckdb/node-api does not load under $(node --version)"
# Debian's interpreter: a python3 earlier on PATH (pyenv, a venv) may not see Debian's pandas.
/usr/bin/python3 -c 'import pandas' || die "/usr/bin/python3 cannot import pandas"
say "bench dependencies present"
