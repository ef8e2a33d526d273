// What the browser says about keeping Fieldbook's data, reported to the app: whether storage is
// persistent, how much is used, when the workspace was first opened, last saved and last exported
// on this device. The app decides from these whether to remind the user to back up
// (src/workspace/backup_reminder.h) and shows them in Settings.
const PREFIX = 'fieldbook.';
const readTime = (key) => {
  try {
    const v = Number(localStorage.getItem(PREFIX + key));
    return Number.isFinite(v) && v > 0 ? v : -1;
  } catch {
    return -1;  // private mode: unknown
  }
};

// Safari (and every browser) on iPad/iPhone clears a site's storage after 7 days without a visit,
// unless the app was opened from the Home Screen.
function iosBrowserTab() {
  const ios = /iP(ad|hone|od)/.test(navigator.userAgent) || (navigator.platform === 'MacIntel' && navigator.maxTouchPoints > 1);
  const standalone = navigator.standalone === true || matchMedia('(display-mode: standalone)').matches;
  return ios && !standalone;
}

export function attachDeviceStorage({ app, storage, scheduler }) {
  let firstVisit = readTime('firstVisit');
  if (firstVisit < 0) {
    firstVisit = Date.now();
    try { localStorage.setItem(`${PREFIX}firstVisit`, String(firstVisit)); } catch { /* unknown next time */ }
  }
  const ios = iosBrowserTab();

  let reporting = null;
  async function report() {
    let persisted = -1;
    let used = -1;
    let quota = -1;
    try {
      if (navigator.storage?.persisted) persisted = (await navigator.storage.persisted()) ? 1 : 0;
    } catch { /* unknown */ }
    try {
      if (navigator.storage?.estimate) {
        const e = await navigator.storage.estimate();
        used = e.usage ?? -1;
        quota = e.quota ?? -1;
      }
    } catch { /* unknown */ }
    const facts = {
      persisted, iosBrowserTab: ios, firstVisit, lastSave: storage.lastSavedAt(),
      lastExport: readTime('lastExport'), dismissed: readTime('backupDismissed'), used, quota,
    };
    app.setStorageFacts(facts);
    scheduler.request();
    return facts;
  }
  // One report at a time; asked during one, the next starts after it (and is what the caller gets).
  let next = null;
  const refresh = () => {
    if (reporting) {
      next ??= reporting.then(() => { next = null; return refresh(); });
      return next;
    }
    reporting = report().finally(() => { reporting = null; });
    return reporting;
  };
  storage.onSaved(refresh);
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'visible') refresh(); });
  return { refresh };
}
