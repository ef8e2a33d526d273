// fieldbook validate / fieldbook migrate: the workspace file from the command line, through the
// app's one restore path. validate prints OK (exit 0) or the error with its path (exit 1);
// migrate writes the current-schema file, never half of one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli, testData } from './run.mjs';

const golden = path.join(testData, 'workspace');
const malformed = path.join(golden, 'malformed');
const expected = JSON.parse(fs.readFileSync(path.join(malformed, 'expected.json'), 'utf8'));

function tempDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'fieldbook-ws-'));
}

test('validate prints OK for every golden file', () => {
  for (const name of ['v1.json', 'v2.json', 'v3.json', 'v4.json']) {
    const r = runCli(['validate', path.join(golden, name)]);
    assert.equal(r.status, 0, `${name}: ${r.stderr}`);
    assert.equal(r.stdout, 'OK\n');
    assert.equal(r.stderr, '');
  }
});

test('validate refuses each malformed file with its exact error and path (exit 1)', () => {
  const names = Object.keys(expected);
  assert.ok(names.length >= 20);
  for (const name of names) {
    const file = path.join(malformed, name);
    const r = runCli(['validate', file]);
    assert.equal(r.status, 1, `${name} exited ${r.status}`);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, `fieldbook validate: ${file}: ${expected[name]}\n`, name);
  }
});

test('validate names the OS reason when the file cannot be read', () => {
  const missing = path.join(tempDir(), 'nope.json');
  const r = runCli(['validate', missing]);
  assert.equal(r.status, 1);
  assert.equal(r.stderr, `fieldbook validate: cannot read ${missing}: No such file or directory\n`);
  const dir = runCli(['validate', tempDir()]);
  assert.equal(dir.status, 1);
  assert.match(dir.stderr, /cannot read .*: Is a directory\n$/);
});

test('validate refuses a file over 200 MB without reading all of it', () => {
  const big = path.join(tempDir(), 'big.json');
  const fd = fs.openSync(big, 'w');
  fs.writeSync(fd, '{"schemaVersion":2}');
  fs.ftruncateSync(fd, 300 * 1024 * 1024); // sparse: 300 MB of zero bytes
  fs.closeSync(fd);
  const r = runCli(['validate', big]);
  assert.equal(r.status, 1);
  assert.equal(r.stderr, `fieldbook validate: ${big}: the file is larger than 200 MB\n`);
});

test('validate usage errors exit 2', () => {
  for (const [args, message] of [
    [['validate'], /give exactly one file/],
    [['validate', 'a.json', 'b.json'], /give exactly one file/],
    [['validate', '--strict', 'a.json'], /unknown option '--strict'/],
  ]) {
    const r = runCli(args);
    assert.equal(r.status, 2, args.join(' '));
    assert.equal(r.stdout, '');
    assert.match(r.stderr, message);
    assert.match(r.stderr, /usage: fieldbook validate FILE\.json/);
  }
});

test('migrate writes version 1 as the current schema, indented, and the result validates', () => {
  const dir = tempDir();
  const out = path.join(dir, 'out.json');
  const r = runCli(['migrate', path.join(golden, 'v1.json'), out]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, '');
  const text = fs.readFileSync(out, 'utf8');
  assert.ok(text.startsWith('{\n  "schemaVersion": 6,\n'), text);
  assert.deepEqual(JSON.parse(text), {
    schemaVersion: 6,
    sample: false,
    exportedBy: '',
    settings: { language: 'zh', currency: 'CNY', userName: '', ownerId: '', updatedAt: '' },
    team: [],
    roiCases: [],
    rfmAnalyses: [],
    coachingSessions: [],
    objectives: [],
    keyResults: [],
    checkIns: [],
    kpis: [],
    kpiEntries: [],
    funnelPeriods: [],
    deleted: [],
  });
  assert.equal(runCli(['validate', out]).stdout, 'OK\n');
  assert.deepEqual(fs.readdirSync(dir), ['out.json']); // no .tmp left behind
});

test('migrate of a current file gives back exactly its bytes; - writes to stdout', () => {
  const v6 = fs.readFileSync(path.join(golden, 'v6.json'), 'utf8');
  const r = runCli(['migrate', path.join(golden, 'v6.json'), '-']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, v6 + '\n');
  const out = path.join(tempDir(), 'v6.json');
  assert.equal(runCli(['migrate', path.join(golden, 'v6.json'), out]).status, 0);
  assert.equal(fs.readFileSync(out, 'utf8'), v6);
});

test('migrate refuses to replace an existing file, the input included, without --force', () => {
  const dir = tempDir();
  const file = path.join(dir, 'mine.json');
  fs.copyFileSync(path.join(golden, 'v1.json'), file);
  const before = fs.readFileSync(file, 'utf8');

  const same = runCli(['migrate', file, file]);
  assert.equal(same.status, 2);
  assert.match(same.stderr, /OUT is the input file; pass --force/);
  const other = path.join(dir, 'other.json');
  fs.writeFileSync(other, 'keep me');
  const exists = runCli(['migrate', file, other]);
  assert.equal(exists.status, 2);
  assert.match(exists.stderr, /other\.json exists; pass --force/);
  assert.equal(fs.readFileSync(other, 'utf8'), 'keep me');
  assert.equal(fs.readFileSync(file, 'utf8'), before);

  const forced = runCli(['migrate', file, file, '--force']);
  assert.equal(forced.status, 0, forced.stderr);
  assert.equal(JSON.parse(fs.readFileSync(file, 'utf8')).schemaVersion, 6);
  assert.deepEqual(fs.readdirSync(dir).sort(), ['mine.json', 'other.json']);
});

test('migrate of a refused file writes nothing and exits 1 with the error', () => {
  const dir = tempDir();
  const out = path.join(dir, 'out.json');
  const bad = path.join(malformed, 'years-out-of-range.json');
  const r = runCli(['migrate', bad, out]);
  assert.equal(r.status, 1);
  assert.equal(r.stderr, `fieldbook migrate: ${bad}: ${expected['years-out-of-range.json']}\n`);
  assert.deepEqual(fs.readdirSync(dir), []);
  const missing = runCli(['migrate', path.join(dir, 'missing.json'), out]);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /cannot read .*missing\.json: No such file or directory/);
});

test('migrate into a folder that does not exist fails with the OS reason and leaves no file', () => {
  const out = path.join(tempDir(), 'no', 'such', 'dir', 'out.json');
  const r = runCli(['migrate', path.join(golden, 'v1.json'), out]);
  assert.equal(r.status, 1);
  assert.equal(r.stderr, `fieldbook migrate: cannot write ${out}: No such file or directory\n`);
});

test('migrate usage errors exit 2', () => {
  for (const [args, message] of [
    [['migrate'], /give the input file and the output file/],
    [['migrate', 'in.json'], /give the input file and the output file/],
    [['migrate', 'a', 'b', 'c'], /give the input file and the output file/],
    [['migrate', 'a', 'b', '--overwrite'], /unknown option '--overwrite'/],
  ]) {
    const r = runCli(args);
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, message);
  }
});

test('--help lists validate and migrate', () => {
  const r = runCli(['--help']);
  assert.match(r.stdout, /fieldbook validate FILE\.json/);
  assert.match(r.stdout, /fieldbook migrate IN\.json OUT\.json\|- \[--force\]/);
});
