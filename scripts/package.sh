#!/usr/bin/env bash
# The release package for an IT person: builds the site (scripts/build.sh web; nothing to do when
# it is current) and writes build/release/fieldbook-<version>-<build>.zip holding
#   fieldbook/        the whole site (build/web/dist), to copy to any static web server
#   SHA256SUMS        every file of fieldbook/ (check with: sha256sum -c SHA256SUMS)
#   DEPLOY.md         how to serve it (Chinese and English), with the server samples beside it:
#   nginx.conf        a location block for nginx
#   web.config        for IIS (copy it into the fieldbook folder on the server)
# Prints the zip's path on its last line.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

say() { echo "package: $*" >&2; }
die() { echo "package: ERROR: $*" >&2; exit 1; }
command -v zip >/dev/null || die "zip is missing: run scripts/install-deps.sh (or apt-get install zip)"

if [[ "${1:-}" != "--no-build" ]]; then
  bash scripts/build.sh web >&2
fi
dist="$root/build/web/dist"
[[ -f "$dist/build.json" && -f "$dist/fieldbook.wasm" ]] || die "$dist is not a built site: run scripts/build.sh web"

# Version and build id as the site itself states them (written by web/CMakeLists.txt).
read -r version build < <(node -e 'const b = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); console.log(b.version, b.build)' "$dist/build.json")
[[ -n "$version" && -n "$build" ]] || die "$dist/build.json has no version or build"

out="$root/build/release"
name="fieldbook-$version-$build"
zipfile="$out/$name.zip"
mkdir -p "$out"

# Staged in a fresh folder so that nothing from an earlier package (or editor litter) slips in.
stage="$(mktemp -d "$out/.stage-XXXXXX")"
trap 'rm -rf "$stage"' EXIT
cp -R "$dist" "$stage/fieldbook"
find "$stage/fieldbook" -name '.*' -exec rm -rf {} +
cp web/deploy/DEPLOY.md web/deploy/nginx.conf web/deploy/web.config "$stage/"
(cd "$stage" && find fieldbook -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum > SHA256SUMS)

rm -f "$zipfile"
# -X: no extra attributes (uid/gid), so the zip says only what the IT person needs.
(cd "$stage" && zip -q -r -X "$zipfile" DEPLOY.md SHA256SUMS nginx.conf web.config fieldbook)
say "$(wc -l < "$stage/SHA256SUMS") site files, $(du -k "$zipfile" | cut -f1) KB"
echo "$zipfile"
