#!/usr/bin/env node
// The RFM benchmark (issues 6 and 16). Not a test: never run by ctest or CI, no timed assertions.
//
//   node bench/rfm/run.mjs [--files=crm,plain-random,plain-date] [--runs=5] [--cli=build/native/fieldbook]...
//                          [--only=cli,duckdb,pandas,wasm] [--file=PATH [--plain]]
//
// Three files (generated into build/bench/ when missing, bench/rfm/generate.mjs): the Chinese CRM
// export (crm), and the plain export (customer_id,order_date,amount) in random row order
// (plain-random) and in date order (plain-date). On each: our CLI end to end (default threads and
// --threads=1), DuckDB (@duckdb/node-api, SQL), pandas (Debian's python3-pandas) and the wasm build
// of the import + scoring core under node, each as its own process. Runs are interleaved (round k
// runs every implementation once) so that load from elsewhere hits all of them alike; the median of
// `runs` counts. Wall time and peak memory (max RSS) come from /usr/bin/time. Prints a table per
// file, the ratios against the targets side by side, and checks that every implementation found the
// same customers, orders, revenue and score bins on each file (a mismatch is printed loudly and the
// exit code is 1). Dependencies: bench/install.sh. See bench/README.md.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const argv = process.argv.slice(2);
const opt = (k, d) => argv.filter((a) => a.startsWith(`--${k}=`)).map((a) => a.slice(k.length + 3)).at(-1) ?? d;
const runs = Number(opt('runs', 5));
const clis = argv.filter((a) => a.startsWith('--cli=')).map((a) => path.resolve(root, a.slice(6)));
if (clis.length === 0) clis.push(path.join(root, 'build/native/fieldbook'));
const only = new Set(opt('only', 'cli,duckdb,pandas,wasm').split(','));
const analysisDate = '2025-01-01';
const crmColumns = { customer: '客户编号', date: '下单日期', amount: '订单金额' };
const plainColumns = { customer: 'customer_id', date: 'order_date', amount: 'amount' };
const shapes = {
  crm: { file: 'build/bench/orders-1m.csv', gen: [], columns: crmColumns, plain: false },
  'plain-random': { file: 'build/bench/orders-plain-random-1m.csv', gen: ['--shape=plain', '--order=random'], columns: plainColumns, plain: true },
  'plain-date': { file: 'build/bench/orders-plain-date-1m.csv', gen: ['--shape=plain', '--order=date'], columns: plainColumns, plain: true },
};
const files = opt('file')
  ? [{ name: path.basename(opt('file')), file: path.resolve(root, opt('file')), gen: null, plain: argv.includes('--plain'),
      columns: argv.includes('--plain') ? plainColumns : crmColumns }]
  : opt('files', 'crm,plain-random,plain-date').split(',').map((n) => {
    if (!shapes[n]) throw new Error(`unknown file ${n} (crm, plain-random, plain-date)`);
    return { name: n, ...shapes[n], file: path.join(root, shapes[n].file) };
  });
const python = '/usr/bin/python3';  // Debian's, which sees python3-pandas (a pyenv python3 may not)
const nodeBin = process.execPath;

function die(msg) {
  console.error(`bench/rfm: ${msg}`);
  process.exit(2);
}
function sh(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 << 20, ...opts });
  if (r.error) throw r.error;
  return r;
}

// ---- prerequisites
if (!fs.existsSync('/usr/bin/time')) die('/usr/bin/time is missing (Debian package "time")');
for (const f of files) {
  if (fs.existsSync(f.file)) continue;
  if (!f.gen) die(`no file ${f.file}`);
  console.log(`generating ${path.relative(root, f.file)} (deterministic, seed 20240601) ...`);
  const g = sh(nodeBin, [path.join(here, 'generate.mjs'), ...f.gen], { stdio: 'inherit' });
  if (g.status !== 0) die('generate.mjs failed');
}
if (only.has('cli')) for (const c of clis) if (!fs.existsSync(c)) die(`no CLI at ${c}: build it (cmake --preset native && cmake --build build/native --target fieldbook)`);
if (only.has('duckdb') && !fs.existsSync(path.join(root, 'bench/node_modules/@duckdb/node-api'))) die('DuckDB is not installed: run bench/install.sh');
if (only.has('pandas') && sh(python, ['-c', 'import pandas']).status !== 0) die('pandas is not installed: run bench/install.sh');
const wasmJs = path.join(root, 'build/bench/wasm/wasm_rfm.cjs');
if (only.has('wasm')) {
  const sources = [path.join(here, 'wasm_rfm.cpp'), path.join(here, 'build-wasm.sh'),
    ...['src/common', 'src/rfm'].flatMap((d) => fs.readdirSync(path.join(root, d)).map((f) => path.join(root, d, f)))];
  const built = fs.existsSync(wasmJs) ? fs.statSync(wasmJs).mtimeMs : 0;
  if (sources.some((s) => fs.statSync(s).mtimeMs > built)) {
    console.log('building the wasm core (bench/rfm/build-wasm.sh, em++ -O3) ...');
    const b = sh('bash', [path.join(here, 'build-wasm.sh')], { stdio: 'inherit' });
    if (b.status !== 0) die('build-wasm.sh failed');
  }
}

// ---- measuring
// One process under /usr/bin/time: wall seconds, max RSS in bytes, stdout.
function measure(cmd, args, opts = {}) {
  const tf = path.join(os.tmpdir(), `fieldbook-bench-time-${process.pid}.txt`);
  const r = sh('/usr/bin/time', ['-f', '%e %U %S %M', '-o', tf, cmd, ...args], opts);
  const [wall, user, sys, kb] = fs.readFileSync(tf, 'utf8').trim().split(/\s+/).slice(-4).map(Number);
  fs.rmSync(tf, { force: true });
  if (r.status !== 0) {
    console.error(r.stderr);
    die(`${path.basename(cmd)} ${args.join(' ')} exited ${r.status}`);
  }
  return { wall, cpu: user + sys, rss: kb * 1024, stdout: r.stdout };
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
// The implementations to run on one file: name, kind, command, arguments, options.
function implementations(f) {
  const colArgs = [`--customer=${f.columns.customer}`, `--date=${f.columns.date}`, `--amount=${f.columns.amount}`,
    `--analysis-date=${analysisDate}`];
  const plainArg = f.plain ? ['--plain'] : [];
  const list = [];
  if (only.has('cli')) {
    for (const c of clis) list.push({ kind: 'cli', name: `cli ${path.relative(root, c)}`, cmd: c, args: ['rfm', f.file, ...colArgs] });
    // The same binary on one thread: what the single-threaded core does (compare with wasm).
    list.push({ kind: 'cli1', name: `cli ${path.relative(root, clis[0])} --threads=1`, cmd: clis[0],
      args: ['rfm', f.file, ...colArgs, '--threads=1'] });
  }
  if (only.has('duckdb')) {
    list.push({ kind: 'duckdb', name: 'duckdb (node-api, SQL)', cmd: nodeBin,
      args: [path.join(here, 'duckdb_rfm.mjs'), f.file, ...colArgs, ...plainArg], opts: { cwd: path.join(root, 'bench') } });
  }
  if (only.has('pandas')) {
    list.push({ kind: 'pandas', name: 'pandas', cmd: python, args: [path.join(here, 'pandas_rfm.py'), f.file, ...colArgs, ...plainArg] });
  }
  if (only.has('wasm')) {
    // Emscripten 3.1.6's output trips over Node 20's fetch(); --no-experimental-fetch keeps it on fs.
    list.push({ kind: 'wasm', name: 'wasm core (node, -O3)', cmd: nodeBin, args: ['--no-experimental-fetch', wasmJs, f.file, ...colArgs] });
  }
  return list;
}

// Every implementation once as a warm-up (page cache, lazy loading; not counted), then `runs`
// rounds of each once.
function benchFile(f) {
  const list = implementations(f);
  for (const im of list) measure(im.cmd, im.args, im.opts);
  const samples = list.map(() => []);
  for (let k = 0; k < runs; k++) list.forEach((im, i) => samples[i].push(measure(im.cmd, im.args, im.opts)));
  return list.map((im, i) => {
    const ss = samples[i];
    console.log(`  ${im.name.padEnd(34)} ${ss.map((s) => `${s.wall.toFixed(2)}s`).join(' ')}`);
    const out = JSON.parse(ss.at(-1).stdout);
    return {
      kind: im.kind,
      name: im.name,
      wall: median(ss.map((s) => s.wall)),
      min: Math.min(...ss.map((s) => s.wall)),
      cpu: median(ss.map((s) => s.cpu)),
      rss: median(ss.map((s) => s.rss)),
      inner: out.seconds !== undefined ? median(ss.map((s) => JSON.parse(s.stdout).seconds)) : undefined,
      out,
    };
  });
}

console.log(`${runs} runs each after a warm-up, interleaved, ${os.cpus().length} cores, node ${process.version}`);
const baselines = {};
if (only.has('duckdb')) baselines.duckdb = measure(nodeBin, ['-e', "import('@duckdb/node-api').then(()=>{})"], { cwd: path.join(root, 'bench') });
if (only.has('pandas')) baselines.pandas = measure(python, ['-c', 'import pandas, numpy']);
if (only.has('wasm')) baselines.node = measure(nodeBin, ['-e', '0']);
const loadBefore = os.loadavg()[0];
const perFile = [];
for (const f of files) {
  const bytes = fs.statSync(f.file).size;
  console.log(`\nfile ${f.name}: ${path.relative(process.cwd(), f.file)} (${(bytes / 1048576).toFixed(1)} MiB)`);
  perFile.push({ f, bytes, results: benchFile(f) });
}
const loadAfter = os.loadavg()[0];

// ---- tables
const mb = (b) => (b / 1048576).toFixed(0);
for (const { f, bytes, results } of perFile) {
  console.log(`\n${f.name} (${(bytes / 1048576).toFixed(1)} MiB)\n`);
  console.log('| implementation | wall s (median) | best s | CPU s (user+sys) | in-process s | peak RSS MiB | RSS / file |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const r of results) {
    console.log(`| ${r.name} | ${r.wall.toFixed(3)} | ${r.min.toFixed(3)} | ${r.cpu.toFixed(2)} | ${r.inner !== undefined ? r.inner.toFixed(3) : '—'} | ` +
      `${mb(r.rss)} | ${(r.rss / bytes).toFixed(2)} |`);
  }
}
const base = [];
if (baselines.node) base.push(`node alone ${baselines.node.wall.toFixed(2)} s / ${mb(baselines.node.rss)} MiB`);
if (baselines.duckdb) base.push(`node + DuckDB loaded ${baselines.duckdb.wall.toFixed(2)} s / ${mb(baselines.duckdb.rss)} MiB`);
if (baselines.pandas) base.push(`python3 + import pandas ${baselines.pandas.wall.toFixed(2)} s / ${mb(baselines.pandas.rss)} MiB`);
if (base.length) console.log(`\nstart-up baselines (included in the wall and RSS figures above): ${base.join('; ')}`);
console.log('"in-process s": DuckDB, pandas and the wasm core timed inside the process, without start-up, imports and compiling.');
console.log(`load average (1 min) before / after: ${loadBefore.toFixed(1)} / ${loadAfter.toFixed(1)} on ${os.cpus().length} cores` +
  (Math.max(loadBefore, loadAfter) > os.cpus().length * 0.75 ? '  !! the machine was busy: wall times are inflated' : ''));

// ---- ratios, one column per file
const rows = new Map();  // label -> { target, values: [] }
const ratio = (label, target, i, value) => {
  if (!rows.has(label)) rows.set(label, { target, values: new Array(perFile.length).fill(undefined) });
  rows.get(label).values[i] = value;
};
perFile.forEach(({ bytes, results }, i) => {
  const get = (k) => results.find((r) => r.kind === k);
  const [cli, cli1, duck, pd, wasm] = ['cli', 'cli1', 'duckdb', 'pandas', 'wasm'].map(get);
  if (cli && duck) ratio('CLI wall / DuckDB query (in-process)', 0.8, i, cli.wall / duck.inner);
  if (cli1 && duck) ratio('CLI --threads=1 wall / DuckDB query (in-process)', 1.2, i, cli1.wall / duck.inner);
  if (cli && duck) ratio('CLI / DuckDB (both processes end to end)', 1.0, i, cli.wall / duck.wall);
  if (cli && pd) ratio('CLI / pandas (both processes end to end)', 0.2, i, cli.wall / pd.wall);
  if (cli1 && wasm && baselines.node) ratio('wasm (- node start-up) / native --threads=1', 2.0, i, (wasm.wall - baselines.node.wall) / cli1.wall);
  if (cli1 && wasm && wasm.inner !== undefined) ratio('wasm core in-process / native --threads=1 wall', 1.3, i, wasm.inner / cli1.wall);
  if (cli) ratio('CLI peak RSS / max(2 x file, 64 MiB)', 1.0, i, cli.rss / Math.max(2 * bytes, 64 * 1048576));
  if (cli1) ratio('CLI --threads=1 peak RSS / max(2 x file, 64 MiB)', 1.0, i, cli1.rss / Math.max(2 * bytes, 64 * 1048576));
});
if (rows.size) {
  console.log(`\n| ratio | target | ${perFile.map((p) => p.f.name).join(' | ')} |`);
  console.log(`|---|---:|${perFile.map(() => '---:').join('|')}|`);
  for (const [label, { target, values }] of rows) {
    const cells = values.map((v) => (v === undefined ? '—' : `${v.toFixed(2)} ${v <= target ? 'met' : '**MISSED**'}`));
    console.log(`| ${label} | <= ${target} | ${cells.join(' | ')} |`);
  }
}

// ---- agreement, per file
let mismatches = 0;
const near = (a, b, rel) => Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));
for (const { f, results } of perFile) {
  const ref = results[0];
  let fileMismatches = 0;
  for (const r of results.slice(1)) {
    const problems = [];
    for (const k of ['customers', 'orders']) if (r.out[k] !== ref.out[k]) problems.push(`${k} ${r.out[k]} != ${ref.out[k]}`);
    if (!near(r.out.revenue, ref.out.revenue, 1e-12) && Math.abs(r.out.revenue - ref.out.revenue) > 0.005) {
      problems.push(`revenue ${r.out.revenue} != ${ref.out.revenue}`);
    }
    for (const dim of ['recency', 'frequency', 'monetary']) {
      const a = r.out.thresholds[dim];
      const b = ref.out.thresholds[dim];
      if (a.lower.length !== b.lower.length || a.lower.some((v, i) => !near(v, b.lower[i], 1e-9))) {
        problems.push(`${dim} breaks [${a.lower}] != [${b.lower}]`);
      }
      if (a.counts.join() !== b.counts.join()) problems.push(`${dim} bin counts [${a.counts}] != [${b.counts}]`);
    }
    if (problems.length) {
      fileMismatches++;
      console.log(`\n!!!!!!!! MISMATCH on ${f.name}: ${r.name} disagrees with ${ref.name}:\n!!!!!!!!   ${problems.join('\n!!!!!!!!   ')}`);
    }
  }
  mismatches += fileMismatches;
  if (results.length > 1 && !fileMismatches) {
    console.log(`\nagreement on ${f.name}: all ${results.length} implementations found ${ref.out.customers} customers, ` +
      `${ref.out.orders} orders, revenue ${ref.out.revenue.toFixed(2)} and the same R/F/M breaks and bin counts`);
  }
}
process.exit(mismatches ? 1 : 0);
