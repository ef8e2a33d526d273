// The workspace in IndexedDB, written directly (not through a file-system emulation):
// - each save is ONE transaction that checks the head revision (compare-and-set), writes the new
//   snapshot and prunes to the newest KEEP snapshots — so the last 5 saves stay as backups;
// - autosave shortly after an edit (a burst of edits costs one write) and at once when the page
//   is hidden or closed;
// - the snapshot is written in slices, one short task each, so frames and input never wait for
//   it (the first save after a 100,000-customer import is ~7 MB of text); when the page is being
//   hidden or closed, at once; a snapshot over 512 KB is stored as a Blob of its chunks;
// - start-up opens the newest snapshot that loads, falling back through the backups;
// - two tabs never silently overwrite each other: a tab whose base revision is no longer the
//   head stops writing and offers to reload; BroadcastChannel tells idle tabs to follow along;
// - no IndexedDB (private mode) or a full disk: the app keeps working in memory and says so.
const DB_NAME = 'fieldbook';
const DB_VERSION = 1;
const KEEP = 6;            // the current snapshot + 5 backups
const AUTOSAVE_MS = 400;   // well within the promised second
const SLICE_MS = 8;        // a slice of the snapshot: a step of the writer of at most this long,
const SLICE_BYTES = 512 * 1024;  // or this much text written or taken over
// A larger snapshot is stored as a Blob made of its chunks, not as one string: put() copies a
// string in one go (hundreds of ms for 7 MB on a slow machine), a Blob is only referenced.
const TEXT_MAX = SLICE_BYTES;

// Runs `f` in a task of its own, soon: a message, which (unlike a chain of setTimeout(0)) is not
// held back 4 ms each time, and lets the browser draw and handle input first when they are due.
const queued = [];
const taskChannel = new MessageChannel();
taskChannel.port1.onmessage = () => queued.shift()?.();
const inNextTask = (f) => {
  queued.push(f);
  taskChannel.port2.postMessage(0);
};

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
  // Any other refusal is the browser's, in its words (English): a Chinese page says what happened
  // and keeps the browser's name for it, for whoever is asked to help.
  const detail = (error?.message || name || String(error)).slice(0, 160);
  return lang === 'zh' ? `浏览器拒绝写入本地存储，错误 ${name || detail}` : detail;
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
  let hurry = null;         // finishes the snapshot being written in slices, in this task
  let lastSave = null;      // what the last save took (window.fieldbook.saveStats())
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

  // A stored copy's text: a string, or a Blob (a large snapshot, see saveRevision); null when it
  // has neither or the Blob cannot be read.
  const textOf = async (snapshot) => {
    const json = snapshot?.json;
    if (typeof json === 'string') return json;
    if (typeof Blob !== 'undefined' && json instanceof Blob) return json.text().catch(() => null);
    return null;
  };
  // Opens a copy's text: "" when it opened, else why not. A damaged record (no text at all) is
  // refused like any other copy that does not load, rather than stopping the app.
  const damaged = lang === 'zh' ? '保存的副本已损坏' : 'the stored copy is damaged';
  const openText = (text) => (typeof text === 'string' ? app.openStored(text) : damaged);
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
      let putMs = 0;
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
          const t0 = performance.now();
          snaps.put({ seq, savedAt: new Date().toISOString(), revision, tab: tabId, json });
          putMs = performance.now() - t0;  // the browser copies the text here
          meta.put({ seq, tab: tabId }, 'head');
          if (seq - KEEP >= 1) snaps.delete(IDBKeyRange.upperBound(seq - KEEP));
        } catch (e) {
          result = { ok: false, error: e };
          tx.abort();
          return;
        }
        result = { ok: true, seq, putMs };
      };
      tx.oncomplete = () => resolve(result);
      tx.onabort = () => resolve(result.ok ? { ok: false, error: tx.error } : { ...result, error: result.error ?? tx.error });
      tx.onerror = (e) => e.preventDefault();  // handled in onabort
    });
  }

  // The snapshot of `revision` in slices, one per task: a step of the writer (app.snapshotStep,
  // bounded by SLICE_MS and SLICE_BYTES), or one chunk of its text, taken as a string (a small
  // snapshot) or as bytes for a Blob; then one write. `now`: all in this task (the page is being
  // hidden or closed and may get no other).
  function saveRevision(revision, now) {
    return new Promise((resolve) => {
      const sliceMs = [];
      const parts = [];
      let stepping = true;
      let asText = true;
      let ended = false;
      const started = performance.now();
      app.snapshotBegin();
      // Returns the whole text (a string or a Blob) once it is taken over, '' when the document
      // cannot be written, null while there is more.
      const slice = (ms, bytes) => {
        const t0 = performance.now();
        let out = null;
        if (stepping) {
          const r = app.snapshotStep(ms, bytes);
          if (r < 0) out = '';
          stepping = r === 0;
          if (r === 1) asText = app.snapshotStats().bytes <= TEXT_MAX;
        } else if (asText) {
          const chunk = app.snapshotChunk(bytes);
          if (chunk) parts.push(chunk);
          else out = parts.join('');
        } else {
          const chunk = app.snapshotChunkBlob(bytes);
          if (chunk) parts.push(chunk);
          else out = new Blob(parts, { type: 'application/json' });
        }
        sliceMs.push(performance.now() - t0);
        return out;
      };
      const finish = (json) => {
        ended = true;
        hurry = null;
        if (json === '') {
          resolve({ ok: false, cannotWrite: true });
          return;
        }
        const writer = app.snapshotStats();
        const stats = {
          slices: sliceMs.length, maxSliceMs: Math.max(...sliceMs), budgetMs: SLICE_MS, budgetBytes: SLICE_BYTES,
          steps: writer.steps, maxStepMs: writer.maxStepMs, maxStepBytes: writer.maxStepBytes, rows: writer.rows,
          bytes: writer.bytes, stored: asText ? 'text' : 'blob', startedAt: started, urgent: now,
        };
        write(json, revision).then((r) => {
          lastSave = { ...stats, putMs: r.putMs ?? 0, endedAt: performance.now() };
          resolve(r);
        });
      };
      const next = () => {
        if (ended) return;
        const json = slice(SLICE_MS, SLICE_BYTES);
        if (json === null) inNextTask(next);
        else finish(json);
      };
      hurry = () => {
        let json = null;
        while (json === null) json = slice(Infinity, 2 ** 31 - 1);
        finish(json);
      };
      if (now) hurry();
      else next();
    });
  }

  async function flush({ now = false } = {}) {
    if (timer) { clearTimeout(timer); timer = 0; }
    if (!db || !app || stale) { settleWaiters(); return; }
    if (writing) {
      if (now) hurry?.();
      await writing;
      return flush({ now });
    }
    const revision = app.revision();
    if (revision === savedRevision) { settleWaiters(); return; }
    writing = saveRevision(revision, now);
    const r = await writing;
    writing = null;
    if (r.cannotWrite) {
      // The document cannot be written; the app has set the failed state and says why.
      failed = true;
      settleWaiters();
      return;
    }
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
      const text = await textOf(snapshots[0]);
      // An edit may have arrived while reading: then this tab has unsaved work and must not follow.
      if (app.revision() === savedRevision && !writing && !timer && !openText(text)) {
        baseSeq = headSeq;
        savedRevision = app.revision();
        setState(SaveState.Saved);
        return;
      }
    }
    stale = true;
    setState(SaveState.Stale);
  });

  const onHide = () => { if (document.visibilityState === 'hidden') flush({ now: true }); };
  document.addEventListener('visibilitychange', onHide);
  window.addEventListener('pagehide', () => flush({ now: true }));

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
        const error = openText(await textOf(snapshots[i]));
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
    flush: () => flush(),
    // What the last save took: {slices, maxSliceMs, steps, maxStepMs, maxStepBytes, rows, bytes,
    // stored ('text' or 'blob'), budgetMs, budgetBytes, putMs, startedAt, endedAt, urgent} (ms;
    // times from performance.now()).
    saveStats: () => lastSave,
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
