// The workspace in IndexedDB, written directly (not through a file-system emulation):
// - each save is ONE transaction that checks the head revision (compare-and-set), writes the new
//   snapshot and prunes to the newest KEEP snapshots — so the last 5 saves stay as backups;
// - autosave shortly after an edit (a burst of edits costs one write) and at once when the page
//   is hidden or closed;
// - start-up opens the newest snapshot that loads, falling back through the backups;
// - two tabs never silently overwrite each other: a tab whose base revision is no longer the
//   head stops writing and offers to reload; BroadcastChannel tells idle tabs to follow along;
// - no IndexedDB (private mode) or a full disk: the app keeps working in memory and says so.
const DB_NAME = 'fieldbook';
const DB_VERSION = 1;
const KEEP = 6;            // the current snapshot + 5 backups
const AUTOSAVE_MS = 400;   // well within the promised second

export const SaveState = { Saved: 0, Pending: 1, Failed: 2, MemoryOnly: 3, Stale: 4 };
const STATE_NAMES = ['saved', 'pending', 'failed', 'memoryOnly', 'stale'];

const req = (r) => new Promise((resolve, reject) => {
  r.onsuccess = () => resolve(r.result);
  r.onerror = () => reject(r.error);
});

function openDb() {
  return new Promise((resolve, reject) => {
    let open;
    try {
      open = indexedDB.open(DB_NAME, DB_VERSION);
    } catch (e) {
      reject(e);
      return;
    }
    open.onupgradeneeded = () => {
      const db = open.result;
      db.createObjectStore('snapshots', { keyPath: 'seq' });
      db.createObjectStore('meta');
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
    open.onblocked = () => reject(new Error('storage is blocked by another tab'));
  });
}

function describe(error, lang) {
  const name = error?.name ?? '';
  if (name === 'QuotaExceededError') return lang === 'zh' ? '设备存储空间已满' : 'the device storage is full';
  return (error?.message || name || String(error)).slice(0, 160);
}

export async function createStorage({ lang }) {
  const tabId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  let db = null;
  try {
    if (typeof indexedDB === 'undefined') throw new Error('no IndexedDB');
    db = await openDb();
  } catch {
    db = null;
  }

  let app = null;
  let baseSeq = 0;          // the head this tab's next save builds on
  let savedRevision = -1;   // the app revision that is in storage
  let writing = null;       // the write in flight
  let timer = 0;
  let stale = false;
  let waiters = [];
  let lastSaved = -1;       // ms of the newest snapshot in storage (-1: none yet)
  const savedListeners = [];
  const channel = typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel('fieldbook') : null;

  // The last state reported to the app, also readable by tests (window.fieldbook.saveState()).
  let current = { state: db ? SaveState.Saved : SaveState.MemoryOnly, message: '' };
  const setState = (state, message = '') => {
    current = { state, message };
    app?.setSaveState(state, message);
  };
  let failed = false;
  const settleWaiters = () => {
    if (writing || timer) return;
    const ok = app && app.revision() === savedRevision;
    if (ok || !db || stale || failed) {
      const w = waiters;
      waiters = [];
      w.forEach((resolve) => resolve(ok));
    }
  };

  // A stored copy: "" when it opened, else why not. A damaged record (no text at all) is refused
  // like any other copy that does not load, rather than stopping the app.
  const openCopy = (snapshot) => (typeof snapshot?.json === 'string' ? app.openStored(snapshot.json) : 'the stored copy is damaged');
  const savedAtOf = (snapshot) => String(snapshot?.savedAt ?? '').slice(0, 16).replace('T', ' ');

  async function readAll() {
    const tx = db.transaction(['snapshots', 'meta'], 'readonly');
    const [snapshots, head] = await Promise.all([req(tx.objectStore('snapshots').getAll()), req(tx.objectStore('meta').get('head'))]);
    snapshots.sort((a, b) => b.seq - a.seq);
    return { snapshots, headSeq: head?.seq ?? 0 };
  }

  function write(json, revision) {
    return new Promise((resolve) => {
      let tx;
      try {
        tx = db.transaction(['snapshots', 'meta'], 'readwrite');
      } catch (e) {
        resolve({ ok: false, error: e });
        return;
      }
      let result = { ok: false, error: null };
      const meta = tx.objectStore('meta');
      const snaps = tx.objectStore('snapshots');
      const headReq = meta.get('head');
      headReq.onsuccess = () => {
        const headSeq = headReq.result?.seq ?? 0;
        if (headSeq !== baseSeq) {
          result = { ok: false, stale: true };
          tx.abort();
          return;
        }
        const seq = headSeq + 1;
        try {
          snaps.put({ seq, savedAt: new Date().toISOString(), revision, tab: tabId, json });
          meta.put({ seq, tab: tabId }, 'head');
          if (seq - KEEP >= 1) snaps.delete(IDBKeyRange.upperBound(seq - KEEP));
        } catch (e) {
          result = { ok: false, error: e };
          tx.abort();
          return;
        }
        result = { ok: true, seq };
      };
      tx.oncomplete = () => resolve(result);
      tx.onabort = () => resolve(result.ok ? { ok: false, error: tx.error } : { ...result, error: result.error ?? tx.error });
      tx.onerror = (e) => e.preventDefault();  // handled in onabort
    });
  }

  async function flush() {
    if (timer) { clearTimeout(timer); timer = 0; }
    if (!db || !app || stale) { settleWaiters(); return; }
    if (writing) { await writing; return flush(); }
    const revision = app.revision();
    if (revision === savedRevision) { settleWaiters(); return; }
    const json = app.storageSnapshot();
    if (!json) {
      // The document cannot be written; the app has set the failed state and says why.
      failed = true;
      settleWaiters();
      return;
    }
    writing = write(json, revision);
    const r = await writing;
    writing = null;
    failed = !r.ok && !r.stale;
    if (r.ok) {
      baseSeq = r.seq;
      savedRevision = revision;
      channel?.postMessage({ type: 'saved', seq: r.seq, tab: tabId });
      lastSaved = Date.now();
      savedListeners.forEach((f) => f());
      setState(app.revision() === savedRevision ? SaveState.Saved : SaveState.Pending);
      if (app.revision() !== savedRevision) schedule();
      if (r.seq === 1) navigator.storage?.persist?.().catch(() => {});
    } else if (r.stale) {
      stale = true;
      setState(SaveState.Stale);
    } else {
      setState(SaveState.Failed, describe(r.error, lang));
    }
    settleWaiters();
  }

  function schedule() {
    if (!timer) timer = setTimeout(() => { timer = 0; flush(); }, AUTOSAVE_MS);
  }

  // Another tab saved. Follow it when this tab has nothing unsaved; otherwise stop writing.
  channel?.addEventListener('message', async (e) => {
    if (e.data?.type !== 'saved' || e.data.tab === tabId || !app || e.data.seq <= baseSeq) return;
    if (app.revision() === savedRevision && !writing && !timer) {
      const { snapshots, headSeq } = await readAll();
      // An edit may have arrived while reading: then this tab has unsaved work and must not follow.
      if (app.revision() === savedRevision && !writing && !timer && snapshots.length && !openCopy(snapshots[0])) {
        baseSeq = headSeq;
        savedRevision = app.revision();
        setState(SaveState.Saved);
        return;
      }
    }
    stale = true;
    setState(SaveState.Stale);
  });

  const onHide = () => { if (document.visibilityState === 'hidden') flush(); };
  document.addEventListener('visibilitychange', onHide);
  window.addEventListener('pagehide', () => flush());

  return {
    available: db !== null,
    // Opens the newest snapshot that loads; returns a notice for the user, or ''.
    async open(wasmApp, { openSample }) {
      app = wasmApp;
      if (!db) {
        openSample();
        savedRevision = -1;
        setState(SaveState.MemoryOnly);
        return '';
      }
      const { snapshots, headSeq } = await readAll();
      baseSeq = headSeq;
      lastSaved = Date.parse(snapshots[0]?.savedAt ?? '') || -1;
      let notice = '';
      let firstError = '';
      for (let i = 0; i < snapshots.length; i++) {
        const error = openCopy(snapshots[i]);
        if (!error) {
          if (i > 0) {
            notice = lang === 'zh'
              ? `最近保存的版本无法读取（${firstError}），已打开 ${savedAtOf(snapshots[i])} 的备份。`
              : `The last saved copy could not be read (${firstError}); opened the backup from ${savedAtOf(snapshots[i])}.`;
          }
          savedRevision = app.revision();
          setState(SaveState.Saved);
          return notice;
        }
        firstError ||= error;
      }
      openSample();
      // The sample is not written until the user edits it: merely opening and leaving the page
      // must not push the copies that did not load (a damaged disk, or a newer Fieldbook's file
      // read by an older cached build) towards pruning.
      savedRevision = app.revision();
      if (snapshots.length) {
        notice = lang === 'zh'
          ? `保存的 ${snapshots.length} 个版本都无法读取（${firstError}）。它们仍保留在存储中。`
          : `None of the ${snapshots.length} saved copies could be read (${firstError}). They are kept in storage.`;
      }
      setState(SaveState.Saved);
      return notice;
    },
    changed() {
      if (!db) return;
      if (!stale) setState(SaveState.Pending);
      schedule();
    },
    flush,
    // When the newest snapshot was written (ms), or -1; and a callback after each write.
    lastSavedAt: () => lastSaved,
    onSaved: (f) => savedListeners.push(f),
    // {state, message}: state is one of 'saved', 'pending', 'failed', 'memoryOnly', 'stale'.
    state: () => ({ state: STATE_NAMES[current.state], message: current.message }),
    // Resolves true once every edit so far is in IndexedDB (false when that cannot happen:
    // no storage, a failed write, or a stale tab).
    saved() {
      return new Promise((resolve) => {
        waiters.push(resolve);
        if (timer || (app && app.revision() !== savedRevision && !stale && db)) flush();
        else settleWaiters();
      });
    },
  };
}
