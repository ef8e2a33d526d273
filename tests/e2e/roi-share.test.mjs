// Share links in Chromium: a case's link (window.fieldbook.shareLink) opened in a new browser
// context (its own IndexedDB) shows the same numbers read-only, and "Save to my workspace" puts
// it in that workspace under a new id without its internal notes; malformed, cut-off and oversized
// links show the error banner and the app works on; the printable summary loads print.css under
// the page's CSP; "Export PNG" downloads a PNG; screenshots of the shared view at 1280×800 DPR 2
// in Chinese and English.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, screenshot, click, settle } from './support/browser.mjs';
import { baseWorkspace, importInto, savedIn, workspaceOf, drawn, until } from './support/workspace.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

// The base workspace's case, with a note for the customer beside the internal one.
function workspaceWithCase(language = 'en') {
  const doc = baseWorkspace('Lei Wang');
  doc.settings.language = language;
  doc.roiCases[0].notes.push({ id: 'note-2', text: 'Prices valid until 31 December.', internal: false, updatedAt: doc.settings.updatedAt });
  return doc;
}

// The case's expected-scenario figures worked out independently: one-time 80,000; 120,000 a year;
// 6 h/week × 52 × ¥120 × 10 people = 374,400 a year at 60 %, 90 %, 100 % adoption; 8 %.
function expectedFigures() {
  const benefits = [0, 374400 * 0.6, 374400 * 0.9, 374400];
  const costs = [80000, 120000, 120000, 120000];
  const net = benefits.map((b, i) => b - costs[i]);
  const npv = net.reduce((s, v, t) => s + v / 1.08 ** t, 0);
  const totalB = benefits.reduce((a, b) => a + b), totalC = costs.reduce((a, b) => a + b);
  return { npv, netBenefit: totalB - totalC, roiPercent: (totalB - totalC) / totalC * 100, paybackMonths: 80000 / net[1] * 12 };
}

async function linkFor(language = 'en') {
  const { page, context } = await openApp(env, { locale: language === 'zh' ? 'zh-CN' : 'en-US' });
  const r = await importInto(page, workspaceWithCase(language));
  assert.equal(r.ok, true, r.error);
  const link = await page.evaluate(() => window.fieldbook.shareLink('roi-1'));
  await context.close();
  assert.equal(link.ok, true, link.error);
  return link.url;
}

const sharedCase = (page) => page.evaluate(() => window.fieldbook.sharedCase());

test('a share link opened in a new context shows the same numbers and saves into that workspace', async () => {
  const url = await linkFor('en');
  assert.ok(url.startsWith(`${env.url}#roi=1`), url);
  const payload = url.slice(url.indexOf('#roi=') + 5);
  assert.match(payload, /^[A-Za-z0-9_-]+$/);
  assert.ok(payload.length <= 2048, `a typical case fits in 2 KB (${payload.length})`);

  const { page, context, errors, requests } = await openApp(env, { hash: url.slice(env.url.length) });
  await settle(page);
  assert.ok(await drawn(page, 'share.banner'), 'the read-only banner is shown');
  assert.ok(await drawn(page, 'roi.kpi.npv'), 'with the KPI tiles');
  assert.ok(await drawn(page, 'roi.chart.cumulative'), 'and the cumulative chart');
  assert.equal(await page.evaluate(() => location.hash), '', 'the fragment is cleared');

  const shared = await sharedCase(page);
  assert.equal(shared.open, true);
  const want = expectedFigures();
  for (const key of ['npv', 'netBenefit', 'roiPercent', 'paybackMonths']) {
    assert.ok(Math.abs(shared.outputs[key] - want[key]) < 1e-6 * Math.max(1, Math.abs(want[key])), `${key}: ${shared.outputs[key]} vs ${want[key]}`);
  }
  assert.equal(shared.outputs.customerName, '华东教育科技有限公司');

  const before = (await workspaceOf(page)).roiCases.length;
  await click(page, 'share.save');
  assert.equal(await savedIn(page), true);
  const doc = await workspaceOf(page);
  assert.equal(doc.roiCases.length, before + 1);
  const saved = doc.roiCases.find((c) => c.customerName === '华东教育科技有限公司');
  assert.ok(saved, 'the shared case is in the workspace');
  assert.notEqual(saved.id, 'roi-1', 'under a new id');
  assert.deepEqual(saved.notes.map((n) => n.id), ['note-2'], 'the internal note never left the first device');
  assert.ok(await drawn(page, 'banner.shareStatus'));
  assert.equal((await sharedCase(page)).open, false);

  await page.reload();  // it stays: a reload neither loses it nor opens the link again
  await page.evaluate(() => window.fieldbook.ready);
  assert.equal((await workspaceOf(page)).roiCases.length, before + 1);
  assert.equal((await sharedCase(page)).open, false);
  assert.ok(requests.every((r) => r.startsWith(env.url)), 'nothing left the machine');
  assert.ok(requests.every((r) => !r.includes('roi=')), 'the link never went to the server');
  assert.deepEqual(errors, []);
  await context.close();
});

test('malformed, cut-off, oversized and newer links show a clear message and the app works on', async () => {
  const url = await linkFor('en');
  const payload = url.slice(url.indexOf('#roi=') + 5);
  const cases = [
    { hash: '#roi=hello-this-is-not-a-link', says: 'not a Fieldbook ROI link' },
    { hash: `#roi=${payload.slice(0, Math.floor(payload.length / 2))}`, says: 'cut off' },
    { hash: `#roi=1${'A'.repeat(9000)}`, says: 'too long (over 8 KB)' },
    { hash: `#roi=2${payload.slice(1)}`, says: 'newer Fieldbook' },
    { hash: `#roi=${payload.slice(0, 40)}B${payload.slice(41)}`, says: 'damaged' },
  ];
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  for (const c of cases) {
    const { page, errors } = await openApp(env, { context, hash: c.hash });
    await settle(page);
    assert.ok(await drawn(page, 'banner.shareError'), `${c.says}: the error banner`);
    const state = await sharedCase(page);
    assert.equal(state.open, false);
    assert.ok(state.error.includes(c.says), `${state.error} should say "${c.says}"`);
    assert.equal(await drawn(page, 'share.banner'), null, 'no shared view');
    if (c.says === 'cut off') await screenshot(page, 'share-error-cutoff-en-1280x800');
    await click(page, 'nav.settings');  // the app works
    assert.ok(await drawn(page, 'settings.name'));
    assert.deepEqual(errors, []);
    await page.close();
  }
  // A link pasted into the address bar of an open page (hashchange) opens too.
  const { page } = await openApp(env, { context });
  await page.evaluate((h) => { location.hash = h; }, url.slice(url.indexOf('#')));
  await until(async () => (await sharedCase(page)).open, 15000, 'the pasted link to open');
  await context.close();
});

test('the printable summary loads print.css under the CSP; Export PNG downloads the screen', async () => {
  const url = await linkFor('en');
  const { page, context, errors } = await openApp(env, { hash: url.slice(env.url.length) });
  const violations = [];
  page.on('console', (m) => { if (/Content Security Policy|Refused/.test(m.text())) violations.push(m.text()); });
  await settle(page);
  await click(page, 'share.print');
  const printed = await until(() => page.evaluate(() => {
    const d = window.fieldbook.printedDocument();
    return d && d.styled ? d : null;
  }), 10000, 'the summary to print with print.css');
  assert.ok(printed.text.includes('华东教育科技有限公司'));
  assert.ok(printed.text.includes('Prices valid until 31 December.'));
  assert.ok(!printed.text.includes('Approved up to 10 %'), 'no internal note');
  for (const kpi of ['ROI', 'NPV', 'IRR', 'Payback', 'Net benefit']) assert.ok(printed.text.includes(kpi), kpi);
  assert.deepEqual(violations, []);

  const download = page.waitForEvent('download');
  await click(page, 'share.png');
  const file = await download;
  assert.match(file.suggestedFilename(), /^roi-.+\.png$/);
  const stream = await file.createReadStream();
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  const png = Buffer.concat(chunks);
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG file');
  assert.ok(png.length > 10000, `a real picture (${png.length} bytes)`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('screenshots of the shared view at 1280×800 DPR 2 in Chinese and English', async () => {
  for (const language of ['zh', 'en']) {
    const url = await linkFor(language);
    const { page, context, errors } = await openApp(env, {
      width: 1280, height: 800, dpr: 2, locale: language === 'zh' ? 'zh-CN' : 'en-US', hash: url.slice(env.url.length),
    });
    await settle(page);
    assert.ok(await drawn(page, 'share.save'));
    await screenshot(page, `share-view-${language}-1280x800-dpr2`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});
