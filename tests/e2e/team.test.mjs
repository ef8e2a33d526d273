// The manager's team view, files in: three reps on their own devices (browser contexts) clear the
// sample, make an ROI case by tapping a template and an objective with a check-in, and "send to my
// manager" (the first asked for her name on the way); the manager picks all three files at once in
// Team import, sees each rep in one preview, merges; later one rep deletes her case and sends
// again, and the manager's next team import takes the case away. Screenshots of the preview in
// Chinese and English at tablet and projector sizes, DPR 2.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, openApp, click, settle, screenshot, resize } from './support/browser.mjs';
import { drawn, importInto, showSettings, until, workspaceOf } from './support/workspace.mjs';
import { bring, clickOn, docUntil, WAIT } from './support/reach.mjs';

let env;
let dir;
before(async () => {
  env = await launch();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldbook-team-'));
});
after(async () => {
  await env?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const T = '2026-11-20T09:00:00Z';
const teamImportOf = (page) => page.evaluate(() => window.fieldbook.teamImport());

// An objective with one key result and one check-in, as a file merged into a rep's workspace
// (schema 5: before owners, so they become the rep's own).
const objectiveFile = (key, title) => JSON.stringify({
  schemaVersion: 5,
  sample: false,
  exportedBy: '',
  settings: { language: 'zh', currency: 'CNY', userName: '', updatedAt: T },
  team: [], roiCases: [], rfmAnalyses: [], coachingSessions: [],
  objectives: [{ id: `obj-${key}`, title, ownerId: '', periodStart: '2026-10-01', periodEnd: '2026-12-31', kind: 'committed', parentId: '', retrospective: '', carriedFrom: '', updatedAt: T }],
  keyResults: [{ id: `kr-${key}`, objectiveId: `obj-${key}`, title: '签约3家客户', type: 'increase', start: 0, target: 3, weight: 1, unit: 'count', carriedFrom: '', updatedAt: T }],
  checkIns: [{ id: `ci-${key}`, keyResultId: `kr-${key}`, date: '2026-11-20', value: 1, confidence: 7, note: '第一家签约', updatedAt: T }],
  kpis: [], kpiEntries: [], funnelPeriods: [],
});

// "Send to my manager": the button, the name asked for when there is none, and the file saved in
// `folder` under the name the app gave it. Returns the file's path and what it holds.
async function sendToManager(page, name, folder) {
  await showSettings(page);
  const download = page.waitForEvent('download');
  await clickOn(page, 'data.sendToManager');
  if (name) {
    await until(() => drawn(page, 'data.sendToManager.name'), WAIT, 'the question for the name');
    await clickOn(page, 'data.sendToManager.name');
    await page.keyboard.insertText(name);
    await settle(page);
    await screenshot(page, 'team-send-to-manager-name-zh-1280x800');
    await clickOn(page, 'data.sendToManager.confirm');
  }
  const saved = await download;
  const own = await page.evaluate(() => window.fieldbook.exportOwn());
  assert.equal(saved.suggestedFilename(), own.name);
  if (name) assert.ok(own.name.startsWith(`fieldbook-${name}-`), own.name);
  fs.mkdirSync(folder, { recursive: true });
  const file = path.join(folder, own.name);
  await saved.saveAs(file);
  assert.equal(fs.readFileSync(file, 'utf8'), own.json, 'the saved file is exportOwn()');
  return { file, sent: JSON.parse(own.json) };
}

// A rep on her own device: the sample cleared, a case from a template, an objective with a
// check-in, then the file sent.
async function rep(name, key) {
  const app = await openApp(env, { width: 1280, height: 800, locale: 'zh-CN' });
  const { page } = app;
  await click(page, 'banner.sample.action');
  await docUntil(page, (w) => !w.sample && w.roiCases.length === 0, 'the sample cleared');
  await click(page, 'nav.roi');
  await clickOn(page, 'roi.template.software-subscription');
  await docUntil(page, (w) => w.roiCases.length === 1, 'the new case');
  assert.equal((await importInto(page, objectiveFile(key, `${name}的季度目标`), 'merge')).ok, true);
  const { file, sent } = await sendToManager(page, name, path.join(dir, `${key}-1`));
  assert.equal(sent.settings.userName, name);
  assert.equal((await workspaceOf(page)).settings.userName, name, 'the name is kept in settings');
  assert.deepEqual(sent.team, [], 'not the team');
  assert.equal(sent.roiCases.length, 1);
  assert.equal(sent.objectives.length, 1);
  assert.equal(sent.checkIns.length, 1);
  assert.deepEqual(app.errors, []);
  return { ...app, name, key, file, ownerId: sent.settings.ownerId, caseId: sent.roiCases[0].id };
}

// Team import through the picker, several files at once, until the preview is drawn.
async function teamImport(page, files) {
  await showSettings(page);
  await bring(page, 'data.teamImport');
  const chooser = page.waitForEvent('filechooser');
  await click(page, 'data.teamImport');
  const picker = await chooser;
  assert.equal(picker.isMultiple(), true, 'the picker takes several files');
  await picker.setFiles(files);
  const state = await until(async () => {
    const s = await teamImportOf(page);
    return s?.step === 'preview' ? s : null;
  }, WAIT, 'the team import preview');
  await settle(page);
  return state;
}

// The manager's device: the sample cleared, 王磊 already on the team (without a file yet).
async function manager({ width, height, locale }) {
  const app = await openApp(env, { width, height, dpr: 2, locale });
  await click(app.page, 'banner.sample.action');
  await docUntil(app.page, (w) => !w.sample, 'the sample cleared');
  const team = JSON.stringify({ schemaVersion: 5, sample: false, exportedBy: '', settings: { language: 'auto', currency: 'CNY', userName: '', updatedAt: T },
    team: [{ id: 'rep-wang', name: '王磊', stage: 'growing', startedOn: '2025-03-01', disc: 'S', notes: '', updatedAt: T }], roiCases: [], rfmAnalyses: [], coachingSessions: [],
    objectives: [], keyResults: [], checkIns: [], kpis: [], kpiEntries: [], funnelPeriods: [] });
  const r = await importInto(app.page, team, 'merge');
  assert.equal(r.ok, true, r.error);
  return app;
}

test('three reps send to their manager; one team import adds them with their records; a deletion follows', async () => {
  const reps = [await rep('李娜', 'li'), await rep('王磊', 'wang'), await rep('陈晨', 'chen')];

  const boss = await manager({ width: 768, height: 1024, locale: 'zh-CN' });
  const { page } = boss;
  const state = await teamImport(page, reps.map((r) => r.file));
  assert.equal(state.ok, true, state.problem);
  assert.deepEqual(state.files.map((f) => [f.repName, f.match, f.added, f.error]), [
    ['李娜', 'added', 4, ''], ['王磊', 'sameName', 4, ''], ['陈晨', 'added', 4, ''],
  ]);
  for (let i = 0; i < 3; i++) assert.ok(await drawn(page, `teamImport.file.${i}.name`), `card ${i}`);
  await screenshot(page, 'team-import-preview-zh-768x1024-dpr2');
  await resize(page, 1920, 1080);
  await screenshot(page, 'team-import-preview-zh-1920x1080-dpr2');

  const before = await workspaceOf(page);
  await click(page, 'teamImport.mergeAll');
  assert.ok(await drawn(page, 'teamImport.result.2'), 'a line per file');
  await screenshot(page, 'team-import-done-zh-1920x1080-dpr2');
  let doc = await docUntil(page, (w) => w.team.length === 3, 'the reps on the team (王磊 linked, not added)');
  const member = (name) => doc.team.find((m) => m.name === name);
  for (const r of reps) {
    const m = member(r.name);
    assert.ok(m, r.name);
    assert.equal(m.ownerId, r.ownerId, `${r.name} is linked to her own workspace`);
    assert.deepEqual(doc.roiCases.filter((c) => c.ownerId === m.id).map((c) => c.id), [r.caseId], `${r.name}'s case`);
    assert.deepEqual(doc.objectives.filter((o) => o.ownerId === m.id).map((o) => o.id), [`obj-${r.key}`]);
  }
  assert.equal(member('王磊').id, 'rep-wang', 'linked by name, not added twice');
  assert.equal(doc.checkIns.length, 3);
  await click(page, 'teamImport.close');
  assert.equal(await drawn(page, 'teamImport.dialog'), null);

  // One undo takes the whole import back; redo brings it again.
  await click(page, 'toolbar.undo');
  assert.deepEqual((await docUntil(page, (w) => w.team.length === 1, 'undone')).roiCases, before.roiCases);
  await click(page, 'toolbar.redo');
  doc = await docUntil(page, (w) => w.team.length === 3, 'redone');

  // 李娜 deletes her case and sends again; the manager's next team import removes it.
  const li = reps[0];
  await click(li.page, 'nav.roi');
  if (await drawn(li.page, 'roi.back')) await click(li.page, 'roi.back');
  await clickOn(li.page, 'roi.case.0.delete');
  await clickOn(li.page, 'roi.delete.confirm');
  await docUntil(li.page, (w) => w.roiCases.length === 0 && w.deleted.some((t) => t.id === li.caseId), 'the deletion');
  const { file: second, sent: resent } = await sendToManager(li.page, null, path.join(dir, 'li-2'));
  assert.ok(resent.deleted.some((t) => t.id === li.caseId), 'the file carries the deletion');

  await showSettings(page);
  const again = await teamImport(page, [second]);
  assert.deepEqual(again.files.map((f) => [f.repName, f.match, f.deleted, f.error]), [['李娜', 'linked', 1, '']]);
  await click(page, 'teamImport.mergeAll');
  doc = await docUntil(page, (w) => !w.roiCases.some((c) => c.id === li.caseId), 'the deleted case gone');
  assert.equal(doc.roiCases.length, 2, "the others' cases stay");
  assert.equal(doc.team.length, 3);
  await click(page, 'teamImport.close');
  assert.equal(await page.evaluate(() => window.fieldbook.saved()), true);

  for (const r of reps) { assert.deepEqual(r.errors, []); await r.context.close(); }
  assert.deepEqual(boss.errors, []);
  await boss.context.close();
});

test('the preview in English, with a file that cannot be read (only Cancel or remove it)', async () => {
  const chen = await rep('陈晨', 'chen-en');
  const broken = path.join(dir, 'broken.json');
  fs.writeFileSync(broken, '{"schemaVersion": 6, "settings": ');
  const boss = await manager({ width: 1920, height: 1080, locale: 'en-US' });
  const { page } = boss;
  const state = await teamImport(page, [chen.file, broken]);
  assert.equal(state.ok, false);
  assert.match(state.files[1].error, /^line 1, column \d+: /);
  assert.ok(await drawn(page, 'teamImport.file.1.error'));
  assert.equal(await drawn(page, 'teamImport.mergeAll'), null, 'all or none');
  await screenshot(page, 'team-import-refused-en-1920x1080-dpr2');
  await resize(page, 768, 1024);
  await screenshot(page, 'team-import-refused-en-768x1024-dpr2');

  const before = await workspaceOf(page);
  await click(page, 'teamImport.file.1.remove');
  await until(async () => (await teamImportOf(page))?.step === 'preview', WAIT, 'the preview again');
  await settle(page);
  assert.ok(await drawn(page, 'teamImport.mergeAll'));
  await screenshot(page, 'team-import-preview-en-768x1024-dpr2');
  await resize(page, 1920, 1080);
  await screenshot(page, 'team-import-preview-en-1920x1080-dpr2');
  await click(page, 'teamImport.cancel');
  assert.equal(await drawn(page, 'teamImport.dialog'), null);
  assert.deepEqual(await workspaceOf(page), before, 'Cancel changes nothing');
  assert.deepEqual(boss.errors, []);
  await chen.context.close();
  await boss.context.close();
});

test('several files dropped on the page at once go to the team import', async () => {
  const reps = [await rep('赵敏', 'zhao'), await rep('孙悦', 'sun')];
  const boss = await manager({ width: 1280, height: 800, locale: 'zh-CN' });
  const { page } = boss;
  const files = reps.map((r) => [path.basename(r.file), fs.readFileSync(r.file, 'utf8')]);
  await page.evaluate((list) => {
    const dt = new DataTransfer();
    for (const [name, text] of list) dt.items.add(new File([text], name, { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, files);
  const state = await until(async () => {
    const s = await teamImportOf(page);
    return s?.step === 'preview' ? s : null;
  }, WAIT, 'the team import preview');
  assert.deepEqual(state.files.map((f) => [f.repName, f.match, f.error]), [['赵敏', 'added', ''], ['孙悦', 'added', '']]);
  assert.equal(await drawn(page, 'import.dialog'), null, 'not the single-file Import dialog');
  await settle(page);
  await click(page, 'teamImport.cancel');
  assert.equal((await teamImportOf(page)).step, 'closed');
  for (const r of reps) { assert.deepEqual(r.errors, []); await r.context.close(); }
  assert.deepEqual(boss.errors, []);
  await boss.context.close();
});
