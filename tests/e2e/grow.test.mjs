// GROW coaching in Chromium with touch at DPR 2: a manager on a Chinese tablet adds a rep (name
// typed through the input method), starts a worksheet, fills in the goal, the commitment (below 7
// asks what would make it an 8) and an action that is already overdue; the workspace is exported
// through Settings and imported into another browser, where one tap in the follow-up list marks
// the action done today and the toolbar's Undo opens it again. Screenshots of the team, the
// follow-up list, a rep's page and the worksheet with a question being asked, in Chinese and
// English, on a tablet and a projector. A date that is not a day never reaches the document.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { WAIT, localDay, docUntil, bring, tapOn, clickOn, typeSlowly, assertInsideWidth } from './support/reach.mjs';
import { launch, openApp, screenshot, tap, click, settle, rect } from './support/browser.mjs';
import { exportOf, workspaceOf, importInto, drawn, until, newContext, reveal } from './support/workspace.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const tablet = { width: 768, height: 1024, dpr: 2, touch: true };

// The exported file of the first test, imported by the second.
let exportedFile = null;
let exportedSessionId = null;
let exportedActionId = null;

test('on a Chinese tablet: a rep typed by IME, a worksheet with a commitment of 6 and an overdue action', async () => {
  // A manager in Shanghai (zh-CN): "today" is the device's day, whatever the machine's zone.
  const context = await env.browser.newContext({
    viewport: { width: tablet.width, height: tablet.height }, deviceScaleFactor: tablet.dpr, hasTouch: true, isMobile: false,
    locale: 'zh-CN', timezoneId: 'Asia/Shanghai', acceptDownloads: true,
  });
  const { page, errors } = await openApp(env, { context });
  assert.ok(await drawn(page, 'banner.sample'), 'a first visit opens the sample');
  await tapOn(page, 'banner.sample.action');
  let doc = await docUntil(page, (w) => w.sample === false, 'the sample cleared');
  assert.deepEqual([doc.team.length, (doc.coachingSessions ?? []).length], [0, 0], 'an empty team, no sessions');

  await tap(page, 'nav.grow');
  assert.ok(await drawn(page, 'grow.addRep'));
  await tapOn(page, 'grow.addRep');
  doc = await docUntil(page, (w) => w.team.length === 1, 'the new rep');
  const repId = doc.team[0].id;
  assert.ok(await drawn(page, 'grow.newSession'), "the new rep's page is open");

  await tapOn(page, 'grow.rep.name');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'text-input', 'the keyboard is up');
  await page.keyboard.insertText('李娜');
  await docUntil(page, (w) => w.team[0].name === '李娜', "the rep's name");
  await tapOn(page, 'grow.rep.stage.growing');
  doc = await docUntil(page, (w) => w.team[0].stage === 'growing', 'the stage');
  assert.equal(doc.team[0].name, '李娜');

  const startDay = await localDay(page);
  await tapOn(page, 'grow.newSession');
  doc = await docUntil(page, (w) => w.coachingSessions?.length === 1, 'the new session');
  const endDay = await localDay(page);
  const sessionId = doc.coachingSessions[0].id;
  assert.ok([startDay, endDay].includes(doc.coachingSessions[0].date), `the session is dated today (${doc.coachingSessions[0].date})`);
  assert.ok(await drawn(page, 'grow.step.goal'), 'the worksheet is open');
  const session = (w) => w.coachingSessions.find((s) => s.id === sessionId);

  await tapOn(page, 'grow.session.topic');
  await page.keyboard.insertText('第四季度续约');
  await docUntil(page, (w) => session(w).topic === '第四季度续约', 'the topic');
  await tapOn(page, 'grow.goal.text');
  await page.keyboard.insertText('年底前签下华东教育集团');
  await docUntil(page, (w) => session(w).goal.text === '年底前签下华东教育集团', 'the goal');

  await tapOn(page, 'grow.step.will');
  assert.ok(await drawn(page, 'grow.commitment.6'), 'the Will step is shown');
  assert.equal(await drawn(page, 'grow.will.eightPrompt'), null, 'no prompt before a commitment is given');
  await tapOn(page, 'grow.commitment.6');
  doc = await docUntil(page, (w) => session(w).will.commitment === 6, 'the commitment');
  assert.ok(await drawn(page, 'grow.will.eightPrompt'), 'below 7: "what would make it an 8?" is asked');
  await screenshot(page, 'grow-will-zh-768x1024-dpr2');

  await tapOn(page, 'grow.addAction');
  doc = await docUntil(page, (w) => session(w).actions.length === 1, 'the new action');
  await tapOn(page, 'grow.action.0.text');
  await page.keyboard.insertText('提交定制报价和服务套餐');
  await docUntil(page, (w) => session(w).actions[0].text === '提交定制报价和服务套餐', "the action's text");
  const due = await localDay(page, -3);
  await tapOn(page, 'grow.action.0.dueDate');
  await typeSlowly(page, due);
  doc = await docUntil(page, (w) => session(w).actions[0].dueDate === due, "the action's due date");
  assert.equal(await drawn(page, 'grow.action.0.dueDate.error'), null, 'a real day: no message');
  await bring(page, 'grow.action.0.remove');
  await screenshot(page, 'grow-will-actions-zh-768x1024-dpr2');

  const s = session(doc);
  assert.equal(s.repId, repId, "the session is the rep's");
  assert.equal(s.topic, '第四季度续约');
  assert.equal(s.goal.text, '年底前签下华东教育集团');
  assert.equal(s.will.commitment, 6);
  assert.equal(s.actions.length, 1);
  assert.deepEqual(
    { text: s.actions[0].text, owner: s.actions[0].owner, dueDate: s.actions[0].dueDate, status: s.actions[0].status, doneOn: s.actions[0].doneOn },
    { text: '提交定制报价和服务套餐', owner: 'rep', dueDate: due, status: 'open', doneOn: '' });

  // Export through Settings: a real file.
  await tap(page, 'nav.settings');
  await bring(page, 'data.export');
  const download = page.waitForEvent('download');
  await tap(page, 'data.export');
  const file = await download;
  const chunks = [];
  for await (const c of await file.createReadStream()) chunks.push(c);
  exportedFile = Buffer.concat(chunks).toString('utf8');
  assert.equal(exportedFile, await exportOf(page), 'the file holds the workspace');
  exportedSessionId = sessionId;
  exportedActionId = s.actions[0].id;
  assert.deepEqual(errors, []);
  await context.close();
});

test('imported into another browser: one tap marks the overdue action done today, Undo opens it again', async () => {
  assert.ok(exportedFile, 'the first test exported a file');
  const context = await newContext(env);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(env.url);
  await page.evaluate(() => window.fieldbook.ready);
  await settle(page);

  // Settings → Import, the file from the picker, Replace.
  await reveal(page, 'data.import');
  const chooser = page.waitForEvent('filechooser');
  await click(page, 'data.import');
  await (await chooser).setFiles({ name: 'fieldbook-tablet.json', mimeType: 'application/json', buffer: Buffer.from(exportedFile) });
  await until(() => drawn(page, 'import.replace'), WAIT, 'the import dialog');
  await settle(page);
  await click(page, 'import.replace');
  await until(() => drawn(page, 'import.close'), WAIT, 'the import result');
  await click(page, 'import.close');
  let doc = await workspaceOf(page);
  assert.deepEqual(doc.team.map((r) => r.name), ['李娜']);
  const action = (w) => w.coachingSessions.find((s) => s.id === exportedSessionId).actions.find((a) => a.id === exportedActionId);
  assert.equal(action(doc).status, 'open');

  await click(page, 'nav.grow');
  await click(page, 'grow.tab.followUp');
  assert.ok(await drawn(page, 'grow.followUp.overdue.0.text'), 'the action is in the overdue part');
  assert.equal(await drawn(page, 'grow.followUp.overdue.1.toggle'), null, 'only one action is overdue');
  assert.equal(await drawn(page, 'grow.followUp.done.0.toggle'), null, 'nothing done yet');
  await screenshot(page, 'grow-followup-imported-en-1280x800');

  const startDay = await localDay(page);
  await clickOn(page, 'grow.followUp.overdue.0.toggle');
  doc = await docUntil(page, (w) => action(w).status === 'done', 'the action done');
  const endDay = await localDay(page);
  assert.ok([startDay, endDay].includes(action(doc).doneOn), `done today (${action(doc).doneOn}, today ${endDay})`);
  assert.ok(await drawn(page, 'grow.followUp.done.0.toggle'), 'the done list shows it');
  assert.equal(await drawn(page, 'grow.followUp.overdue.0.toggle'), null, 'no longer overdue');
  await screenshot(page, 'grow-followup-done-en-1280x800');

  await clickOn(page, 'toolbar.undo');
  doc = await docUntil(page, (w) => action(w).status === 'open', 'the action open again');
  assert.equal(action(doc).doneOn, '', 'no done date on an open action');
  assert.ok(await drawn(page, 'grow.followUp.overdue.0.toggle'), 'overdue again');
  assert.equal(await drawn(page, 'grow.followUp.done.0.toggle'), null, 'the done list is empty again');
  assert.deepEqual(errors, []);
  await context.close();
});

for (const locale of ['zh-CN', 'en-US']) {
  for (const [width, height] of [[768, 1024], [1920, 1080]]) {
    const lang = locale.slice(0, 2);
    const size = `${width}x${height}`;
    test(`the sample team, follow-up list, a rep's page and a worksheet (${locale}, ${size}, DPR 2)`, async () => {
      const { page, context, errors } = await openApp(env, { width, height, dpr: 2, touch: true, locale });
      const sample = await workspaceOf(page);
      assert.equal(sample.sample, true);
      const liNa = sample.team.findIndex((r) => r.name === (lang === 'zh' ? '李娜' : 'Li Na'));
      assert.ok(liNa >= 0, 'the sample has Li Na');

      await tap(page, 'nav.grow');
      for (let i = 0; i < sample.team.length; i++) assert.ok(await drawn(page, `grow.rep.${i}`), `rep ${i} listed`);
      await assertInsideWidth(page, ['grow.tab.followUp', 'grow.rep.0'], 'team');
      await screenshot(page, `grow-team-${lang}-${size}-dpr2`);

      await tapOn(page, 'grow.tab.followUp');
      assert.ok(await drawn(page, 'grow.followUp.overdue.0.text'), "the sample's overdue action");
      assert.ok(await drawn(page, 'grow.followUp.done.0.text'), "the sample's done action");
      await assertInsideWidth(page, ['grow.followUp.rep', 'grow.followUp.overdue.0.text'], 'follow-up');
      await screenshot(page, `grow-followup-${lang}-${size}-dpr2`);

      await tapOn(page, 'grow.tab.team');
      await tapOn(page, `grow.rep.${liNa}`);
      assert.ok(await drawn(page, 'grow.newSession'), "Li Na's page");
      assert.ok(await drawn(page, 'grow.session.0'), 'her session');
      await assertInsideWidth(page, ['grow.newSession', 'grow.rep.delete', 'grow.session.0'], 'rep page');
      await screenshot(page, `grow-rep-${lang}-${size}-dpr2`);

      await tapOn(page, 'grow.session.0');
      assert.ok(await drawn(page, 'grow.goal.text'), 'the worksheet opens on Goal');
      await tapOn(page, 'grow.questions');
      assert.ok(await drawn(page, 'grow.question.0'), 'the question bank is open');
      assert.equal(await drawn(page, 'grow.question.asking'), null, 'no question asked yet');
      await tapOn(page, 'grow.question.0');
      assert.ok(await drawn(page, 'grow.question.asking'), 'the question tapped is shown above the step');
      await bring(page, 'grow.question.asking');
      await assertInsideWidth(page, ['grow.step.practice', 'grow.worksheet.delete', 'grow.question.asking'], 'worksheet');
      await screenshot(page, `grow-worksheet-goal-${lang}-${size}-dpr2`);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}

test('a date that is not a day shows its message while typed and never reaches the document', async () => {
  const { page, context, errors } = await openApp(env, { ...tablet, locale: 'zh-CN' });
  const sample = await workspaceOf(page);
  const liNa = sample.team.findIndex((r) => r.name === '李娜');
  const repId = sample.team[liNa].id;
  await tap(page, 'nav.grow');
  await tapOn(page, `grow.rep.${liNa}`);
  await tapOn(page, 'grow.session.0');
  const sessionId = sample.coachingSessions.find((s) => s.repId === repId).id;
  const dueOf = async () => (await workspaceOf(page)).coachingSessions.find((s) => s.id === sessionId).goal.dueDate;
  const before = await dueOf();
  assert.match(before, /^\d{4}-\d{2}-\d{2}$/, 'the sample goal has a due date');

  await tapOn(page, 'grow.goal.dueDate');
  await page.keyboard.press('Control+A');
  await settle(page);
  await typeSlowly(page, '2026-02-30');
  assert.ok(await drawn(page, 'grow.goal.dueDate.error'), 'the message is drawn under the field');
  assert.equal(await dueOf(), before, 'the document keeps the real day');
  await bring(page, 'grow.goal.dueDate.error');
  await screenshot(page, 'grow-date-error-zh-768x1024-dpr2');

  // Leaving the field gives the value back: no message, the document unchanged.
  await tapOn(page, 'grow.goal.measure');
  assert.equal(await drawn(page, 'grow.goal.dueDate.error'), null, 'no message once the field is left');
  assert.equal(await dueOf(), before);

  // A real day is taken.
  await tapOn(page, 'grow.goal.dueDate');
  await page.keyboard.press('Control+A');
  await settle(page);
  await typeSlowly(page, '2026-03-01');
  await until(async () => (await dueOf()) === '2026-03-01', WAIT, 'the real day');
  assert.equal(await drawn(page, 'grow.goal.dueDate.error'), null);
  assert.deepEqual(errors, []);
  await context.close();
});
