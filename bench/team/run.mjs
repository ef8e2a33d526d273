#!/usr/bin/env node
// The team benchmark (issue 14). Not a test: never run by ctest or CI, no timed assertions.
//
//   node bench/team/run.mjs [--reps=30] [--customers=10000] [--runs=5] [--cli=build/native/fieldbook]
//
// A manager's workspace and the files of `reps` reps, each with two years of records and two RFM
// analyses of `customers` customers (generate_team.cpp, deterministic), then, each as its own
// process under /usr/bin/time, `runs` times (the median counts):
//   - merge:  fieldbook team merge OUT manager.json rep-*.json — the app's team import;
//   - read:   fieldbook validate of every input, one process each, summed — reading the files the
//             way the app does is the floor a merge cannot go under; merge / read is the ratio;
//   - report: fieldbook team report OUT — the team dashboard and progress board of the result.
// Prints wall times, peak memory (max RSS) and sizes. Needs the native build (scripts/build.sh native).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const argv = process.argv.slice(2);
const opt = (k, d) => argv.filter((a) => a.startsWith(`--${k}=`)).map((a) => a.slice(k.length + 3)).at(-1) ?? d;
const reps = Number(opt('reps', 30));
const customers = Number(opt('customers', 10000));
const runs = Number(opt('runs', 5));
const cli = path.resolve(root, opt('cli', 'build/native/fieldbook'));
const data = path.join(root, `build/bench/team/data-${reps}x${customers}`);

function sh(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 << 20 });
  if (r.error) throw r.error;
  return r;
}
function die(msg) {
  console.error(`bench/team: ${msg}`);
  process.exit(2);
}
// Wall seconds and max RSS (KiB) of one process.
function timed(args) {
  const r = sh('/usr/bin/time', ['-f', '@@%e %M', cli, ...args]);
  const m = /@@([0-9.]+) ([0-9]+)\s*$/.exec(r.stderr);
  if (r.status !== 0 || !m) die(`${args.join(' ')} failed: ${r.stderr}`);
  return { s: Number(m[1]), kib: Number(m[2]), stdout: r.stdout };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (!fs.existsSync('/usr/bin/time')) die('/usr/bin/time is missing (Debian package "time")');
if (!fs.existsSync(cli)) die(`no CLI at ${cli}: scripts/build.sh native`);
const gen = sh('bash', [path.join(here, 'build.sh')]);
if (gen.status !== 0) die(`building the generator failed: ${gen.stderr}`);
if (!fs.existsSync(path.join(data, 'manager.json'))) {
  console.log(`generating ${reps} reps × ${customers} customers ...`);
  const g = sh(gen.stdout.trim(), [data, `--reps=${reps}`, `--customers=${customers}`]);
  if (g.status !== 0) die(`generate_team failed: ${g.stderr}`);
}
const inputs = ['manager.json', ...fs.readdirSync(data).filter((f) => /^rep-\d+\.json$/.test(f)).sort()]
  .map((f) => path.join(data, f));
const out = path.join(data, '..', `merged-${reps}x${customers}.json`);
const bytes = (f) => fs.statSync(f).size;
const mib = (b) => (b / 1048576).toFixed(1);

const merge = [], read = [], report = [];
let mergeKib = 0, readKib = 0, reportKib = 0;
timed(['team', 'merge', out, ...inputs, '--force']);  // warm-up (page cache)
for (let i = 0; i < runs; ++i) {
  const m = timed(['team', 'merge', out, ...inputs, '--force']);
  merge.push(m.s);
  mergeKib = Math.max(mergeKib, m.kib);
  let sum = 0;
  for (const f of inputs) {
    const v = timed(['validate', f]);
    sum += v.s;
    readKib = Math.max(readKib, v.kib);
  }
  read.push(sum);
  const r = timed(['team', 'report', out, '--as-of=2026-11-30']);
  report.push(r.s);
  reportKib = Math.max(reportKib, r.kib);
}
const inBytes = inputs.reduce((s, f) => s + bytes(f), 0);
console.log(`team: ${reps} reps, ${customers} customers per RFM analysis; inputs ${inputs.length} files, ` +
  `${mib(inBytes)} MiB (a rep's file ${mib(bytes(inputs[1]))} MiB); merged file ${mib(bytes(out))} MiB (compact)`);
console.log(`runs: ${runs} (median)`);
console.log(`  merge   ${median(merge).toFixed(2)} s   max RSS ${mib(mergeKib * 1024)} MiB`);
console.log(`  read    ${median(read).toFixed(2)} s   (every input validated, one process each; max RSS ${mib(readKib * 1024)} MiB)`);
console.log(`  report  ${median(report).toFixed(2)} s   max RSS ${mib(reportKib * 1024)} MiB`);
console.log(`ratio merge / read: ${(median(merge) / median(read)).toFixed(2)}`);
console.log(`issue 14 target: merge ≤ 1 s natively — ${median(merge) <= 1 ? 'met' : 'not met'}`);
