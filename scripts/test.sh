#!/usr/bin/env bash
# Installs what is missing, builds everything (native: core, CLI, tests, fuzz targets; web: the
# site) and runs every test through ctest: GoogleTest, CLI, short fuzz runs, end-to-end in Chromium.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/install-deps.sh"
mkdir -p "$root/build"
bash "$root/scripts/build.sh" native web
cd "$root"
exec ctest --preset native "$@"
