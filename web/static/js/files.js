// Files in and out: export as a download (or the share sheet on tablets, where a download has
// nowhere useful to go), import through the file picker or by dropping a file on the page.
const isTouchDevice = () => matchMedia('(pointer: coarse)').matches;

export function saveFile(name, mime, bytes) {
  const blob = new Blob([bytes], { type: mime });
  if (isTouchDevice() && typeof File !== 'undefined' && navigator.canShare) {
    const file = new File([blob], name, { type: mime });
    if (navigator.canShare({ files: [file] })) {
      navigator.share({ files: [file], title: name }).catch((e) => {
        if (e?.name !== 'AbortError') download(blob, name);  // share refused: fall back
      });
      return;
    }
  }
  download(blob, name);
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

export function attachFiles({ app }) {
  const deliver = async (file, purpose) => {
    const bytes = new Uint8Array(await file.arrayBuffer());
    app.receiveFile(purpose, file.name, bytes);
  };

  window.addEventListener('dragover', (e) => {
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
  });
  window.addEventListener('drop', (e) => {
    e.preventDefault();
    const file = e.dataTransfer?.files?.[0];
    if (file) deliver(file, purposeOf(file));
  });

  return {
    saveFile,
    // Must run inside the user's tap or click (browsers open pickers only then); the app calls
    // it synchronously from the frame that handled the tap.
    openFilePicker(accept, purpose) {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = accept;
      input.className = 'hidden';
      input.addEventListener('change', () => {
        const file = input.files?.[0];
        input.remove();
        if (file) deliver(file, purpose);
      }, { once: true });
      document.body.appendChild(input);
      input.click();
    },
  };
}
