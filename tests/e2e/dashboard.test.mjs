// Today (首页) and the team view (团队看板, 成长进步榜) in Chromium: the app opens on Today; on a
// Chinese tablet with the sample every section is there and a tap on a line of each opens its
// place (the session in GROW, the key result, the KPI, the funnel, the ROI case); the dashboard and
// the progress board of a generated 30-rep workspace against a 3-rep one, their frame times
// printed ("team frame ms" lines, not asserted: the goal is the 30-rep dashboard's frame
// within 1.5× the 3-rep one's); screenshots of Today, the dashboard and the progress board in both
// languages on a tablet held upright and a projector (DPR 2).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, screenshot, tap, click, settle, appStats, showView } from './support/browser.mjs';
import { importInto, drawn } from './support/workspace.mjs';
import { frameTimes } from './support/frames.mjs';
import { localDay, tapOn, assertInsideWidth } from './support/reach.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const DAY_MS = 86400000;
const dayNumber = (iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY_MS;
const isoOf = (n) => new Date(n * DAY_MS).toISOString().slice(0, 10);
const mondayOf = (iso) => isoOf(dayNumber(iso) - ((new Date(dayNumber(iso) * DAY_MS).getUTCDay() + 6) % 7));
function quarterOf(iso) {
  const y = +iso.slice(0, 4), q = Math.floor((+iso.slice(5, 7) - 1) / 3);
  return [isoOf(Date.UTC(y, q * 3, 1) / DAY_MS), isoOf(Date.UTC(y, q * 3 + 3, 1) / DAY_MS - 1)];
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'];
const GIVEN = ['磊', '娜', '伟', '洋', '晨', '敏'];
const EN_SURNAMES = ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang', 'Zhou', 'Wu'];
const EN_GIVEN = ['Lei', 'Na', 'Wei', 'Yang', 'Chen', 'Min'];

// A manager's workspace with `n` reps as of `today` (ISO), each with this quarter's objective (two
// key results and a check-in a fortnight), a weekly KPI of one shared name (eight weeks), a weekly
// funnel over this month and last, and two coaching sessions with an overdue, a due-this-week and
// a done action. Figures vary by rep so every column sorts and some reps tie on the progress board.
function teamWorkspace(n, today, lang = 'zh') {
  const T = `${today}T08:00:00Z`;
  const zh = lang === 'zh';
  const [qFirst, qLast] = quarterOf(today);
  const todayN = dayNumber(today);
  const stages = ['new', 'growing', 'mature'];
  const w = {
    schemaVersion: 6, sample: false, exportedBy: '',
    settings: { language: lang, currency: 'CNY', userName: zh ? '张经理' : 'Manager Zhang', ownerId: 'u-manager', updatedAt: T },
    team: [], roiCases: [], rfmAnalyses: [], coachingSessions: [], objectives: [], keyResults: [], checkIns: [],
    kpis: [], kpiEntries: [], funnelPeriods: [], deleted: [],
  };
  const monday = mondayOf(today);
  for (let i = 0; i < n; i++) {
    const id = `rep-${i + 1}`;
    const name = zh ? SURNAMES[i % 10] + GIVEN[(i * 7 + Math.floor(i / 10)) % 6] : `${EN_SURNAMES[i % 10]} ${EN_GIVEN[(i * 7 + Math.floor(i / 10)) % 6]}`;
    w.team.push({ id, name, stage: stages[i % 3], startedOn: isoOf(todayN - 40 - 97 * i), disc: 'D', notes: '', ownerId: '', updatedAt: T });
    const oid = `obj-${i + 1}`;
    w.objectives.push({
      id: oid, title: zh ? `第 ${i + 1} 组：本季度签约教育局客户` : `Group ${i + 1}: sign education bureaus this quarter`,
      ownerId: id, periodStart: qFirst, periodEnd: qLast, kind: 'committed', parentId: '', retrospective: '', carriedFrom: '', updatedAt: T,
    });
    for (let k = 0; k < 2; k++) {
      const kid = `kr-${i + 1}-${k + 1}`;
      w.keyResults.push({
        id: kid, objectiveId: oid, title: zh ? ['签约 10 家客户', '新增 20 个有效商机'][k] : ['Sign 10 customers', '20 new qualified opportunities'][k],
        type: 'increase', start: 0, target: k === 0 ? 10 : 20, weight: 1, unit: 'count', carriedFrom: '', updatedAt: T,
      });
      let c = 0;
      for (let d = dayNumber(qFirst) + 6; d <= todayN; d += 14, c++) {
        w.checkIns.push({
          id: `ci-${i + 1}-${k + 1}-${c}`, keyResultId: kid, date: isoOf(d), value: Math.min((k === 0 ? 10 : 20), (c + 1) * ((i % 5) + 1) * (k + 1) * 0.4),
          confidence: 3 + (i % 7), note: '', updatedAt: T,
        });
      }
    }
    const kpiId = `kpi-${i + 1}`;
    w.kpis.push({
      id: kpiId, name: zh ? '每周新增有效商机' : 'New qualified opportunities a week', direction: 'atLeast', target: 5,
      frequency: 'weekly', unit: 'count', ownerId: id, updatedAt: T,
    });
    for (let k = 0; k < 8; k++) {
      w.kpiEntries.push({ id: `ke-${i + 1}-${k}`, kpiId, periodStart: isoOf(dayNumber(monday) - 7 * k), value: (i + k) % 8, updatedAt: T });
    }
    // Weekly funnels from the month before last (last month's board compares it) to this week,
    // and at least to the first week that starts in this month: a week counts in the month it
    // starts in, so on the 1st of a month before its first Monday no week of it has started and
    // the board would rank nobody.
    const monthBeforeLast = isoOf(Date.UTC(+today.slice(0, 4), +today.slice(5, 7) - 3, 1) / DAY_MS);
    const lastMonth = isoOf(Date.UTC(+today.slice(0, 4), +today.slice(5, 7) - 2, 1) / DAY_MS);
    const firstOfMonth = dayNumber(`${today.slice(0, 7)}-01`);
    const firstMonday = dayNumber(mondayOf(isoOf(firstOfMonth + 6)));
    const lastWeek = Math.max(dayNumber(monday), firstMonday);
    for (let d = dayNumber(mondayOf(monthBeforeLast)) + 7, k = 0; d <= lastWeek; d += 7, k++) {
      const inThisMonth = isoOf(d).slice(0, 7) === today.slice(0, 7);
      const inLastMonth = isoOf(d).slice(0, 7) === lastMonth.slice(0, 7);
      const signed = inThisMonth ? 1 + ((i * 3) % 5) : inLastMonth ? 1 + (i % 3) : 1 + ((i * 2) % 3);
      w.funnelPeriods.push({
        id: `fp-${i + 1}-${k}`, ownerId: id, periodStart: isoOf(d), periodEnd: isoOf(d + 6),
        counts: [40 + (i % 4) * 5, 20 - (i % 6), 8 + (i % 3), signed], stages: [], stepTargets: [0.5, 0.5, 0.3],
        fiveWhys: { whys: [], rootCause: '', countermeasure: '' }, pdca: { plan: '', pilot: '', decision: 'undecided', notes: '' },
        updatedAt: T,
      });
    }
    for (let s = 0; s < 2; s++) {
      const date = isoOf(todayN - 3 - 11 * s - (i % 9));
      w.coachingSessions.push({
        id: `session-${i + 1}-${s}`, repId: id, date, topic: zh ? ['“这个客户太难搞了”', '季度复盘'][s] : ['"This customer is too hard"', 'Quarterly review'][s],
        customer: '', roiCaseId: '', keyResultId: '',
        goal: { text: zh ? '第四季度签下这个客户' : 'Sign this customer in Q4', measure: '', dueDate: '' },
        reality: { text: '', tried: '', obstacles: '' }, options: [], will: { commitment: 4 + (i % 6), support: '', toMakeItEight: '' },
        actions: [
          { id: 'a1', text: zh ? '提交定制报价和服务套餐' : 'Send the customised quote', owner: 'rep', dueDate: isoOf(todayN - 1 - (i % 4)), status: s === 0 && i % 2 === 0 ? 'open' : 'done', doneOn: s === 0 && i % 2 === 0 ? '' : date },
          { id: 'a2', text: zh ? '和交付团队确认排期' : 'Confirm the schedule with delivery', owner: 'manager', dueDate: isoOf(todayN + (i % 3)), status: s === 0 ? 'open' : 'done', doneOn: s === 0 ? '' : date },
        ],
        practice: [], nextSessionOn: '', ownerId: '', updatedAt: T,
      });
    }
  }
  return w;
}

const fmt = (x) => x.toFixed(2);

// Scrolls the content with the wheel until `id` is wholly above the tab bar (a list longer than
// reach.mjs's bring() scrolls).
async function scrollTo(page, id) {
  const bottom = await page.evaluate(() => window.fieldbook.itemRect('nav.roi').y);
  for (let i = 0; i < 60; i++) {
    const r = await drawn(page, id);
    if (r.y >= 0 && r.y + r.h <= bottom) return r;
    await page.mouse.move(r.x + 10, bottom / 2);
    await page.mouse.wheel(0, r.y + r.h > bottom ? 120 : -120);
    await settle(page);
  }
  throw new Error(`could not scroll to '${id}'`);
}

test('the app opens on Today; on a Chinese tablet with the sample each section is there and a tap on each opens its place', async () => {
  const { page, context, errors } = await openApp(env, { width: 768, height: 1024, dpr: 2, touch: true, locale: 'zh-CN', view: null });
  assert.equal((await appStats(page)).view, 'today', 'the app opens on Today');
  assert.ok(await drawn(page, 'banner.sample'), 'the sample workspace');
  for (const section of ['actions', 'keyResults', 'kpis', 'funnels', 'roi']) assert.ok(await drawn(page, `today.${section}`), section);
  // Where each line leads: its tool and a widget only that page draws.
  const places = [
    { id: 'today.overdue.0', view: 'grow', shows: 'grow.worksheet.back' },
    { id: 'today.thisWeek.0', view: 'grow', shows: 'grow.worksheet.back' },
    { id: 'today.offTrack.0', view: 'okr', shows: 'okr.kr.back' },
    { id: 'today.atRisk.0', view: 'okr', shows: 'okr.kr.back' },
    { id: 'today.kpi.0', view: 'okr', shows: 'okr.kpi.back' },
    { id: 'today.funnel.0', view: 'okr', shows: 'okr.funnel.chart' },
    { id: 'today.roi.0', view: 'roi', shows: 'roi.back' },
  ];
  const opened = [];
  for (const place of places) {
    if (!(await drawn(page, place.id))) continue;  // the sample has none of this kind today
    await tapOn(page, place.id);
    assert.equal((await appStats(page)).view, place.view, place.id);
    assert.ok(await drawn(page, place.shows), `${place.id} opens ${place.shows}`);
    opened.push(place.id);
    await tap(page, 'nav.today');
    assert.equal((await appStats(page)).view, 'today');
  }
  console.log(`Today on the sample opened: ${opened.join(', ')}`);
  assert.ok(opened.includes('today.roi.0'), 'the last ROI cases');
  assert.ok(opened.some((id) => id.startsWith('today.offTrack') || id.startsWith('today.atRisk')), 'a key result');
  assert.ok(opened.length >= 4, `at least four kinds of line: ${opened}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an overdue action on Today opens its session in GROW (a 3-rep workspace, Chinese tablet)', async () => {
  const { page, context, errors } = await openApp(env, { width: 768, height: 1024, dpr: 1, touch: true, locale: 'zh-CN', view: null });
  const today = await localDay(page);
  const r = await importInto(page, JSON.stringify(teamWorkspace(3, today)));
  assert.equal(r.ok, true, r.error);
  await settle(page);
  assert.ok(await drawn(page, 'today.overdue.0'), 'an overdue action');
  await tapOn(page, 'today.overdue.0');
  assert.equal((await appStats(page)).view, 'grow');
  assert.ok(await drawn(page, 'grow.worksheet.back'), 'its worksheet');
  assert.ok(await drawn(page, 'grow.action.0.text'), 'at its actions');
  assert.deepEqual(errors, []);
  await context.close();
});

test('team dashboard and progress board: 30 reps against 3, frame times printed (team frame ms)', async () => {
  const open = async (n, width, height) => {
    const { page, context, errors } = await openApp(env, { width, height, dpr: 1, locale: 'zh-CN', view: null });
    const today = await localDay(page);
    const r = await importInto(page, JSON.stringify(teamWorkspace(n, today)));
    assert.equal(r.ok, true, r.error);
    await showView(page, 'team');
    return { page, context, errors, n };
  };
  const lines = [];
  for (const [width, height, layout] of [[1920, 1080, 'table'], [768, 1024, 'cards']]) {
    const small = await open(3, width, height);
    const large = await open(30, width, height);
    for (const { page, n } of [small, large]) {
      assert.ok(await drawn(page, 'team.rep.0'), `${n} reps: the first`);
      assert.ok(await drawn(page, `team.rep.${n - 1}`), `${n} reps: the last has its place`);
      assert.equal(await drawn(page, `team.rep.${n}`), null);
      if (layout === 'table') assert.ok(await drawn(page, 'team.dashboard.sort.name'), 'a table');
      else assert.ok(await drawn(page, 'team.dashboard.sortBy'), 'cards');
    }
    const [s, l] = await frameTimes([small.page, large.page], { n: 30, x: 300, y: 12 });
    lines.push(`team frame ms: dashboard (${layout}, ${width}×${height}) 3 reps median ${fmt(s.median)} (min ${fmt(s.min)}, p90 ${fmt(s.p90)}), 30 reps median ${fmt(l.median)} (min ${fmt(l.min)}, p90 ${fmt(l.p90)}); ratio ${fmt(l.median / s.median)} (min ${fmt(l.min / s.min)})`);
    for (const p of [small.page, large.page]) await click(p, 'team.tab.progress');
    for (const { page, n } of [small, large]) assert.ok(await drawn(page, 'team.progress.row.0'), `${n} reps ranked`);
    const [ps, pl] = await frameTimes([small.page, large.page], { n: 30, x: 300, y: 12 });
    lines.push(`team frame ms: progress board (${width}×${height}) 3 reps median ${fmt(ps.median)}, 30 reps median ${fmt(pl.median)}; ratio ${fmt(pl.median / ps.median)}`);
    for (const o of [small, large]) {
      assert.deepEqual(o.errors, []);
      await o.context.close();
    }
  }
  for (const line of lines) console.log(line);
});

test('a tap on a rep opens everything of theirs; a header sorts the table (projector)', async () => {
  const { page, context, errors } = await openApp(env, { width: 1920, height: 1080, dpr: 1, locale: 'en-US', view: null });
  const today = await localDay(page);
  assert.equal((await importInto(page, JSON.stringify(teamWorkspace(6, today, 'en')))).ok, true);
  await click(page, 'nav.team');
  const ys = async () => {
    const out = [];
    for (let i = 0; i < 6; i++) out.push({ i, y: (await drawn(page, `team.rep.${i}`)).y });
    return out.sort((a, b) => a.y - b.y).map((o) => o.i);
  };
  const byName = await ys();
  await click(page, 'team.dashboard.sort.overdueActions');
  const byOverdue = await ys();
  assert.notDeepEqual(byOverdue, byName, 'sorted by overdue actions');
  await click(page, 'team.dashboard.sort.overdueActions');
  assert.notDeepEqual(await ys(), byOverdue, 'the other way');
  await click(page, 'team.rep.0');
  assert.ok(await drawn(page, 'team.rep.title'));
  for (const key of ['sessions', 'objectives', 'kpis', 'funnels', 'roi', 'rfm']) assert.ok(await drawn(page, `team.rep.${key}`), key);
  await click(page, 'team.rep.objectives.0');
  assert.equal((await appStats(page)).view, 'okr');
  assert.ok(await drawn(page, 'okr.objective.tile.status'), "the rep's objective");
  assert.deepEqual(errors, []);
  await context.close();
});

for (const lang of ['zh', 'en']) {
  for (const [width, height] of [[768, 1024], [1920, 1080]]) {
    const size = `${width}x${height}`;
    test(`screenshots of Today, the dashboard and the progress board (${lang}, ${size}, DPR 2)`, async () => {
      const touch = width < 900;
      const { page, context, errors } = await openApp(env, { width, height, dpr: 2, touch, locale: lang === 'zh' ? 'zh-CN' : 'en-US', view: null });
      await screenshot(page, `dashboard-today-sample-${lang}-${size}-dpr2`);
      const today = await localDay(page);
      assert.equal((await importInto(page, JSON.stringify(teamWorkspace(8, today, lang)))).ok, true);
      await settle(page);
      await screenshot(page, `dashboard-today-${lang}-${size}-dpr2`);
      const navTap = touch ? tap : click;
      await navTap(page, 'nav.team');
      assert.equal((await appStats(page)).view, 'team');
      await assertInsideWidth(page, ['team.tab.dashboard', 'team.tab.progress', 'team.rep.0'], 'dashboard');
      await screenshot(page, `dashboard-team-${lang}-${size}-dpr2`);
      if (touch) {
        // The card drawn last (the list is sorted by name, not in team order).
        let last = 'team.rep.0';
        for (let i = 1; i < 8; i++) if ((await drawn(page, `team.rep.${i}`)).y > (await drawn(page, last)).y) last = `team.rep.${i}`;
        await scrollTo(page, last);
        await screenshot(page, `dashboard-team-end-${lang}-${size}-dpr2`);
      }
      await (touch ? tapOn : click)(page, 'team.tab.progress');
      assert.ok(await drawn(page, 'team.progress.row.0'));
      await screenshot(page, `dashboard-progress-${lang}-${size}-dpr2`);
      // Last month's whole board, its months named.
      await (touch ? tapOn : click)(page, 'team.progress.month.last');
      assert.ok(await drawn(page, 'team.progress.row.0'));
      await assertInsideWidth(page, ['team.progress.month.last', 'team.progress.row.0'], 'last month\'s board');
      await screenshot(page, `dashboard-progress-last-${lang}-${size}-dpr2`);
      await (touch ? tapOn : click)(page, 'team.progress.month.this');
      await (touch ? tapOn : click)(page, 'team.tab.dashboard');
      await (touch ? tapOn : click)(page, 'team.rep.1');
      await screenshot(page, `dashboard-rep-${lang}-${size}-dpr2`);
      await navTap(page, 'nav.about');
      await screenshot(page, `dashboard-about-${lang}-${size}-dpr2`);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}
