// Browser storage for the workspace: IndexedDB, written directly (not through a file-system
// emulation), so a save is one transaction that either lands or does not.
const DB_NAME = 'fieldbook';
const STORE = 'snapshots';

function request(req) {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

export async function openStorage() {
  let db = null;
  try {
    const open = indexedDB.open(DB_NAME, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(STORE);
    db = await request(open);
  } catch (e) {
    db = null;  // private mode or storage disabled: work in memory
  }
  let pending = Promise.resolve();
  return {
    available: db !== null,
    async load() {
      if (!db) return null;
      const tx = db.transaction(STORE, 'readonly');
      return (await request(tx.objectStore(STORE).get('current'))) ?? null;
    },
    save(json) {
      if (!db) return;
      pending = pending.then(() => new Promise((resolve) => {
        const tx = db.transaction(STORE, 'readwrite');
        tx.objectStore(STORE).put(json, 'current');
        tx.oncomplete = () => resolve();
        tx.onerror = tx.onabort = () => resolve();
      }));
    },
    idle: () => pending,
  };
}
