// The `fieldbook grow WORKSPACE.json [--as-of=YYYY-MM-DD]` contract (src/grow/summary_json.h):
// {asOf, reps: [{id, name, stage, style, sessions, lastSession, latestCommitment, openActions,
// overdueActions}], overdue: [{sessionId, actionId, repId, text, dueDate, daysOverdue}]}.
// The file is loaded as `fieldbook validate` loads it: a refused file exits 1 with its error and
// path; a usage error exits 2.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli, runCliJson, testData } from './run.mjs';

function writeTemp(name, value) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fieldbook-grow-')), name);
  fs.writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return file;
}

function action(id, dueDate, status = 'open', doneOn = '') {
  return { id, text: `Action ${id}`, owner: 'rep', dueDate, status, doneOn };
}

function session(id, repId, date, commitment, actions) {
  return {
    id, repId, date, topic: `Topic of ${id}`,
    goal: { text: '', measure: '', dueDate: '' },
    reality: { text: '' },
    options: [],
    will: { commitment, support: '' },
    actions,
    nextSessionOn: '',
  };
}

// Three reps as of 2026-11-30. Wang Lei (mature) said 9 on 2 November and 6 on 20 November (the
// latest, listed first): supporting. Li Na (growing) has one session without a commitment. Chen
// Chen (new) has none. Li Na's session is listed before Wang Lei's and is older, so neither list
// order nor session date may decide between the two actions due on 25 November: the rep id does.
function team(changes = {}) {
  return {
    schemaVersion: 4, sample: false, exportedBy: 'Zhang Wei',
    settings: { language: 'en', currency: 'CNY', userName: 'Zhang Wei', updatedAt: '' },
    team: [
      { id: 'rep-a', name: 'Wang Lei', stage: 'mature', startedOn: '2020-02-29' },
      { id: 'rep-b', name: 'Li "Nana" Na', stage: 'growing', startedOn: '2026-03-01' },
      { id: 'rep-c', name: '陈晨', stage: 'new', startedOn: '' },
    ],
    roiCases: [],
    rfmAnalyses: [],
    coachingSessions: [
      session('b-1', 'rep-b', '2026-11-10', null, [action('b1-due-25', '2026-11-25'), action('b1-undated', '')]),
      session('a-new', 'rep-a', '2026-11-20', 6, [
        action('an-due-25', '2026-11-25'), action('an-due-dec', '2026-12-03'),
        action('an-done', '2026-11-21', 'done', '2026-11-21'),
      ]),
      session('a-old', 'rep-a', '2026-11-02', 9, [
        action('ao-due-20', '2026-11-20'), action('ao-dropped', '2026-11-05', 'dropped'),
      ]),
    ],
    ...changes,
  };
}

const repKeys = ['id', 'name', 'stage', 'style', 'sessions', 'lastSession', 'latestCommitment', 'openActions',
  'overdueActions'];
const overdueKeys = ['sessionId', 'actionId', 'repId', 'text', 'dueDate', 'daysOverdue'];

test('grow prints exactly the contract, as one JSON object', () => {
  const r = runCli(['grow', writeTemp('team.json', team()), '--as-of=2026-11-30']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout.trim().split('\n').length, 1);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(Object.keys(out), ['asOf', 'reps', 'overdue']);
  assert.equal(out.asOf, '2026-11-30');
  assert.equal(out.reps.length, 3);
  for (const rep of out.reps) {
    assert.deepEqual(Object.keys(rep), repKeys);
    assert.equal(typeof rep.id, 'string');
    assert.equal(typeof rep.name, 'string');
    assert.ok(Number.isInteger(rep.sessions));
    assert.ok(rep.lastSession === null || /^\d{4}-\d{2}-\d{2}$/.test(rep.lastSession));
    assert.ok(rep.latestCommitment === null || Number.isInteger(rep.latestCommitment));
    assert.ok(Number.isInteger(rep.openActions));
    assert.ok(Number.isInteger(rep.overdueActions));
  }
  for (const item of out.overdue) assert.deepEqual(Object.keys(item), overdueKeys);

  // In team order, every value worked out by hand.
  assert.deepEqual(out.reps, [
    { id: 'rep-a', name: 'Wang Lei', stage: 'mature', style: 'supporting', sessions: 2, lastSession: '2026-11-20',
      latestCommitment: 6, openActions: 3, overdueActions: 2 },
    { id: 'rep-b', name: 'Li "Nana" Na', stage: 'growing', style: 'coaching', sessions: 1, lastSession: '2026-11-10',
      latestCommitment: null, openActions: 2, overdueActions: 1 },
    { id: 'rep-c', name: '陈晨', stage: 'new', style: 'directing', sessions: 0, lastSession: null,
      latestCommitment: null, openActions: 0, overdueActions: 0 },
  ]);
});

test('grow lists the overdue actions by due date, then rep id, with the days overdue', () => {
  const out = runCliJson(['grow', writeTemp('team.json', team()), '--as-of=2026-11-30']);
  assert.deepEqual(out.overdue, [
    { sessionId: 'a-old', actionId: 'ao-due-20', repId: 'rep-a', text: 'Action ao-due-20', dueDate: '2026-11-20',
      daysOverdue: 10 },
    { sessionId: 'a-new', actionId: 'an-due-25', repId: 'rep-a', text: 'Action an-due-25', dueDate: '2026-11-25',
      daysOverdue: 5 },
    { sessionId: 'b-1', actionId: 'b1-due-25', repId: 'rep-b', text: 'Action b1-due-25', dueDate: '2026-11-25',
      daysOverdue: 5 },
  ]);
  // Due on the day itself is not overdue; a day later it is.
  const dec3 = runCliJson(['grow', writeTemp('team.json', team()), '--as-of=2026-12-03']);
  assert.deepEqual(dec3.overdue.map((o) => [o.actionId, o.daysOverdue]),
    [['ao-due-20', 13], ['an-due-25', 8], ['b1-due-25', 8]]);
  const dec4 = runCliJson(['grow', writeTemp('team.json', team()), '--as-of=2026-12-04']);
  assert.deepEqual(dec4.overdue.map((o) => [o.actionId, o.daysOverdue]),
    [['ao-due-20', 14], ['an-due-25', 9], ['b1-due-25', 9], ['an-due-dec', 1]]);
  assert.equal(dec4.reps[0].overdueActions, 3);
  // Before anything is due: no overdue actions, the open ones still counted.
  const early = runCliJson(['grow', writeTemp('team.json', team()), '--as-of=2026-11-01']);
  assert.deepEqual(early.overdue, []);
  assert.deepEqual(early.reps.map((r) => [r.openActions, r.overdueActions]), [[3, 0], [2, 0], [0, 0]]);
});

test('grow gives each rep the style of their stage and latest commitment', () => {
  // Wang Lei's latest commitment becomes 8: a firm mature rep is delegated to.
  const firm = team();
  firm.coachingSessions[1].will.commitment = 8;
  const out = runCliJson(['grow', writeTemp('team.json', firm), '--as-of=2026-11-30']);
  assert.deepEqual(out.reps.map((r) => r.style), ['delegating', 'coaching', 'directing']);
  assert.equal(out.reps[0].latestCommitment, 8);
  // The latest session has no commitment: the previous one's 9 counts.
  const unasked = team();
  unasked.coachingSessions[1].will.commitment = null;
  const out2 = runCliJson(['grow', writeTemp('team.json', unasked), '--as-of=2026-11-30']);
  assert.equal(out2.reps[0].latestCommitment, 9);
  assert.equal(out2.reps[0].style, 'delegating');
  // A commitment does not change how a new or growing rep is led.
  const low = team();
  low.coachingSessions[0].will.commitment = 2;
  assert.deepEqual(runCliJson(['grow', writeTemp('team.json', low), '--as-of=2026-11-30']).reps.map((r) => r.style),
    ['supporting', 'coaching', 'directing']);
});

test('grow --as-of defaults to today (UTC)', () => {
  const file = writeTemp('team.json', team());
  const before = new Date().toISOString().slice(0, 10);
  const out = runCliJson(['grow', file]);
  const after = new Date().toISOString().slice(0, 10);
  assert.ok(out.asOf === before || out.asOf === after, `asOf ${out.asOf}, today ${before}`);
  // Outside any time zone the machine may have: a zone far east or west of UTC changes nothing.
  for (const TZ of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
    const zoned = JSON.parse(runCli(['grow', file], { env: { ...process.env, TZ } }).stdout);
    assert.ok(zoned.asOf === before || zoned.asOf === new Date().toISOString().slice(0, 10), TZ);
  }
});

test('grow refuses a file the app refuses: exit 1, the error and its path, nothing printed', () => {
  const bad = team();
  bad.coachingSessions[0].repId = 'rep-9';
  const file = writeTemp('bad.json', bad);
  const r = runCli(['grow', file, '--as-of=2026-11-30']);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /coachingSessions\[0\]\.repId/);
  assert.equal(r.stderr, `fieldbook grow: ${file}: coachingSessions[0].repId: names "rep-9", which is not in team\n`);
  // `fieldbook validate` says the same of it.
  assert.equal(runCli(['validate', file]).stderr,
    `fieldbook validate: ${file}: coachingSessions[0].repId: names "rep-9", which is not in team\n`);

  const commitment = team();
  commitment.coachingSessions[1].will.commitment = 11;
  const file2 = writeTemp('bad.json', commitment);
  const r2 = runCli(['grow', file2]);
  assert.equal(r2.status, 1);
  assert.equal(r2.stdout, '');
  assert.equal(r2.stderr,
    `fieldbook grow: ${file2}: coachingSessions[1].will.commitment: must be between 1 and 10, or null when not asked\n`);

  const missing = runCli(['grow', '/nonexistent/team.json']);
  assert.equal(missing.status, 1);
  assert.equal(missing.stdout, '');
  assert.equal(missing.stderr, 'fieldbook grow: cannot read /nonexistent/team.json: No such file or directory\n');
});

test('grow usage errors exit 2 and say what is wrong', () => {
  const file = writeTemp('team.json', team());
  const cases = [
    [['grow', file, '--as-of=2026-02-30'], /--as-of: '2026-02-30' is not a date such as 2026-02-28/],
    [['grow', file, '--as-of=30/11/2026'], /'30\/11\/2026'/],
    [['grow', file, '--as-of=2026-11-30T08:00:00Z'], /is not a date/],
    [['grow', file, '--as-of='], /--as-of needs a date/],
    [['grow', file, '--as-of'], /--as-of needs a date/],
    [['grow', file, '--as-of=2026-11-30', '--as-of=2026-12-01'], /--as-of given twice/],
    [['grow', file, '--lang=zh'], /unknown option '--lang'/],
    [['grow', file, '-x'], /unexpected argument '-x'/],
    [['grow', file, file], /give one workspace file/],
    [['grow'], /give the workspace file/],
  ];
  for (const [args, message] of cases) {
    const r = runCli(args);
    assert.equal(r.status, 2, `${args.join(' ')} exited ${r.status}`);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, message);
    assert.match(r.stderr, /usage: fieldbook grow WORKSPACE\.json \[--as-of=YYYY-MM-DD\]/);
  }
});

test('grow reads the golden version 4 workspace', () => {
  const r = runCli(['grow', path.join(testData, 'workspace', 'v4.json'), '--as-of=2026-11-30']);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  const v4 = JSON.parse(fs.readFileSync(path.join(testData, 'workspace', 'v4.json'), 'utf8'));
  assert.deepEqual(out.reps.map((rep) => rep.id), v4.team.map((rep) => rep.id));
  // Li Na (growing) had one session, commitment 6, one action still open and undated; the
  // mature rep has no session, so nothing says the will wavers.
  assert.deepEqual(out.reps.map((rep) => [rep.stage, rep.style]),
    [['mature', 'delegating'], ['growing', 'coaching'], ['new', 'directing']]);
  assert.deepEqual(out.reps[1], { id: 'rep-k3x9a2b1d-9z0m1n', name: 'Li "Nana" Na', stage: 'growing',
    style: 'coaching', sessions: 1, lastSession: '2026-11-16', latestCommitment: 6, openActions: 1,
    overdueActions: 0 });
  assert.deepEqual(out.overdue, []);
  // Older files load through the migrations: no sessions yet.
  const v2 = runCliJson(['grow', path.join(testData, 'workspace', 'v2.json'), '--as-of=2026-11-30']);
  assert.deepEqual(v2.overdue, []);
  for (const rep of v2.reps) assert.equal(rep.sessions, 0);
});

test('--help lists the grow command', () => {
  const r = runCli(['--help']);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /fieldbook grow WORKSPACE\.json \[--as-of=YYYY-MM-DD\]/);
});
