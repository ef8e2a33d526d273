// Share links, "Export PNG" and the printable summary: the browser's half of shell/app/share.h.
//
// A shared ROI case travels in the URL fragment, `<page address>#roi=<payload>` (the prefix is
// roi::kShareLinkPrefix in src/roi/share_link.h). Browsers never send the fragment to a server.
// On boot (and when the fragment changes in an open tab) the payload goes to the app, which shows
// the case read-only or an error banner; the fragment is then removed from the address
// (history.replaceState) so a reload does not open it again.
//
// The test API (window.fieldbook) gains, from shareTestApi():
//   shareLink(caseId)  -> {ok: true, url} (the page address + "#roi=..."), or {ok: false, error}
//   sharedCase()       -> {open: true, outputs: {...}} while a shared case is shown (outputs as
//                         `fieldbook roi` prints them), {open: false, error} after a broken link
//   printedDocument()  -> the last printed summary: {text, title, styled, html} or null
import { copyText, pageAddress } from './clipboard.js';
import { saveFile } from './files.js';

export const SHARE_PREFIX = '#roi=';
const MAX_PASSED = 8 * 1024 + 1;  // the app refuses more than 8 KB: pass just enough to say so

let app = null;
let scheduler = null;
let printFrame = null;
const isTouchDevice = () => matchMedia('(pointer: coarse)').matches;

function report(result) {  // 0 shared, 1 copied, 2 failed
  app?.shareResult(result);
  scheduler?.request();
}

// Called by the app inside the tap on "Share" (share sheets and the clipboard need that).
function shareLink(fragment) {
  const url = pageAddress() + fragment;
  if (isTouchDevice() && navigator.share) {
    navigator.share({ url, title: 'Fieldbook ROI' }).then(() => report(0), (e) => {
      if (e?.name === 'AbortError') return;  // the user closed the sheet
      copyText(url).then((ok) => report(ok ? 1 : 2));
    });
    return;
  }
  copyText(url).then((ok) => report(ok ? 1 : 2));
}

// The canvas as last drawn (the WebGL context keeps its drawing buffer), as a PNG file. The app
// calls this at the start of a frame, while the canvas still holds the picture it drew for the
// purpose (meeting mode without its controls: App::request_picture); toBlob copies the pixels at
// once and only encodes them later, so the frame drawn next is not what gets saved.
function saveCanvasPng(name) {
  const canvas = document.getElementById('canvas');
  canvas.toBlob((blob) => { if (blob) saveFile(name, 'image/png', blob); }, 'image/png');
}

// Prints the summary from a hidden iframe. srcdoc keeps the page's origin, address and
// Content-Security-Policy, so the summary's <link href="print.css"> loads under style-src 'self'
// (a blob: document would have no base address for it), and no pop-up blocker is involved.
function printDocument(html) {
  printFrame?.remove();
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.title = 'print';
  frame.className = 'print-frame';
  Object.assign(frame.style, { position: 'fixed', right: '0', bottom: '0', width: '0', height: '0', border: '0' });
  frame.addEventListener('load', () => {
    try {
      frame.contentWindow.focus();
      frame.contentWindow.print();
    } catch (e) {
      console.warn('printing failed:', e);
    }
  }, { once: true });
  frame.srcdoc = html;
  document.body.appendChild(frame);
  printFrame = frame;
}

// Functions the C++ side calls through Module.host (web/fieldbook_lib.js).
export const shareHost = { pageAddress, shareLink, saveCanvasPng, printDocument };

function openFromAddress() {
  if (!app || !location.hash.startsWith(SHARE_PREFIX)) return;
  let payload = location.hash.slice(SHARE_PREFIX.length, SHARE_PREFIX.length + MAX_PASSED + 64);
  try { payload = decodeURIComponent(payload); } catch { /* left as it is: the app says what is wrong */ }
  payload = payload.trim().slice(0, MAX_PASSED);
  history.replaceState(history.state, '', pageAddress());
  app.openShareLink(payload);
  scheduler?.request();
}

// Once the workspace is open: opens a link the page was loaded with, and any pasted later.
export function attachShare(options) {
  app = options.app;
  scheduler = options.scheduler;
  openFromAddress();
  window.addEventListener('hashchange', openFromAddress);
}

export function shareTestApi(booted) {
  return {
    shareLink: async (caseId) => {
      const { app: a } = await booted;
      const r = a.shareFragment(String(caseId));
      return r.ok ? { ok: true, url: pageAddress() + r.fragment } : r;
    },
    sharedCase: () => (app ? app.sharedCase() : null),
    printedDocument: () => {
      const doc = printFrame?.contentDocument;
      if (!doc?.body) return null;
      const kpi = doc.querySelector('.kpi');
      return {
        title: doc.title,
        text: doc.body.innerText,
        html: doc.documentElement.outerHTML,
        // print.css lays the KPIs out as a grid: true once the stylesheet has applied.
        styled: !!kpi && getComputedStyle(kpi.parentElement).display === 'grid',
      };
    },
  };
}
