#!/usr/bin/env bash
# Builds what is asked: `native` (core, CLI, tests → build/native), `web` (the site → build/web/dist).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
# Debian's Emscripten needs Debian's node modules (acorn) when the node on PATH is not Debian's.
export NODE_PATH="${NODE_PATH:+$NODE_PATH:}/usr/share/nodejs"
for what in "$@"; do
  case "$what" in
    native|web)
      cmake --preset "$what" >"build/configure-$what.log" 2>&1 || { cat "build/configure-$what.log" >&2; echo "build: configuring $what failed" >&2; exit 1; }
      cmake --build --preset "$what" ;;
    *) echo "build: unknown target '$what' (native or web)" >&2; exit 2 ;;
  esac
done
