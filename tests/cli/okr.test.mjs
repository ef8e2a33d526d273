// The `fieldbook okr WORKSPACE.json [--as-of=YYYY-MM-DD]` contract (src/okr/summary_json.h):
// {asOf, objectives: [{id, title, progress, expected, status, grade, missedCommitment,
// keyResults: [{id, current, progress, progressRaw, grade, status, confidence}]}],
// kpis: [{id, hitRate, latest, met}], funnels: [{id, conversions, bottleneck}]}.
// Every number is worked out by hand below from the rules (src/okr/progress.h, kpi_stats.h,
// funnel_board.h). The file is loaded as `fieldbook validate` loads it: a refused file exits 1
// with its error and path; a usage error exits 2.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli, runCliJson, testData } from './run.mjs';

const v5 = path.join(testData, 'workspace', 'v5.json');

function writeTemp(name, value) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fieldbook-okr-')), name);
  fs.writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return file;
}

// A version 5 workspace holding only the OKR records given, each with the contract's fields only.
function workspace(changes = {}) {
  return {
    schemaVersion: 5, sample: false, exportedBy: '',
    settings: { language: 'en', currency: 'CNY', userName: '', updatedAt: '' },
    team: [], roiCases: [], rfmAnalyses: [], coachingSessions: [],
    objectives: [], keyResults: [], checkIns: [], kpis: [], kpiEntries: [], funnelPeriods: [],
    ...changes,
  };
}

// Q4 2026 unless told: 2026-10-01 to 2026-12-31, 91 days from the first day to the last.
function objective(id, kind = 'committed', periodStart = '2026-10-01', periodEnd = '2026-12-31') {
  return { id, title: `Objective ${id}`, ownerId: '', periodStart, periodEnd, kind, parentId: '' };
}

function keyResult(id, objectiveId, type, start, target, weight = 1) {
  return { id, objectiveId, title: `Key result ${id}`, type, start, target, weight, unit: 'count' };
}

function checkIn(id, keyResultId, date, value, confidence = 5) {
  return { id, keyResultId, date, value, confidence };
}

function kpi(id, direction, target, frequency = 'weekly') {
  return { id, name: `KPI ${id}`, direction, target, frequency };
}

function funnel(id, counts, stepTargets) {
  const f = { id, ownerId: '', periodStart: '2026-11-16', periodEnd: '2026-11-22', counts };
  if (stepTargets) f.stepTargets = stepTargets;
  return f;
}

// The number tokens of a JSON text as written (outside strings), and the text with each one as
// JavaScript writes its value.
function numbersOf(text) {
  const tokens = [];
  let normalized = '';
  const number = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  for (let i = 0; i < text.length;) {
    if (text[i] === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      normalized += text.slice(i, end + 1);
      i = end + 1;
      continue;
    }
    number.lastIndex = i;
    const m = number.exec(text);
    if (m) {
      tokens.push(m[0]);
      normalized += String(Number(m[0]));
      i += m[0].length;
    } else {
      normalized += text[i++];
    }
  }
  return { tokens, normalized };
}

// The significant digits of a number's text: "0.0300e5" → "3".
const significant = (t) => t.replace(/[eE].*$/, '').replace(/[-.]/g, '').replace(/^0+/, '').replace(/0+$/, '');

function okr(value, asOf) {
  return runCliJson(['okr', writeTemp('okr.json', value), `--as-of=${asOf}`]);
}

const objectiveKeys = ['id', 'title', 'progress', 'expected', 'status', 'grade', 'missedCommitment', 'keyResults'];
const keyResultKeys = ['id', 'current', 'progress', 'progressRaw', 'grade', 'status', 'confidence'];
const kpiKeys = ['id', 'hitRate', 'latest', 'met'];
const funnelKeys = ['id', 'conversions', 'bottleneck'];

test('okr prints exactly the contract for the golden version 5 workspace, as one JSON object', () => {
  const r = runCli(['okr', v5, '--as-of=2026-11-30']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout.trim().split('\n').length, 1);
  const out = JSON.parse(r.stdout);
  // Compact, keys in the contract's order: JavaScript writes the same text, but for the digits of
  // some numbers.
  const { tokens, normalized } = numbersOf(r.stdout);
  assert.equal(normalized, `${JSON.stringify(out)}\n`);
  // Each number in the shortest text that reads back to it: 1, not 1.0; no more digits than
  // JavaScript's shortest. (Of two 17-digit texts that read back to one double the core may write
  // the other one: 0.39999999999999999 where JavaScript writes 0.39999999999999997.)
  assert.ok(tokens.includes('6000000') && tokens.includes('1') && tokens.includes('0.5'), tokens.join(' '));
  for (const t of tokens) {
    assert.doesNotMatch(t, /\.\d*0(?:[eE]|$)/, t);
    assert.ok(significant(t).length <= significant(String(Number(t))).length, `${t} for ${Number(t)}`);
  }
  assert.deepEqual(Object.keys(out), ['asOf', 'objectives', 'kpis', 'funnels']);
  for (const o of out.objectives) {
    assert.deepEqual(Object.keys(o), objectiveKeys);
    for (const kr of o.keyResults) assert.deepEqual(Object.keys(kr), keyResultKeys);
  }
  for (const k of out.kpis) assert.deepEqual(Object.keys(k), kpiKeys);
  for (const f of out.funnels) assert.deepEqual(Object.keys(f), funnelKeys);

  assert.equal(out.asOf, '2026-11-30');
  // In list order. The year's objective (2026-01-01 to 2026-12-31, 364 days from first to last;
  // 2026-11-30 is day 333): expected 333 / 364. Churn stays below 5 % with no check-in: current
  // = start 0 ≤ 5, so 1, done. Education revenue, no check-in: current = start 6,000,000, raw
  // (6e6 − 6e6) / (12e6 − 6e6) = 0; gap 0.91 > 0.25: off track. The churn key result weighs 0
  // and is left out: progress (1 × 0) / 1 = 0; off track, grade 0. Aspirational: never a missed
  // commitment. No check-in, so no confidence.
  assert.deepEqual(out.objectives[0], {
    id: 'obj-k3xb00001-aa01', title: '2026 华东区教育行业收入翻番', progress: 0, expected: 333 / 364,
    status: 'offTrack', grade: 0, missedCommitment: false,
    keyResults: [
      { id: 'kr-k3xb00013-bb03', current: 0, progress: 1, progressRaw: 1, grade: 1, status: 'done',
        confidence: null },
      { id: 'kr-k3xb00015-bb05', current: 6000000, progress: 0, progressRaw: 0, grade: 0, status: 'offTrack',
        confidence: null },
    ],
  });
  assert.equal(out.objectives[0].expected, 0.9148351648351648);
  // Q4 (2026-10-01 to 2026-12-31, 91 days; 2026-11-30 is day 31 + 29 = 60): expected 60 / 91 =
  // 0.659. Sign 3 bureaus: of two check-ins the later (2026-11-18) says 1, confidence 3: 1 / 3,
  // gap 0.326 > 0.25: off track, grade round(3.33) / 10 = 0.3. Education share 25 → 40 %: 31.5
  // on 2026-11-18, confidence 0: (31.5 − 25) / 15 = 0.4333, gap 0.226 > 0.10: at risk, grade 0.4.
  // The objective: (1 × 1/3 + 2 × 0.4333) / 3 = 0.39999999999999997 unrounded, gap 0.259 > 0.25:
  // off track, grade 0.4. Committed, but its period has not ended: no missed commitment yet.
  assert.deepEqual(out.objectives[1], {
    id: 'obj-k3xb00002-aa02', title: 'Q4成为华东区教育行业第一供应商', progress: (1 * (1 / 3) + 2 * (6.5 / 15)) / 3,
    expected: 60 / 91, status: 'offTrack', grade: 0.4, missedCommitment: false,
    keyResults: [
      { id: 'kr-k3xb00011-bb01', current: 1, progress: 1 / 3, progressRaw: 1 / 3, grade: 0.3, status: 'offTrack',
        confidence: 3 },
      { id: 'kr-k3xb00012-bb02', current: 31.5, progress: 6.5 / 15, progressRaw: 6.5 / 15, grade: 0.4,
        status: 'atRisk', confidence: 0 },
    ],
  });
  assert.equal(out.objectives[1].progress, 0.39999999999999997);
  assert.equal(out.objectives[1].keyResults[1].progress, 0.43333333333333335);
  // Q3 (ended 2026-09-30): expected 1. The partner milestone stands at 0.5 (confidence 10): gap
  // 0.5, off track, grade 0.5; the objective the same. Aspirational: not a missed commitment.
  assert.deepEqual(out.objectives[2], {
    id: 'obj-k3xb00003-aa03', title: 'Q3: "open" the Suzhou market', progress: 0.5, expected: 1,
    status: 'offTrack', grade: 0.5, missedCommitment: false,
    keyResults: [
      { id: 'kr-k3xb00014-bb04', current: 0.5, progress: 0.5, progressRaw: 0.5, grade: 0.5, status: 'offTrack',
        confidence: 10 },
    ],
  });

  // New opportunities ≥ 5 a week: 6 (met), 4 (not): 1 / 2; the latest (2026-11-16) is 4, not met.
  // Days to first reply ≤ 2: one entry, 1.5, met.
  assert.deepEqual(out.kpis, [
    { id: 'kpi-k3xb00031-dd01', hitRate: 0.5, latest: 4, met: false },
    { id: 'kpi-k3xb00032-dd02', hitRate: 1, latest: 1.5, met: true },
  ]);

  // 40 → 20 → 6 → 2: 20/40, 6/20, 2/6. Targets 0.5, 0.5, none: the first step meets its 0.5, the
  // second misses by 0.2: the bottleneck is step 1. 12 → 5 → 6 → 1 without targets: 5/12, 6/5,
  // 1/6; the lowest conversion is the last step's, 2.
  assert.deepEqual(out.funnels, [
    { id: 'fp-k3xb00051-ff01', conversions: [0.5, 0.3, 2 / 6], bottleneck: 1 },
    { id: 'fp-k3xb00052-ff02', conversions: [5 / 12, 1.2, 1 / 6], bottleneck: 2 },
  ]);
  assert.deepEqual(out.funnels[0].conversions, [0.5, 0.3, 0.3333333333333333]);
  assert.deepEqual(out.funnels[1].conversions, [0.4166666666666667, 1.2, 0.16666666666666666]);
});

test('okr misses a commitment only once the period has ended, below 1.0', () => {
  // On Q4's last day the period has not ended: expected 1, no missed commitment.
  const last = runCliJson(['okr', v5, '--as-of=2026-12-31']);
  assert.deepEqual(last.objectives.map((o) => [o.expected, o.missedCommitment]),
    [[1, false], [1, false], [1, false]]);
  // A day later the committed Q4 objective, graded 0.4, is a missed commitment; the aspirational
  // ones are not, whatever their grade.
  const after = runCliJson(['okr', v5, '--as-of=2027-01-01']);
  assert.deepEqual(after.objectives.map((o) => [o.id, o.grade, o.missedCommitment]), [
    ['obj-k3xb00001-aa01', 0, false], ['obj-k3xb00002-aa02', 0.4, true], ['obj-k3xb00003-aa03', 0.5, false],
  ]);

  // Q3 ended 2026-09-30; as of 2026-11-15. A committed objective at 0.96 is graded 1.0 (not
  // missed, though not done: gap 1 − 0.96 = 0.04, on track); at 0.94 it is graded 0.9 (missed).
  const q3 = ['2026-07-01', '2026-09-30'];
  const out = okr(workspace({
    objectives: [objective('o-96', 'committed', ...q3), objective('o-94', 'committed', ...q3),
      objective('o-asp', 'aspirational', ...q3)],
    keyResults: [keyResult('m-96', 'o-96', 'milestone', 0, 1), keyResult('m-94', 'o-94', 'milestone', 0, 1),
      keyResult('m-asp', 'o-asp', 'milestone', 0, 1)],
    checkIns: [checkIn('c1', 'm-96', '2026-09-30', 0.96), checkIn('c2', 'm-94', '2026-09-30', 0.94),
      checkIn('c3', 'm-asp', '2026-09-30', 0.5)],
  }), '2026-11-15');
  assert.deepEqual(out.objectives.map((o) => [o.progress, o.expected, o.status, o.grade, o.missedCommitment]), [
    [0.96, 1, 'onTrack', 1, false], [0.94, 1, 'onTrack', 0.9, true], [0.5, 1, 'offTrack', 0.5, false],
  ]);
});

test('okr measures each type of key result by its rule', () => {
  // As of 2026-11-15, day 45 of Q4's 91: expected 45 / 91 = 0.4945 for every key result.
  const kr = (id, type, start, target) => keyResult(id, 'o-1', type, start, target);
  const out = okr(workspace({
    objectives: [objective('o-1')],
    keyResults: [
      kr('inc-none', 'increase', 0, 10), kr('inc-tie', 'increase', 0, 10), kr('inc-over', 'increase', 100, 200),
      kr('dec', 'decrease', 20, 10), kr('dec-worse', 'decrease', 20, 10), kr('above', 'stayAbove', 0, 30),
      kr('below', 'stayBelow', 0, 5), kr('milestone', 'milestone', 0, 1), kr('same-inc', 'increase', 10, 10),
      kr('same-inc-below', 'increase', 10, 10), kr('same-dec', 'decrease', 10, 10),
    ],
    checkIns: [
      // Two on 2026-11-01: the later in the list wins; the one listed after them is older.
      checkIn('t1', 'inc-tie', '2026-11-01', 4, 8), checkIn('t2', 'inc-tie', '2026-11-01', 6, 2),
      checkIn('t0', 'inc-tie', '2026-10-15', 9, 9),
      checkIn('c-over', 'inc-over', '2026-11-10', 250, 9),
      checkIn('c-dec', 'dec', '2026-11-10', 16, 4),
      checkIn('c-dec-worse', 'dec-worse', '2026-11-10', 25, 5),
      checkIn('c-above', 'above', '2026-11-10', 30, 6),
      checkIn('c-below', 'below', '2026-11-10', 5.5, 6),
      checkIn('c-milestone', 'milestone', '2026-11-10', 0.75, 7),
      checkIn('c-same-inc-below', 'same-inc-below', '2026-11-10', 9, 5),
      checkIn('c-same-dec', 'same-dec', '2026-11-10', 11, 5),
    ],
  }), '2026-11-15');
  assert.equal(out.objectives[0].expected, 45 / 91);
  assert.deepEqual(out.objectives[0].keyResults, [
    // No check-in: current = start 0, raw 0; gap 0.49 > 0.25: off track; no confidence.
    { id: 'inc-none', current: 0, progress: 0, progressRaw: 0, grade: 0, status: 'offTrack', confidence: null },
    // t2 (6, confidence 2): 6 / 10 = 0.6, ahead of 0.49, but a confidence ≤ 3 is at risk.
    { id: 'inc-tie', current: 6, progress: 0.6, progressRaw: 0.6, grade: 0.6, status: 'atRisk', confidence: 2 },
    // (250 − 100) / (200 − 100) = 1.5 raw, 1 clamped: done.
    { id: 'inc-over', current: 250, progress: 1, progressRaw: 1.5, grade: 1, status: 'done', confidence: 9 },
    // (16 − 20) / (10 − 20) = 0.4; gap 0.0945 ≤ 0.10 and confidence 4 > 3: on track.
    { id: 'dec', current: 16, progress: 0.4, progressRaw: 0.4, grade: 0.4, status: 'onTrack', confidence: 4 },
    // (25 − 20) / (10 − 20) = −0.5 raw, 0 clamped: off track.
    { id: 'dec-worse', current: 25, progress: 0, progressRaw: -0.5, grade: 0, status: 'offTrack', confidence: 5 },
    // 30 ≥ 30: 1, done.
    { id: 'above', current: 30, progress: 1, progressRaw: 1, grade: 1, status: 'done', confidence: 6 },
    // 5.5 > 5: 0, off track.
    { id: 'below', current: 5.5, progress: 0, progressRaw: 0, grade: 0, status: 'offTrack', confidence: 6 },
    // A milestone is its value: 0.75, grade round(7.5) / 10 = 0.8; ahead of 0.49: on track.
    { id: 'milestone', current: 0.75, progress: 0.75, progressRaw: 0.75, grade: 0.8, status: 'onTrack',
      confidence: 7 },
    // Target = start: 1 once the value has reached it (with no check-in it is the start), else 0.
    { id: 'same-inc', current: 10, progress: 1, progressRaw: 1, grade: 1, status: 'done', confidence: null },
    { id: 'same-inc-below', current: 9, progress: 0, progressRaw: 0, grade: 0, status: 'offTrack', confidence: 5 },
    { id: 'same-dec', current: 11, progress: 0, progressRaw: 0, grade: 0, status: 'offTrack', confidence: 5 },
  ]);
});

test('okr weighs an objective\'s key results and takes its lowest confidence', () => {
  // As of 2026-11-15: expected 45 / 91 = 0.4945.
  const out = okr(workspace({
    objectives: [objective('weights-zero'), objective('low-confidence'), objective('empty'),
      objective('huge-weights'), objective('huge-weights-half')],
    keyResults: [
      // Every weight 0: they count alike, (0.5 + 1) / 2 = 0.75.
      keyResult('z1', 'weights-zero', 'milestone', 0, 1, 0), keyResult('z2', 'weights-zero', 'stayAbove', 0, 3, 0),
      keyResult('l1', 'low-confidence', 'milestone', 0, 1), keyResult('l2', 'low-confidence', 'milestone', 0, 1),
      // Weights whose sum overflows a double still give the mean: 1, and (1 + 0) / 2.
      keyResult('h1', 'huge-weights', 'milestone', 0, 1, 1e308),
      keyResult('h2', 'huge-weights', 'milestone', 0, 1, 1e308),
      keyResult('h3', 'huge-weights-half', 'milestone', 0, 1, 1e308),
      keyResult('h4', 'huge-weights-half', 'milestone', 0, 1, 1e308),
    ],
    checkIns: [
      checkIn('cz1', 'z1', '2026-11-10', 0.5, 8), checkIn('cz2', 'z2', '2026-11-10', 3, 8),
      checkIn('cl1', 'l1', '2026-11-10', 0.75, 9), checkIn('cl2', 'l2', '2026-11-10', 0.75, 2),
      checkIn('ch1', 'h1', '2026-11-10', 1, 8), checkIn('ch2', 'h2', '2026-11-10', 1, 8),
      checkIn('ch3', 'h3', '2026-11-10', 1, 8), checkIn('ch4', 'h4', '2026-11-10', 0, 8),
    ],
  }), '2026-11-15');
  const summary = (o) => [o.id, o.progress, o.status, o.grade];
  assert.deepEqual(out.objectives.map(summary), [
    ['weights-zero', 0.75, 'onTrack', 0.8],
    // 0.75 is ahead of 0.49, both key results too; one's confidence is 2, so the objective is at risk.
    ['low-confidence', 0.75, 'atRisk', 0.8],
    // No key results: progress 0, gap 0.49 > 0.25.
    ['empty', 0, 'offTrack', 0],
    ['huge-weights', 1, 'done', 1],
    // 0.5, gap −0.005: on track.
    ['huge-weights-half', 0.5, 'onTrack', 0.5],
  ]);
  assert.deepEqual(out.objectives[1].keyResults.map((kr) => [kr.status, kr.confidence]), [['onTrack', 9], ['atRisk', 2]]);
  assert.deepEqual(out.objectives[2].keyResults, []);
});

test('okr gives the period\'s expected progress clamped to 0–1', () => {
  const value = workspace({ objectives: [objective('q4'), objective('day', 'committed', '2026-11-15', '2026-11-15')] });
  const expected = (asOf) => okr(value, asOf).objectives.map((o) => o.expected);
  // Before Q4: 0; its first day: 0; 2026-10-02: 1 / 91; its last day: 1; after: 1. A one-day
  // period is 0 before its day and 1 from it on. Nothing done: an expected 0 is on track.
  assert.deepEqual(expected('2026-09-01'), [0, 0]);
  assert.deepEqual(expected('2026-10-01'), [0, 0]);
  assert.deepEqual(expected('2026-10-02'), [1 / 91, 0]);
  assert.deepEqual(expected('2026-11-15'), [45 / 91, 1]);
  assert.deepEqual(expected('2026-12-31'), [1, 1]);
  assert.deepEqual(expected('2027-03-01'), [1, 1]);
  assert.deepEqual(okr(value, '2026-10-01').objectives.map((o) => o.status), ['onTrack', 'onTrack']);
});

test('okr adds up KPI entries by period start, null without entries', () => {
  const out = okr(workspace({
    kpis: [kpi('none', 'atLeast', 5), kpi('reply', 'atMost', 2, 'monthly'), kpi('tie', 'atLeast', 5)],
    kpiEntries: [
      // Listed out of order: by period start October 1 (met), November 2 (met, ≤ 2), December 3
      // (not): 2 / 3, the latest is December's.
      { id: 'e-dec', kpiId: 'reply', periodStart: '2026-12-01', value: 3 },
      { id: 'e-oct', kpiId: 'reply', periodStart: '2026-10-01', value: 1 },
      { id: 'e-nov', kpiId: 'reply', periodStart: '2026-11-01', value: 2 },
      // Two on one week (typed on two devices, then merged): the newer counts, once (4, not met),
      // whatever the list order.
      { id: 'e-b', kpiId: 'tie', periodStart: '2026-11-02', value: 4, updatedAt: '2026-11-03T10:00:00.000Z' },
      { id: 'e-a', kpiId: 'tie', periodStart: '2026-11-02', value: 5, updatedAt: '2026-11-03T09:00:00.000Z' },
    ],
  }), '2026-12-15');
  assert.deepEqual(out.kpis, [
    { id: 'none', hitRate: null, latest: null, met: null },
    { id: 'reply', hitRate: 2 / 3, latest: 3, met: false },
    { id: 'tie', hitRate: 0, latest: 4, met: false },
  ]);
  assert.equal(out.kpis[1].hitRate, 0.6666666666666666);
});

test('okr finds each funnel\'s conversions and bottleneck, null where a stage is 0', () => {
  const out = okr(workspace({
    funnelPeriods: [
      // 10 → 0 → 0: 0 / 10 = 0, then a stage of 0 has no conversion; the bottleneck is step 0.
      funnel('zero-stage', [10, 0, 0]),
      // Nothing converts: no bottleneck.
      funnel('nothing', [0, 0]),
      // 100 → 30 → 9 → 3: 0.3, 0.3, 1/3; the one target (0.25, step 1) is met, so the lowest
      // conversion is the bottleneck, and of the tie at 0.3 the earlier step.
      funnel('targets-null', [100, 30, 9, 3], [null, 0.25, null]),
      // 100 → 20 → 15 → 3: 0.2, 0.75, 0.2; step 1 misses its 0.9 by 0.15, so it is the
      // bottleneck though it converts best.
      funnel('missed-target', [100, 20, 15, 3], [null, 0.9]),
    ],
  }), '2026-11-30');
  assert.deepEqual(out.funnels, [
    { id: 'zero-stage', conversions: [0, null], bottleneck: 0 },
    { id: 'nothing', conversions: [null], bottleneck: null },
    { id: 'targets-null', conversions: [0.3, 0.3, 1 / 3], bottleneck: 0 },
    { id: 'missed-target', conversions: [0.2, 0.75, 0.2], bottleneck: 1 },
  ]);
});

test('okr writes a number JSON cannot hold as null', () => {
  // From −1e308 to 0, the value 1e308: (1e308 + 1e308) / 1e308 overflows to infinity.
  const out = okr(workspace({
    objectives: [objective('o-1')],
    keyResults: [keyResult('huge', 'o-1', 'increase', -1e308, 0)],
    checkIns: [checkIn('c1', 'huge', '2026-11-10', 1e308, 8)],
  }), '2026-11-15');
  assert.deepEqual(out.objectives[0].keyResults, [
    { id: 'huge', current: 1e308, progress: 1, progressRaw: null, grade: 1, status: 'done', confidence: 8 },
  ]);
  assert.equal(out.objectives[0].progress, 1);
});

test('okr reads the golden version 4 workspace: no OKR records yet', () => {
  for (const version of ['v4', 'v2']) {
    const r = runCli(['okr', path.join(testData, 'workspace', `${version}.json`), '--as-of=2026-11-30']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '{"asOf":"2026-11-30","objectives":[],"kpis":[],"funnels":[]}\n');
  }
});

test('okr --as-of defaults to today (UTC)', () => {
  const before = new Date().toISOString().slice(0, 10);
  const out = runCliJson(['okr', v5]);
  const after = new Date().toISOString().slice(0, 10);
  assert.ok(out.asOf === before || out.asOf === after, `asOf ${out.asOf}, today ${before}`);
  // Outside any time zone the machine may have: a zone far east or west of UTC changes nothing.
  for (const TZ of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
    const zoned = JSON.parse(runCli(['okr', v5], { env: { ...process.env, TZ } }).stdout);
    assert.ok(zoned.asOf === before || zoned.asOf === new Date().toISOString().slice(0, 10), TZ);
  }
});

test('okr refuses a file the app refuses: exit 1, the error and its path, nothing printed', () => {
  const file = path.join(testData, 'workspace', 'malformed', 'checkin-confidence-eleven.json');
  const r = runCli(['okr', file, '--as-of=2026-11-30']);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr, `fieldbook okr: ${file}: checkIns[0].confidence: must be between 0 and 10\n`);
  // `fieldbook validate` says the same of it.
  assert.equal(runCli(['validate', file]).stderr,
    `fieldbook validate: ${file}: checkIns[0].confidence: must be between 0 and 10\n`);

  const unknown = workspace({
    objectives: [objective('o-1')],
    keyResults: [keyResult('kr-1', 'o-1', 'increase', 0, 3)],
    checkIns: [checkIn('c1', 'kr-1', '2026-11-10', 1), checkIn('c2', 'kr-9', '2026-11-10', 1)],
  });
  const file2 = writeTemp('bad.json', unknown);
  const r2 = runCli(['okr', file2]);
  assert.equal(r2.status, 1);
  assert.equal(r2.stdout, '');
  assert.equal(r2.stderr, `fieldbook okr: ${file2}: checkIns[1].keyResultId: names "kr-9", which is not in keyResults\n`);

  const missing = runCli(['okr', '/nonexistent/okr.json']);
  assert.equal(missing.status, 1);
  assert.equal(missing.stdout, '');
  assert.equal(missing.stderr, 'fieldbook okr: cannot read /nonexistent/okr.json: No such file or directory\n');
});

test('okr usage errors exit 2 and say what is wrong', () => {
  const cases = [
    [['okr', v5, '--as-of=2026-02-30'], /--as-of: '2026-02-30' is not a date such as 2026-02-28/],
    [['okr', v5, '--as-of=30/11/2026'], /'30\/11\/2026'/],
    [['okr', v5, '--as-of=2026-11-30T08:00:00Z'], /is not a date/],
    [['okr', v5, '--as-of='], /--as-of needs a date/],
    [['okr', v5, '--as-of'], /--as-of needs a date/],
    [['okr', v5, '--as-of=2026-11-30', '--as-of=2026-12-01'], /--as-of given twice/],
    [['okr', v5, '--lang=zh'], /unknown option '--lang'/],
    [['okr', v5, '-x'], /unexpected argument '-x'/],
    [['okr', v5, v5], /give one workspace file/],
    [['okr'], /give the workspace file/],
  ];
  for (const [args, message] of cases) {
    const r = runCli(args);
    assert.equal(r.status, 2, `${args.join(' ')} exited ${r.status}`);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, message);
    assert.match(r.stderr, /usage: fieldbook okr WORKSPACE\.json \[--as-of=YYYY-MM-DD\]/);
  }
});

test('--help lists the okr command', () => {
  const r = runCli(['--help']);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /fieldbook okr WORKSPACE\.json \[--as-of=YYYY-MM-DD\]/);
});
