// The `fieldbook roi --flows=... --rate=...` contract: one JSON object with the keys npv,
// npvExcel, irr, irrs, mirr, payback and discountedPayback; usage errors exit 2.
// Reference values: numpy-financial (npf.irr([-100, 39, 59, 55, 20]) = 0.28094842115996066, its
// docstring example; npf.mirr test vectors in numpy_financial/tests/test_financial.py) and the
// NPV definitions (numpy-financial: sum(v_t / (1+r)^t); Excel: sum(v_t / (1+r)^(t+1))).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli, runCliJson } from './run.mjs';

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
    [['roi', 'CASE.json'], /not supported yet: pass --flows/],
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
