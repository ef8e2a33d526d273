// The `fieldbook roi --flows=... --rate=...` contract: one JSON object with the keys npv,
// npvExcel, irr, irrs, mirr, payback and discountedPayback; usage errors exit 2.
// `fieldbook roi CASE.json` (a bare case or a workspace file): the case outputs of
// src/roi/outputs_json.h; a refused file exits 1 with its error and path.
// Reference values: numpy-financial (npf.irr([-100, 39, 59, 55, 20]) = 0.28094842115996066, its
// docstring example; npf.mirr test vectors in numpy_financial/tests/test_financial.py) and the
// NPV definitions (numpy-financial: sum(v_t / (1+r)^t); Excel: sum(v_t / (1+r)^(t+1))).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli, runCliJson, testData } from './run.mjs';

const flows = [-100, 39, 59, 55, 20];
const flowsArg = `--flows=${flows.join(',')}`;

function close(actual, expected, tolerance, what) {
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: ${actual} is not within ${tolerance} of ${expected}`);
}

test('roi prints exactly the contract keys, as one JSON object', () => {
  const r = runCli(['roi', flowsArg, '--rate=0.1']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim().split('\n').length, 1);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(Object.keys(out), ['npv', 'npvExcel', 'irr', 'irrs', 'mirr', 'payback', 'discountedPayback']);
});

test('roi matches numpy-financial and Excel on -100,39,59,55,20 at 10 %', () => {
  const out = runCliJson(['roi', flowsArg, '--rate=0.1']);
  // numpy-financial: npf.npv(0.1, flows) = sum(v_t / 1.1^t) = 39.19745918994...
  const npv = flows.reduce((acc, v, t) => acc + v / 1.1 ** t, 0);
  close(out.npv, npv, 1e-12, 'npv');
  close(out.npv, 39.1974591899, 1e-9, 'npv');
  // Excel =NPV(0.1, -100, 39, 59, 55, 20): every value one period later.
  close(out.npvExcel, npv / 1.1, 1e-12, 'npvExcel');
  // npf.irr([-100, 39, 59, 55, 20]) = 0.28094842115996066 (numpy-financial's docstring: 0.28095).
  close(out.irr, 0.28094842115996066, 1e-15, 'irr');
  assert.equal(out.irrs.length, 1);
  close(out.irrs[0], 0.28094842115996066, 1e-15, 'irrs[0]');
  assert.equal(out.mirr, null); // no MIRR rates given
  // Cumulative -100, -61, -2, 53: 2 + 2/55 periods (by hand).
  close(out.payback, 2 + 2 / 55, 1e-15, 'payback');
  // Discounted at 10 %: 2 + (133.1 - 47.19 - 64.9)/55 = 2.382 periods (by hand).
  close(out.discountedPayback, 2.382, 1e-12, 'discountedPayback');
});

test('roi prints numbers that round-trip', () => {
  const r = runCli(['roi', flowsArg, '--rate=0.1']);
  const out = JSON.parse(r.stdout);
  // The shortest round-trip form: what JavaScript itself prints for the same double.
  assert.match(r.stdout, new RegExp(`"irr":${String(out.irr).replace('.', '\\.')}[,}]`));
  assert.ok(String(out.npv).length >= 15);
});

test('roi computes MIRR when both rates are given (numpy-financial test vector)', () => {
  // npf.mirr([-120000, 39000, 30000, 21000, 37000, 46000], 0.10, 0.12) = 0.126094130365905145828421880.
  const out = runCliJson(['roi', '--flows=-120000,39000,30000,21000,37000,46000', '--rate=0.1',
    '--finance-rate=0.10', '--reinvest-rate=0.12']);
  close(out.mirr, 0.12609413036590514, 1e-15, 'mirr');
});

test('roi lists every IRR when there are several, and picks the one numpy-financial picks', () => {
  // -1 + 6x - 11x^2 + 6x^3 = (x - 1)(2x - 1)(3x - 1), x = 1/(1+r): rates 0, 100 %, 200 %.
  const out = runCliJson(['roi', '--flows=-1,6,-11,6', '--rate=0.1']);
  assert.equal(out.irrs.length, 3);
  close(out.irrs[0], 0, 1e-12, 'irrs[0]');
  close(out.irrs[1], 1, 1e-12, 'irrs[1]');
  close(out.irrs[2], 2, 1e-12, 'irrs[2]');
  close(out.irr, 0, 1e-12, 'irr');
});

test('roi gives null, not a wrong number, when there is no IRR or no payback', () => {
  const out = runCliJson(['roi', '--flows=-100,-20,-30', '--rate=0.05']);
  assert.equal(out.irr, null);
  assert.deepEqual(out.irrs, []);
  assert.equal(out.payback, null);
  assert.equal(out.discountedPayback, null);
  const noMirr = runCliJson(['roi', '--flows=10,20', '--rate=0.05', '--finance-rate=0.1', '--reinvest-rate=0.1']);
  assert.equal(noMirr.mirr, null); // MIRR needs a positive and a negative flow
  // Paid back without discounting (cumulative -100, -70, -30, 10) but not discounted at 10 %.
  const late = runCliJson(['roi', '--flows=-100,30,40,40', '--rate=0.1']);
  close(late.payback, 2.75, 1e-15, 'payback');
  assert.equal(late.discountedPayback, null);
});

test('roi usage errors exit 2 and name the bad value', () => {
  const cases = [
    [['roi', '--flows=-100,abc,20', '--rate=0.1'], /'abc'/],
    [['roi', '--flows=-100,,20', '--rate=0.1'], /value 2/],
    [['roi', '--flows=-100,nan', '--rate=0.1'], /'nan'/],
    [['roi', flowsArg], /missing --rate/],
    [['roi', '--rate=0.1'], /missing --flows/],
    [['roi', flowsArg, '--rate=-1'], /--rate: -1 must be greater than -1/],
    [['roi', flowsArg, '--rate=-2.5'], /-2\.5/],
    [['roi', flowsArg, '--rate=ten'], /'ten'/],
    [['roi', flowsArg, '--rate=0.1', '--finance-rate=0.1'], /give both or neither/],
    [['roi', flowsArg, '--rate=0.1', '--bogus=1'], /unknown option '--bogus'/],
    [['roi', 'CASE.json', flowsArg], /a case file and --flows\/--rate do not go together/],
    [['roi', 'a.json', 'b.json'], /give one case file, not 'a\.json' and 'b\.json'/],
    [['roi', flowsArg, '--rate=0.1', '--case=x'], /--case=ID picks a case of a workspace file/],
  ];
  for (const [args, message] of cases) {
    const r = runCli(args);
    assert.equal(r.status, 2, `${args.join(' ')} exited ${r.status}`);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, message);
  }
});

test('--help lists the roi command', () => {
  const r = runCli(['--help']);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /fieldbook roi --flows=F0,F1,\.\.\. --rate=R/);
});

// ---------------------------------------------------------------- saved cases

const workspaceFile = path.join(testData, 'workspace', 'v2.json');

// One-time cost 100, a cost saving of 50 a year, 3 years at 10 %: flows -100, 50, 50, 50.
function simpleCase(changes = {}) {
  return {
    id: 'case-1', name: 'Simple', customerName: 'ACME "Quoted" Ltd', currency: 'USD', years: 3, period: 'yearly',
    discountRate: 0.1, liveDiscountRate: false,
    oneTimeCosts: [{ id: 'licence', label: 'Licence', amount: 100, live: false, updatedAt: '' }],
    recurringCosts: [],
    benefits: [{ id: 'saving', label: 'Saving', kind: 'costSaving', amountPerYear: 50, hours: 0, hoursBasis: 'perWeek',
      hourlyRate: 0, people: 0, adoptionPercent: [], liveAmount: false, liveAdoption: false, liveHours: false,
      liveHourlyRate: false, livePeople: false, updatedAt: '' }],
    scenarios: { conservative: { benefits: 0.7, costs: 1.1 }, expected: { benefits: 1, costs: 1 },
      optimistic: { benefits: 1.2, costs: 1 } },
    notes: [], updatedAt: '2026-11-27T08:00:00Z',
    ...changes,
  };
}

function writeTemp(name, value) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fieldbook-roi-')), name);
  fs.writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
}

const outputKeys = ['id', 'name', 'customerName', 'currency', 'years', 'period', 'discountRate', 'roiPercent',
  'netBenefit', 'npv', 'irr', 'irrs', 'paybackMonths', 'discountedPaybackMonths', 'netBenefit3y', 'netBenefit3yYears',
  'totalCosts', 'totalBenefits', 'breakdown', 'periods', 'scenarios'];
const scenarioKeys = ['roiPercent', 'netBenefit', 'npv', 'irr', 'paybackMonths', 'discountedPaybackMonths',
  'netBenefit3y', 'totalCosts', 'totalBenefits'];
const periodKeys = ['period', 'year', 'oneTimeCosts', 'recurringCosts', 'costs', 'costSaving', 'revenueGain',
  'productivity', 'benefits', 'net', 'cumulative', 'discountFactor', 'discountedNet', 'discountedCumulative'];

test('roi CASE.json prints the outputs of a bare case, worked out by hand', () => {
  const r = runCli(['roi', writeTemp('case.json', simpleCase())]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim().split('\n').length, 1);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(Object.keys(out), outputKeys);
  assert.equal(out.id, 'case-1');
  assert.equal(out.customerName, 'ACME "Quoted" Ltd');
  assert.equal(out.currency, 'USD');
  assert.equal(out.period, 'yearly');
  // Costs 100, benefits 150: ROI 50 %, net 50.
  close(out.roiPercent, 50, 1e-12, 'roiPercent');
  close(out.netBenefit, 50, 1e-12, 'netBenefit');
  close(out.totalCosts, 100, 1e-12, 'totalCosts');
  close(out.totalBenefits, 150, 1e-12, 'totalBenefits');
  // NPV at 10 %: -100 + 50/1.1 + 50/1.21 + 50/1.331.
  close(out.npv, -100 + 50 / 1.1 + 50 / 1.21 + 50 / 1.331, 1e-9, 'npv');
  // IRR: 50/(1+r) + 50/(1+r)^2 + 50/(1+r)^3 = 100 -> r = 23.375 % (check the root, not a copy of it).
  const atIrr = -100 + 50 / (1 + out.irr) + 50 / (1 + out.irr) ** 2 + 50 / (1 + out.irr) ** 3;
  close(atIrr, 0, 1e-9, 'NPV at the IRR');
  close(out.irr, 0.23375, 1e-5, 'irr');
  assert.deepEqual(out.irrs, [out.irr]);
  // Paid back after exactly 2 years; discounted: -100, -54.55, -13.22, +24.34 -> 2 + 13.22/37.57 years.
  close(out.paybackMonths, 24, 1e-9, 'paybackMonths');
  const d1 = 50 / 1.1, d2 = 50 / 1.21, d3 = 50 / 1.331;
  close(out.discountedPaybackMonths, 12 * (2 + (100 - d1 - d2) / d3), 1e-9, 'discountedPaybackMonths');
  close(out.netBenefit3y, 50, 1e-12, 'netBenefit3y');
  assert.equal(out.netBenefit3yYears, 3);
  assert.deepEqual(out.breakdown.map((b) => [b.id, b.kind, b.total, b.sharePercent]), [['saving', 'costSaving', 150, 100]]);
  // The per-period table: t = 0 and three years.
  assert.equal(out.periods.length, 4);
  for (const p of out.periods) assert.deepEqual(Object.keys(p), periodKeys);
  assert.deepEqual(out.periods.map((p) => p.net), [-100, 50, 50, 50]);
  assert.deepEqual(out.periods.map((p) => p.cumulative), [-100, -50, 0, 50]);
  close(out.periods[2].discountFactor, 1 / 1.21, 1e-15, 'discountFactor');
  // Scenarios: conservative is benefits x 0.7 and costs x 1.1 -> 105 - 110.
  assert.deepEqual(Object.keys(out.scenarios), ['conservative', 'expected', 'optimistic']);
  for (const s of Object.values(out.scenarios)) assert.deepEqual(Object.keys(s), scenarioKeys);
  close(out.scenarios.conservative.netBenefit, 105 - 110, 1e-9, 'conservative net');
  close(out.scenarios.conservative.roiPercent, (105 - 110) / 110 * 100, 1e-9, 'conservative ROI');
  close(out.scenarios.optimistic.totalBenefits, 180, 1e-9, 'optimistic benefits');
  assert.equal(out.scenarios.expected.npv, out.npv);
});

test('roi CASE.json gives null where a figure does not exist', () => {
  // No benefits: never paid back, no IRR; no costs: no ROI %.
  const noBenefits = runCliJson(['roi', writeTemp('a.json', simpleCase({ benefits: [] }))]);
  assert.equal(noBenefits.irr, null);
  assert.deepEqual(noBenefits.irrs, []);
  assert.equal(noBenefits.paybackMonths, null);
  assert.equal(noBenefits.discountedPaybackMonths, null);
  assert.equal(noBenefits.scenarios.optimistic.paybackMonths, null);
  const noCosts = runCliJson(['roi', writeTemp('b.json', simpleCase({ oneTimeCosts: [] }))]);
  assert.equal(noCosts.roiPercent, null);
});

test('roi WORKSPACE.json prints every case; --case=ID picks one', () => {
  const all = runCliJson(['roi', workspaceFile]);
  assert.deepEqual(Object.keys(all), ['cases']);
  const v2 = JSON.parse(fs.readFileSync(workspaceFile, 'utf8'));
  assert.deepEqual(all.cases.map((c) => c.id), v2.roiCases.map((c) => c.id));
  for (const c of all.cases) assert.deepEqual(Object.keys(c), outputKeys);
  const monthly = all.cases.find((c) => c.period === 'monthly');
  assert.equal(monthly.periods.length, 12 * monthly.years + 1);

  const one = runCliJson(['roi', workspaceFile, `--case=${monthly.id}`]);
  assert.deepEqual(one, monthly);
  // The same case saved on its own gives the same outputs.
  const bare = runCliJson(['roi', writeTemp('bare.json', v2.roiCases.find((c) => c.id === monthly.id))]);
  assert.deepEqual(bare, monthly);
  // A version 1 workspace has no cases.
  assert.deepEqual(runCliJson(['roi', path.join(testData, 'workspace', 'v1.json')]), { cases: [] });
});

test('roi --case=ID of a case the file does not hold exits 1 and lists the ids', () => {
  const r = runCli(['roi', workspaceFile, '--case=nope']);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /has no case with the id 'nope' \(its cases: roi-k3xa00001-c0ffee, roi-k3xa00002-beef00\)/);
});

test('roi CASE.json refuses an invalid case with its path (exit 1)', () => {
  const cases = [
    [simpleCase({ years: 11 }), 'years: must be between 1 and 10'],
    [simpleCase({ discountRate: '8%' }), 'discountRate: must be a number, not text'],
    [simpleCase({ colour: 'red' }), 'colour: is not a known field'],
    [{ ...simpleCase(), benefits: [{ ...simpleCase().benefits[0], adoptionPercent: [50, 120] }] },
      'benefits[0].adoptionPercent[1]: must be between 0 and 100'],
    ['{"id": "x",', 'line 1, column 12: not valid JSON: Missing a name for object member.'],
    ['', 'the file is empty'],
  ];
  for (const [value, message] of cases) {
    const file = writeTemp('bad.json', value);
    const r = runCli(['roi', file]);
    assert.equal(r.status, 1, message);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, `fieldbook roi: ${file}: ${message}\n`);
  }
  const ws = path.join(testData, 'workspace', 'malformed', 'years-out-of-range.json');
  assert.equal(runCli(['roi', ws]).stderr, `fieldbook roi: ${ws}: roiCases[0].years: must be between 1 and 10\n`);
  const missing = runCli(['roi', '/nonexistent/case.json']);
  assert.equal(missing.status, 1);
  assert.equal(missing.stderr, 'fieldbook roi: cannot read /nonexistent/case.json: No such file or directory\n');
});
