// Helpers for the workspace tests (workspace*.test.mjs): a small valid workspace to start from,
// direct reads and writes of the app's IndexedDB database, and typing into the name field.
import { rect, settle } from './browser.mjs';

export const T = '2026-11-20T09:00:00Z';

// A small workspace that loads: two reps and one ROI case with one line of each kind.
export const baseWorkspace = (userName = 'Base Rep') => ({
  schemaVersion: 2,
  sample: false,
  exportedBy: '',
  settings: { language: 'en', currency: 'CNY', userName, updatedAt: T },
  team: [
    { id: 'rep-1', name: 'Wang Lei', stage: 'mature', updatedAt: T },
    { id: 'rep-2', name: 'Li Na', stage: 'growing', updatedAt: T },
  ],
  roiCases: [{
    id: 'roi-1',
    name: 'Subscription',
    customerName: '华东教育科技有限公司',
    currency: 'CNY',
    years: 3,
    period: 'yearly',
    discountRate: 0.08,
    liveDiscountRate: false,
    oneTimeCosts: [{ id: 'implementation', label: 'Implementation', amount: 80000, live: false, updatedAt: T }],
    recurringCosts: [{ id: 'subscription', label: 'Subscription', amountPerYear: 120000, live: true, updatedAt: T }],
    benefits: [{
      id: 'manual-entry', label: 'Less manual entry', kind: 'productivity', amountPerYear: 0, hours: 6, hoursBasis: 'perWeek',
      hourlyRate: 120, people: 10, adoptionPercent: [60, 90, 100], liveAmount: false, liveAdoption: true, liveHours: true,
      liveHourlyRate: false, livePeople: true, updatedAt: T,
    }],
    scenarios: {
      conservative: { benefits: 0.7, costs: 1.1 },
      expected: { benefits: 1, costs: 1 },
      optimistic: { benefits: 1.2, costs: 1 },
    },
    notes: [{ id: 'note-1', text: 'Approved up to 10 % off the first year.', internal: true, updatedAt: T }],
    updatedAt: T,
  }],
});

export const exportOf = (page) => page.evaluate(() => window.fieldbook.exportWorkspace());
export const workspaceOf = async (page) => JSON.parse(await exportOf(page));
export const importInto = (page, json, mode = 'replace') =>
  page.evaluate(([j, m]) => window.fieldbook.importWorkspace(j, m), [typeof json === 'string' ? json : JSON.stringify(json), mode]);
export const savedIn = (page) => page.evaluate(() => window.fieldbook.saved());
export const saveStateOf = (page) => page.evaluate(() => window.fieldbook.saveState());
export const drawn = (page, testId) => page.evaluate((id) => window.fieldbook.itemRect(id), testId);

// Polls fn() until it returns a truthy value; returns that value, or throws after `ms` (a bound on
// waiting for a state, generous so that a busy machine is slow rather than failing).
export async function until(fn, ms = 15000, what = 'condition') {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

// A browser context of its own (IndexedDB is per context): 1280×800, English.
export const newContext = (env, { dpr = 1, width = 1280, height = 800 } = {}) =>
  env.browser.newContext({ viewport: { width, height }, deviceScaleFactor: dpr, locale: 'en-US', acceptDownloads: true });

// Shows the settings view (name, language, currency, Export, Import).
export async function showSettings(page) {
  if (await drawn(page, 'settings.name')) return;
  const nav = await rect(page, 'nav.settings');
  await page.mouse.click(nav.x + nav.w / 2, nav.y + nav.h / 2);
  await settle(page);
}

// Clicks into settings.name and puts the caret at its end.
export async function focusName(page) {
  await showSettings(page);
  const r = await reveal(page, 'settings.name');
  await page.mouse.click(r.x + r.w - 6, r.y + r.h / 2);
  await settle(page);
  await page.keyboard.press('End');
}

// Everything in the app's database: snapshots newest first and the head record.
export const readDb = (page) => page.evaluate(() => new Promise((resolve, reject) => {
  const open = indexedDB.open('fieldbook');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    const tx = db.transaction(['snapshots', 'meta'], 'readonly');
    const all = tx.objectStore('snapshots').getAll();
    const head = tx.objectStore('meta').get('head');
    tx.oncomplete = () => {
      db.close();
      resolve({ snapshots: all.result.sort((a, b) => b.seq - a.seq), head: head.result ?? null });
    };
    tx.onerror = () => reject(tx.error);
  };
}));

// Overwrites one snapshot record in place (to simulate a damaged copy on disk).
export const writeSnapshot = (page, record) => page.evaluate((rec) => new Promise((resolve, reject) => {
  const open = indexedDB.open('fieldbook');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    const tx = db.transaction(['snapshots'], 'readwrite');
    tx.objectStore('snapshots').put(rec);
    tx.oncomplete = () => { db.close(); resolve(); };
    tx.onerror = () => reject(tx.error);
  };
}), record);

// Scrolls the content (mouse wheel over it) until the widget under `testId` is inside the viewport.
export async function reveal(page, testId) {
  if (/^(settings|data)\./.test(testId)) await showSettings(page);
  const { height } = page.viewportSize();
  for (let i = 0; i < 20; i++) {
    const r = await rect(page, testId);
    if (r.y >= 0 && r.y + r.h <= height) return r;
    await page.mouse.move(r.x + 1, height / 2);
    await page.mouse.wheel(0, r.y + r.h > height ? 120 : -120);
    await settle(page);
  }
  throw new Error(`could not scroll '${testId}' into view`);
}

// Types `text` one character at a time into the focused field, each one only after the app has
// applied the one before (software rendering is slow; a person's keystrokes are never queued
// seconds deep). Returns the time each character reached the document.
export async function typeName(page, text) {
  const at = [];
  const start = (await workspaceOf(page)).settings.userName;
  let expected = start;
  for (const ch of text) {
    await page.keyboard.type(ch);
    expected += ch;
    await page.waitForFunction((want) => JSON.parse(window.fieldbook.exportWorkspace()).settings.userName === want, expected,
      { polling: 10, timeout: 15000 });
    at.push(Date.now());
  }
  return at;
}
