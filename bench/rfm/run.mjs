#!/usr/bin/env node
// The RFM benchmark (issue 6, item 8). Not a test: never run by ctest or CI, no timed assertions.
//
//   node bench/rfm/run.mjs [--file=build/bench/orders-1m.csv] [--runs=5] [--cli=build/native/fieldbook]...
//                          [--only=cli,duckdb,pandas,wasm]
//
// One run, one file: our CLI end to end, DuckDB (@duckdb/node-api, SQL), pandas (Debian's
// python3-pandas) and the wasm build of the import + scoring core under node, each as its own
// process, `runs` times (the median counts). Wall time and peak memory (max RSS) come from
// /usr/bin/time. Prints a table, the ratios against the targets, and checks that every
// implementation found the same customers, orders, revenue and score bins (a mismatch is printed
// loudly and the exit code is 1). Dependencies: bench/install.sh. See bench/README.md.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const argv = process.argv.slice(2);
const opt = (k, d) => argv.filter((a) => a.startsWith(`--${k}=`)).map((a) => a.slice(k.length + 3)).at(-1) ?? d;
const file = path.resolve(root, opt('file', 'build/bench/orders-1m.csv'));
const runs = Number(opt('runs', 5));
const clis = argv.filter((a) => a.startsWith('--cli=')).map((a) => path.resolve(root, a.slice(6)));
if (clis.length === 0) clis.push(path.join(root, 'build/native/fieldbook'));
const only = new Set(opt('only', 'cli,duckdb,pandas,wasm').split(','));
const columns = { customer: '客户编号', date: '下单日期', amount: '订单金额' };
const analysisDate = '2025-01-01';
const colArgs = [`--customer=${columns.customer}`, `--date=${columns.date}`, `--amount=${columns.amount}`,
  `--analysis-date=${analysisDate}`];
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
if (!fs.existsSync(file)) {
  if (path.resolve(file) !== path.join(root, 'build/bench/orders-1m.csv')) die(`no file ${file}`);
  console.log('generating the data set (deterministic, seed 20240601) ...');
  const g = sh(nodeBin, [path.join(here, 'generate.mjs')], { stdio: 'inherit' });
  if (g.status !== 0) die('generate.mjs failed');
}
const fileBytes = fs.statSync(file).size;
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
function bench(name, cmd, args, opts = {}) {
  process.stdout.write(`${name.padEnd(28)}`);
  const samples = [];
  measure(cmd, args, opts);  // warm-up (page cache, lazy loading); not counted
  for (let i = 0; i < runs; i++) {
    const m = measure(cmd, args, opts);
    samples.push(m);
    process.stdout.write(` ${m.wall.toFixed(2)}s`);
  }
  process.stdout.write('\n');
  const out = JSON.parse(samples.at(-1).stdout);
  return {
    name,
    wall: median(samples.map((s) => s.wall)),
    min: Math.min(...samples.map((s) => s.wall)),
    cpu: median(samples.map((s) => s.cpu)),
    rss: median(samples.map((s) => s.rss)),
    inner: out.seconds !== undefined ? median(samples.map((s) => JSON.parse(s.stdout).seconds)) : undefined,
    out,
  };
}

console.log(`file: ${path.relative(process.cwd(), file)} (${(fileBytes / 1048576).toFixed(1)} MiB), ${runs} runs each after a warm-up, ` +
  `${os.cpus().length} cores, node ${process.version}`);
const results = [];
const baselines = {};
const loadBefore = os.loadavg()[0];
if (only.has('cli')) {
  for (const c of clis) results.push({ kind: 'cli', ...bench(`cli ${path.relative(root, c)}`, c, ['rfm', file, ...colArgs]) });
  // The same binary on one thread: what the single-threaded core does (compare with wasm).
  results.push({ kind: 'cli1', ...bench(`cli ${path.relative(root, clis[0])} --threads=1`, clis[0], ['rfm', file, ...colArgs, '--threads=1']) });
}
if (only.has('duckdb')) {
  baselines.duckdb = measure(nodeBin, ['-e', "import('@duckdb/node-api').then(()=>{})"], { cwd: path.join(root, 'bench') });
  results.push({ kind: 'duckdb', ...bench('duckdb (node-api, SQL)', nodeBin, [path.join(here, 'duckdb_rfm.mjs'), file, ...colArgs]) });
}
if (only.has('pandas')) {
  baselines.pandas = measure(python, ['-c', 'import pandas, numpy']);
  results.push({ kind: 'pandas', ...bench('pandas', python, [path.join(here, 'pandas_rfm.py'), file, ...colArgs]) });
}
if (only.has('wasm')) {
  // Emscripten 3.1.6's output trips over Node 20's fetch(); --no-experimental-fetch keeps it on fs.
  baselines.node = measure(nodeBin, ['-e', '0']);
  results.push({ kind: 'wasm', ...bench('wasm core (node, -O3)', nodeBin, ['--no-experimental-fetch', wasmJs, file, ...colArgs]) });
}

// ---- table
const mb = (b) => (b / 1048576).toFixed(0);
console.log('\n| implementation | wall s (median) | best s | CPU s (user+sys) | in-process s | peak RSS MiB | RSS / file |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const r of results) {
  console.log(`| ${r.name} | ${r.wall.toFixed(3)} | ${r.min.toFixed(3)} | ${r.cpu.toFixed(2)} | ${r.inner !== undefined ? r.inner.toFixed(3) : '—'} | ` +
    `${mb(r.rss)} | ${(r.rss / fileBytes).toFixed(2)} |`);
}
const base = [];
if (baselines.node) base.push(`node alone ${baselines.node.wall.toFixed(2)} s / ${mb(baselines.node.rss)} MiB`);
if (baselines.duckdb) base.push(`node + DuckDB loaded ${baselines.duckdb.wall.toFixed(2)} s / ${mb(baselines.duckdb.rss)} MiB`);
if (baselines.pandas) base.push(`python3 + import pandas ${baselines.pandas.wall.toFixed(2)} s / ${mb(baselines.pandas.rss)} MiB`);
if (base.length) console.log(`\nstart-up baselines (included in the wall and RSS figures above): ${base.join('; ')}`);
console.log('"in-process s": DuckDB and pandas timed inside the process, without start-up and imports.');

const loadAfter = os.loadavg()[0];
console.log(`load average (1 min) before / after: ${loadBefore.toFixed(1)} / ${loadAfter.toFixed(1)} on ${os.cpus().length} cores` +
  (Math.max(loadBefore, loadAfter) > os.cpus().length * 0.75 ? '  !! the machine was busy: wall times are inflated' : ''));

// ---- ratios
const cli = results.find((r) => r.kind === 'cli');
const cli1 = results.find((r) => r.kind === 'cli1');
const duck = results.find((r) => r.kind === 'duckdb');
const pd = results.find((r) => r.kind === 'pandas');
const wasm = results.find((r) => r.kind === 'wasm');
const lines = [];
const ratio = (label, value, target) =>
  lines.push(`${label.padEnd(52)} ${value.toFixed(2).padStart(6)}   target <= ${target}   ${value <= target ? 'met' : 'MISSED'}`);
if (cli && duck) {
  ratio('CLI / DuckDB (wall, both processes end to end)', cli.wall / duck.wall, 1.0);
  ratio('CLI / DuckDB (CLI wall vs DuckDB query time only)', cli.wall / duck.inner, 1.0);
}
if (cli && pd) {
  ratio('CLI / pandas (wall, both processes end to end)', cli.wall / pd.wall, 0.2);
  ratio('CLI / pandas (CLI wall vs pandas time after import)', cli.wall / pd.inner, 0.2);
}
if (cli && wasm) {
  ratio('wasm / native CLI (wall, wasm includes node start-up)', wasm.wall / cli.wall, 2.0);
  if (baselines.node) ratio('wasm / native CLI (wasm wall - node start-up)', (wasm.wall - baselines.node.wall) / cli.wall, 2.0);
}
if (cli1 && wasm && baselines.node) {
  ratio('wasm / native --threads=1 (wasm wall - node start-up)', (wasm.wall - baselines.node.wall) / cli1.wall, 2.0);
}
if (cli) ratio('CLI peak memory / file size', cli.rss / fileBytes, 2.0);
if (lines.length) console.log(`\nratios (the first CLI: ${cli ? cli.name : '-'})\n${lines.join('\n')}`);

// ---- agreement
const ref = results[0];
let mismatches = 0;
const near = (a, b, rel) => Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));
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
    mismatches++;
    console.log(`\n!!!!!!!! MISMATCH: ${r.name} disagrees with ${ref.name}:\n!!!!!!!!   ${problems.join('\n!!!!!!!!   ')}`);
  }
}
if (results.length > 1 && !mismatches) {
  console.log(`\nagreement: all ${results.length} implementations found ${ref.out.customers} customers, ${ref.out.orders} orders, ` +
    `revenue ${ref.out.revenue.toFixed(2)} and the same R/F/M breaks and bin counts`);
}
process.exit(mismatches ? 1 : 0);
