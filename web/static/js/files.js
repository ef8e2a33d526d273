// Files in and out: export as a download (or the share sheet on tablets, where a download has
// nowhere useful to go), import through the file picker or by dropping a file on the page.
import { browserFacts, showFileForCopy } from './in-app-browser.js';

const isTouchDevice = () => matchMedia('(pointer: coarse)').matches;

export function saveFile(name, mime, bytes) {
  const blob = new Blob([bytes], { type: mime });
  const noDownloads = !browserFacts().downloads;
  // A chat app's browser drops downloads without a word: show the file instead (in-app-browser.js).
  const fallBack = () => (noDownloads ? showFileForCopy(name, mime, bytes) : download(blob, name));
  if ((isTouchDevice() || noDownloads) && typeof File !== 'undefined' && navigator.canShare) {
    const file = new File([blob], name, { type: mime });
    if (navigator.canShare({ files: [file] })) {
      navigator.share({ files: [file], title: name }).catch((e) => {
        if (e?.name !== 'AbortError') fallBack();  // share refused
      });
      return;
    }
  }
  fallBack();
}

function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

// Purposes by file kind, for dropped files.
function purposeOf(file) {
  if (/\.json$/i.test(file.name) || file.type === 'application/json') return 'workspace';
  if (/\.(csv|txt|tsv)$/i.test(file.name) || file.type === 'text/csv') return 'rfm';
  return 'workspace';
}

// Several files dropped at once are the manager's team import (each a rep's "send to my
// manager" file); one file goes where its kind says (a workspace file, or a CSV for RFM). The app
// itself sends a workspace file to the team import while that dialog is open (App::receive_file),
// so a file dropped onto the open dialog joins it.
function purposeOfDrop(files) {
  const json = files.filter((f) => purposeOf(f) === 'workspace');
  return files.length > 1 && json.length === files.length ? 'team' : purposeOf(files[0]);
}

export function attachFiles({ app }) {
  // Every file's bytes first, then all of them to the app at once, in the order chosen: the team
  // import knows from its first frame how many files it is reading (its progress bar says n of N).
  const deliver = async (files, purpose) => {
    const all = await Promise.all(files.map(async (file) => [file.name, new Uint8Array(await file.arrayBuffer())]));
    for (const [name, bytes] of all) app.receiveFile(purpose, name, bytes);
  };

  window.addEventListener('dragover', (e) => {
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
  });
  window.addEventListener('drop', (e) => {
    e.preventDefault();
    const files = [...(e.dataTransfer?.files ?? [])];
    if (!files.length) return;
    const purpose = purposeOfDrop(files);
    deliver(purpose === 'team' ? files : files.slice(0, 1), purpose);
  });

  return {
    saveFile,
    // Must run inside the user's tap or click (browsers open pickers only then); the app calls
    // it synchronously from the frame that handled the tap. The team import takes many files.
    openFilePicker(accept, purpose) {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = accept;
      input.multiple = purpose === 'team';
      input.className = 'hidden';
      input.addEventListener('change', () => {
        const files = [...(input.files ?? [])];
        input.remove();
        if (files.length) deliver(files, purpose);
      }, { once: true });
      document.body.appendChild(input);
      input.click();
    },
  };
}
