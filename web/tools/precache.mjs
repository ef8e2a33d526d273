// Writes the service worker's precache list into DIST_DIR/sw.js: every file of the built site
// (except sw.js itself, which the browser fetches on its own) with its SHA-256, and a version that
// is a hash over all of them. Run as the last step of the web build, and again by hand after
// changing a file in a copy of the site. Usage: node precache.mjs DIST_DIR
//
// The list goes into sw.js itself (not a separate file) because the browser only installs a new
// worker when sw.js changes byte-wise: with the version inside it, any changed file does that.
// The rewrite is idempotent: it replaces the one `const PRECACHE = …;` line, whether that line
// still holds the source's placeholder or an earlier build's list.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const PRECACHE_LINE = /^const PRECACHE = .*;$/m;
const SW = 'sw.js';

const sha256 = (data) => crypto.createHash('sha256').update(data).digest('hex');

// Paths relative to the site root, '/'-separated, sorted so the version does not depend on the
// order the file system lists them in. Dot files (editor or OS litter) are not part of the site.
function listFiles(root, dir = '') {
  const out = [];
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(root, rel));
    else if (entry.isFile()) out.push(rel);
  }
  return out.sort();
}

function precache(dist) {
  const swPath = path.join(dist, SW);
  const sw = fs.readFileSync(swPath, 'utf8');
  if (!PRECACHE_LINE.test(sw)) throw new Error(`${swPath} has no 'const PRECACHE = …;' line`);
  const files = listFiles(dist)
    .filter((p) => p !== SW)
    .map((p) => ({ path: p, sha256: sha256(fs.readFileSync(path.join(dist, p))) }));
  // The version covers the worker's own code too (with the list line blanked out), so a change to
  // sw.js alone still gets a fresh cache.
  const versionHash = crypto.createHash('sha256');
  for (const f of files) versionHash.update(`${f.path}\0${f.sha256}\n`);
  versionHash.update(sw.replace(PRECACHE_LINE, 'const PRECACHE = null;'));
  const version = versionHash.digest('hex').slice(0, 16);
  const line = `const PRECACHE = ${JSON.stringify({ version, files })};`;
  const next = sw.replace(PRECACHE_LINE, () => line);
  // Unchanged builds leave sw.js untouched (same bytes, same mtime).
  if (next !== sw) fs.writeFileSync(swPath, next);
  return { version, files };
}

const dist = process.argv[2];
if (!dist) {
  console.error('usage: node precache.mjs DIST_DIR');
  process.exit(2);
}
try {
  const { version, files } = precache(dist);
  console.log(`precache: ${files.length} files, version ${version}`);
} catch (e) {
  console.error(`precache: ${e.message}`);
  process.exit(1);
}
