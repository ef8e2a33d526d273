// `fieldbook team report WORKSPACE.json [--as-of=YYYY-MM-DD] [--measure=signed|kpi:<id>|revenue]`
// (src/dashboard/summary_json.h): {asOf, reps: [{id, name, stage, style, okrProgress, okrExpected,
// okrStatus, kpiHitRate, bottleneck, openActions, overdueActions, daysSinceLastSession}],
// progressBoard: [{repId, rank, thisMonth, lastMonth, growth, growthPercent}]}; and
// `fieldbook team merge OUT.json BASE.json REP.json... [--force]` (src/workspace/team_import.h).
// tests/data/team/manager.json is a manager's workspace (schema 6) with three reps whose records
// are theirs (ownerId); every number below is worked out by hand from it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli, runCliJson, testData } from './run.mjs';

const manager = path.join(testData, 'team', 'manager.json');
const repZhao = path.join(testData, 'team', 'rep-zhao.json');
const repSun = path.join(testData, 'team', 'rep-sun.json');

function tempDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'fieldbook-team-'));
}

function writeJson(dir, name, value) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(value, null, 2));
  return file;
}

const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

// As of Wednesday 2026-11-18: this month is November, last month October. Q4 objectives run
// 2026-10-01 to 12-31: 91 days, 48 gone, so expected progress 48/91.
test('team report prints each rep of the dashboard and the progress board by signed deals', () => {
  const r = runCli(['team', 'report', manager, '--as-of=2026-11-18']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout.trim().split('\n').length, 1);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(Object.keys(out), ['asOf', 'reps', 'progressBoard']);
  assert.equal(out.asOf, '2026-11-18');
  assert.deepEqual(out.reps, [
    {
      // Mature with a latest commitment of 6 (< 7): supporting. Key result 6 of 10: 0.6 ahead of
      // 48/91, on track. KPI weeks of November: 6 and 5 meet 5, 4 does not: 2/3. Latest funnel
      // (11-16) 50/25/10/3: steps 0.5, 0.4, 0.3, no targets, so the last step. One action due
      // 11-20, not overdue. Last session 11-09: 9 days.
      id: 'rep-wang', name: '王磊', stage: 'mature', style: 'supporting',
      okrProgress: 0.6, okrExpected: 48 / 91, okrStatus: 'onTrack', kpiHitRate: 2 / 3,
      bottleneck: '提案 → 签约', openActions: 1, overdueActions: 0, daysSinceLastSession: 9,
    },
    {
      // Growing: coaching. 2 of 10 is 0.2 against 0.527: off track (the Q3 objective is over and
      // ignored). KPI entries of November: 3 and 6 against 5, and a call KPI's 0: 1 of 3. Latest
      // funnel 30/15/6/4 with targets 0.7 and 0.5: the first step misses by 0.2, the second by
      // 0.1. Actions: one due 11-01 (overdue), one due 12-01, one done. Last session 10-20: 29 days.
      id: 'rep-li', name: '李娜', stage: 'growing', style: 'coaching',
      okrProgress: 0.2, okrExpected: 48 / 91, okrStatus: 'offTrack', kpiHitRate: 1 / 3,
      bottleneck: '线索 → 商机', openActions: 2, overdueActions: 1, daysSinceLastSession: 29,
    },
    {
      // New, nothing but one funnel period (10/5/2/1: 0.5, 0.4, 0.5, the middle step is lowest).
      id: 'rep-chen', name: '陈晨', stage: 'new', style: 'directing',
      okrProgress: null, okrExpected: null, okrStatus: null, kpiHitRate: null,
      bottleneck: '商机 → 提案', openActions: 0, overdueActions: 0, daysSinceLastSession: null,
    },
  ]);
  // Signed (the last stage) of the periods starting in each month:
  //   王磊 October 3 + 2 = 5 (the period of 10-26 starts in October), November 4 + 3 = 7: +2, +40 %.
  //   李娜 October 3, November 3 + 4 = 7: +4, +133.3 %.   陈晨 November 1 only: new, unranked.
  // The manager's own 40 signed count for nobody.
  assert.deepEqual(out.progressBoard, [
    { repId: 'rep-li', rank: 1, thisMonth: 7, lastMonth: 3, growth: 4, growthPercent: (4 / 3) * 100 },
    { repId: 'rep-wang', rank: 2, thisMonth: 7, lastMonth: 5, growth: 2, growthPercent: 40 },
    { repId: 'rep-chen', rank: null, thisMonth: 1, lastMonth: null, growth: null, growthPercent: null },
  ]);
  // signed is the default.
  assert.deepEqual(runCliJson(['team', 'report', manager, '--as-of=2026-11-18', '--measure=signed']), out);
});

test('team report ranks by a KPI shared by name', () => {
  // kpi-wang is called 每周新增有效商机; 李娜's KPI of that name counts for her, her calls do not.
  //   王磊 October 3 + 7 = 10, November 6 + 5 + 4 = 15: +5, +50 %.
  //   李娜 October 4 + 4 = 8, November 3 + 6 = 9: +1, +12.5 %.   陈晨 has no such KPI.
  const out = runCliJson(['team', 'report', manager, '--as-of=2026-11-18', '--measure=kpi:kpi-wang']);
  assert.deepEqual(out.progressBoard, [
    { repId: 'rep-wang', rank: 1, thisMonth: 15, lastMonth: 10, growth: 5, growthPercent: 50 },
    { repId: 'rep-li', rank: 2, thisMonth: 9, lastMonth: 8, growth: 1, growthPercent: 12.5 },
    { repId: 'rep-chen', rank: null, thisMonth: null, lastMonth: null, growth: null, growthPercent: null },
  ]);
});

test('team report ranks by the revenue of each rep\'s latest RFM analysis of the month', () => {
  // 王磊's analyses of 10-30 and 11-16 hold the same customers but for the first one's monetary:
  // 286000.50 in October, 285000.50 in November (the file keeps fen), so November is 1000 less.
  const w = readJson(manager);
  const total = (a) => a.customers.monetary.reduce((sum, fen) => sum + fen / 100, 0);
  const [october, november] = w.rfmAnalyses.map(total);
  assert.equal(Math.round(october - november), 1000);
  const out = runCliJson(['team', 'report', manager, '--as-of=2026-11-18', '--measure=revenue']);
  assert.deepEqual(out.progressBoard, [
    { repId: 'rep-wang', rank: 1, thisMonth: november, lastMonth: october, growth: november - october,
      growthPercent: ((november - october) / october) * 100 },
    { repId: 'rep-li', rank: null, thisMonth: null, lastMonth: null, growth: null, growthPercent: null },
    { repId: 'rep-chen', rank: null, thisMonth: null, lastMonth: null, growth: null, growthPercent: null },
  ]);
});

test('team report: a measure it does not know exits 2 with the usage', () => {
  for (const bad of ['--measure=won', '--measure=kpi:', '--measure=', '--measure']) {
    const r = runCli(['team', 'report', manager, '--as-of=2026-11-18', bad]);
    assert.equal(r.status, 2, bad);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /fieldbook team report: --measure: /, bad);
    assert.match(r.stderr, /usage: fieldbook team report WORKSPACE\.json \[--as-of=YYYY-MM-DD\] \[--measure=signed\|kpi:<id>\|revenue\]/);
  }
  const twice = runCli(['team', 'report', manager, '--measure=signed', '--measure=revenue']);
  assert.equal(twice.status, 2);
  assert.match(twice.stderr, /--measure given twice/);
});

test('team report: a KPI id the workspace does not hold is named', () => {
  const r = runCli(['team', 'report', manager, '--measure=kpi:kpi-nobody']);
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /--measure: no KPI with id 'kpi-nobody' in the workspace/);
});

test('team report: the other arguments are every report\'s', () => {
  assert.equal(runCli(['team', 'report']).status, 2);
  assert.equal(runCli(['team', 'report', manager, '--as-of=2026-13-01']).status, 2);
  assert.equal(runCli(['team', 'report', manager, '--colour=red']).status, 2);
  const missing = runCli(['team', 'report', path.join(tempDir(), 'none.json')]);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /cannot read/);
  // Without --as-of it is today (UTC): the day is printed.
  assert.match(runCliJson(['team', 'report', manager]).asOf, /^\d{4}-\d{2}-\d{2}$/);
});

// ---------------------------------------------------------------- team merge

// Each rep file holds its owner's records (ownerId ""): an objective with a key result and a
// check-in, a KPI with an entry, a funnel period and an ROI case: 7 records.
const kRepRecords = 7;

function merge(out, ...inputs) {
  return runCli(['team', 'merge', out, ...inputs]);
}

test('team merge adds two reps with their records and says what each file brought', () => {
  const dir = tempDir();
  const out = path.join(dir, 'out.json');
  const r = merge(out, manager, repZhao, repSun);
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.deepEqual(report.inputs.map((i) => [i.file, i.repName, i.match]), [
    [repZhao, '赵敏', 'added'],
    [repSun, '孙强', 'added'],
  ]);
  for (const i of report.inputs) {
    assert.deepEqual(Object.keys(i), ['file', 'repId', 'repName', 'match', 'added', 'updated', 'older', 'deleted',
      'unchanged', 'leftOut', 'conflicts']);
    assert.deepEqual([i.added, i.updated, i.older, i.deleted, i.unchanged, i.leftOut, i.conflicts],
      [kRepRecords, 0, 0, 0, 0, 0, 0]);
  }
  const w = readJson(out);
  const zhao = w.team.find((m) => m.name === '赵敏');
  const sun = w.team.find((m) => m.name === '孙强');
  assert.equal(w.team.length, 5);
  assert.equal(zhao.ownerId, 'owner-zhao');
  assert.equal(sun.ownerId, 'owner-sun');
  assert.equal(report.inputs[0].repId, zhao.id);
  // Their records are now theirs.
  assert.equal(w.objectives.find((o) => o.id === 'zhao-o').ownerId, zhao.id);
  assert.equal(w.kpis.find((k) => k.id === 'sun-kpi').ownerId, sun.id);
  assert.equal(w.roiCases.find((c) => c.id === 'zhao-roi').ownerId, zhao.id);
  // The merged workspace loads and reports on the new reps.
  assert.equal(runCli(['validate', out]).status, 0);
  const reps = runCliJson(['team', 'report', out, '--as-of=2026-11-18']).reps;
  assert.deepEqual(reps.map((x) => x.name), ['王磊', '李娜', '陈晨', '赵敏', '孙强']);
});

test('team merge again over its own output with the same files changes nothing', () => {
  const dir = tempDir();
  const out = path.join(dir, 'out.json');
  assert.equal(merge(out, manager, repZhao, repSun).status, 0);
  const before = fs.readFileSync(out, 'utf8');
  const r = runCli(['team', 'merge', out, out, repZhao, repSun, '--force']);
  assert.equal(r.status, 0, r.stderr);
  for (const i of JSON.parse(r.stdout).inputs) {
    assert.equal(i.match, 'linked');
    assert.deepEqual([i.added, i.updated, i.older, i.deleted, i.unchanged, i.conflicts], [0, 0, 0, 0, kRepRecords, 0]);
  }
  assert.equal(readJson(out).team.length, 5);
  assert.deepEqual(readJson(out).objectives, JSON.parse(before).objectives);
});

test('team merge: a newer file from a rep updates their record; a tombstone deletes one', () => {
  const dir = tempDir();
  const out = path.join(dir, 'out.json');
  assert.equal(merge(out, manager, repZhao).status, 0);
  const newer = readJson(repZhao);
  newer.checkIns[0].value = 5;
  newer.checkIns[0].updatedAt = '2026-11-18T08:00:00Z';
  // The ROI case was deleted on the rep's device after the last file.
  newer.roiCases = [];
  newer.deleted = [{ collection: 'roiCases', id: 'zhao-roi', deletedAt: '2026-11-18T09:00:00Z' }];
  const r = runCli(['team', 'merge', out, out, writeJson(dir, 'zhao-newer.json', newer), '--force']);
  assert.equal(r.status, 0, r.stderr);
  const [i] = JSON.parse(r.stdout).inputs;
  assert.equal(i.match, 'linked');
  // The updated check-in differed from the manager's copy: a merge lists every such pair.
  assert.deepEqual([i.added, i.updated, i.older, i.deleted, i.unchanged, i.conflicts],
    [0, 1, 0, 1, kRepRecords - 2, 1]);
  const w = readJson(out);
  assert.equal(w.checkIns.find((c) => c.id === 'zhao-ci').value, 5);
  assert.equal(w.roiCases.find((c) => c.id === 'zhao-roi'), undefined);
  assert.ok(w.deleted.some((t) => t.collection === 'roiCases' && t.id === 'zhao-roi'));
});

test('team merge never replaces an existing OUT without --force', () => {
  const dir = tempDir();
  const out = writeJson(dir, 'out.json', { keep: true });
  const r = merge(out, manager, repZhao);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /exists; add --force/);
  assert.deepEqual(readJson(out), { keep: true });
});

test('team merge: a broken input exits 1 naming it, and OUT is not written', () => {
  const dir = tempDir();
  const out = path.join(dir, 'out.json');
  const broken = path.join(dir, 'broken.json');
  fs.writeFileSync(broken, '{"schemaVersion": 6, "settings": ');
  const r = merge(out, manager, repZhao, broken);
  assert.equal(r.status, 1);
  assert.ok(r.stderr.startsWith(`${broken}: `), r.stderr);
  assert.equal(fs.existsSync(out), false);
  // A broken base, too.
  const base = merge(out, broken, repZhao);
  assert.equal(base.status, 1);
  assert.ok(base.stderr.startsWith(`${broken}: `), base.stderr);
  assert.equal(fs.existsSync(out), false);
});

test('team merge: too few files or an unknown option exit 2 with the usage', () => {
  const out = path.join(tempDir(), 'out.json');
  for (const args of [[out, manager], [out, manager, repZhao, '--dry-run'], []]) {
    const r = runCli(['team', 'merge', ...args]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /usage: fieldbook team merge OUT\.json BASE\.json REP1\.json/);
  }
});

test('--help lists the team command with both subcommands', () => {
  const r = runCli(['--help']);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /team merge OUT\.json BASE\.json REP\.json\.\.\. \| team report WORKSPACE\.json/);
});
