// What the site costs to download: every file of the built site (default build/web/dist), raw and
// gzip (node's zlib, level 9, one file at a time as a server would send it), and the total against
// the 800 KB gzip budget (issue 4; KB = 1000 bytes, the stricter reading). A measurement, not a
// test: it exits 0 whether or not the site fits. Usage: node bench/site-size.mjs [DIST_DIR]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const BUDGET_GZIP = 800 * 1000;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.resolve(process.argv[2] ?? path.join(root, 'build/web/dist'));

function listFiles(dir, rel = '') {
  const out = [];
  for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const p = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...listFiles(dir, p));
    else if (e.isFile()) out.push(p);
  }
  return out.sort();
}

const kb = (n) => `${(n / 1000).toFixed(1)} KB`;

if (!fs.existsSync(dist)) {
  console.error(`site-size: ${dist} does not exist — build the web app first (scripts/build.sh web)`);
  process.exit(0);
}
const rows = listFiles(dist).map((file) => {
  const data = fs.readFileSync(path.join(dist, file));
  return { file, raw: data.length, gzip: zlib.gzipSync(data, { level: 9 }).length };
});
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip }), { raw: 0, gzip: 0 });

const width = Math.max(5, ...rows.map((r) => r.file.length));
const line = (name, raw, gzip) => `${name.padEnd(width)}  ${String(raw).padStart(10)}  ${String(gzip).padStart(10)}`;
console.log(`Site size of ${path.relative(process.cwd(), dist) || '.'} (bytes)`);
console.log(line('file', 'raw', 'gzip -9'));
for (const r of rows) console.log(line(r.file, r.raw, r.gzip));
console.log(line('total', total.raw, total.gzip));
console.log(`total: ${kb(total.raw)} raw, ${kb(total.gzip)} gzip, ${rows.length} files`);
const within = total.gzip <= BUDGET_GZIP;
console.log(`budget: ${kb(BUDGET_GZIP)} gzip — ${within ? 'within' : 'OVER'} budget (${within ? kb(BUDGET_GZIP - total.gzip) + ' left' : kb(total.gzip - BUDGET_GZIP) + ' over'})`);
