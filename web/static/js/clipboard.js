// The page's address and the clipboard, for share.js (links, QR codes) and in-app-browser.js (its
// Copy buttons): a module of their own, so neither imports the other.

// The page without its fragment and query: a link opened from a WeChat chat arrives with
// "?from=groupmessage" and the like, and "?check" opens the self-check; neither belongs in a
// link, a QR code or an address to paste into the system browser.
export const pageAddress = () => location.href.split('#')[0].split('?')[0];

export function copyText(text) {
  if (navigator.clipboard?.writeText) {
    return navigator.clipboard.writeText(text).then(() => true, () => copyWithSelection(text));
  }
  return Promise.resolve(copyWithSelection(text));
}

// Older browsers and pages without clipboard permission: a selected, off-screen text field.
function copyWithSelection(text) {
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  Object.assign(field.style, { position: 'fixed', left: '-9999px', top: '0' });
  document.body.appendChild(field);
  field.select();
  let ok = false;
  try { ok = document.execCommand('copy'); } catch { ok = false; }
  field.remove();
  return ok;
}
