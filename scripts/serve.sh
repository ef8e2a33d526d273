#!/usr/bin/env bash
# Installs what is missing, builds the web app into build/web/dist and serves it on
# http://127.0.0.1:8080 (or --port=N / PORT=N).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/install-deps.sh"
mkdir -p "$root/build"
bash "$root/scripts/build.sh" web
exec node "$root/scripts/static-server.mjs" "$root/build/web/dist" "$@"
