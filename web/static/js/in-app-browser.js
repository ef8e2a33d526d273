// The browsers inside chat apps (WeChat, WeCom, QQ, DingTalk, Feishu, Weibo, Alipay), where most
// links reach a rep's phone. They run the app while online, but many lack service workers (iOS
// in-app browsers), block downloads, and may clear the page's storage when closed. So: detect
// them, say once, in plain words, how to open the page in the system browser (the "…" menu),
// and turn a file the app saves into something the user can still take away: the share sheet
// where it can carry files, else the text to copy (JSON, CSV) or the picture to long-press.
//
// Plain DOM over the canvas like the update banner (offline.js): it must work whatever the app is
// drawing, in both languages at once where the app's language is not known yet.

// Order matters: WeCom's agent also says MicroMessenger.
const APPS = [
  { id: 'wecom', test: /wxwork/i, zh: '企业微信', en: 'WeCom' },
  { id: 'wechat', test: /MicroMessenger/i, zh: '微信', en: 'WeChat' },
  { id: 'qq', test: /\bQQ\/\d/i, zh: 'QQ', en: 'QQ' },
  { id: 'dingtalk', test: /DingTalk/i, zh: '钉钉', en: 'DingTalk' },
  { id: 'feishu', test: /Lark|Feishu/i, zh: '飞书', en: 'Feishu' },
  { id: 'weibo', test: /Weibo/i, zh: '微博', en: 'Weibo' },
  { id: 'alipay', test: /AlipayClient/i, zh: '支付宝', en: 'Alipay' },
];
import { copyText, pageAddress } from './clipboard.js';

const SEEN = 'fieldbook.inAppNoticeSeen';

const lang = () => (/^zh\b/i.test((navigator.languages && navigator.languages[0]) || navigator.language || '') ? 'zh' : 'en');

// The chat app whose browser this is ({id, zh, en}), or null for a browser of its own.
export function detectInAppBrowser(userAgent = navigator.userAgent) {
  return APPS.find((a) => a.test.test(userAgent ?? '')) ?? null;
}

// What the page can rely on here (also window.fieldbook.browser()).
export function browserFacts() {
  const app = detectInAppBrowser();
  return {
    inApp: app?.id ?? null,
    serviceWorker: 'serviceWorker' in navigator && window.isSecureContext,
    // None of these apps hands a download to the user; every other browser does.
    downloads: !app,
  };
}

function text(app) {
  const noOffline = !browserFacts().serviceWorker;
  return {
    zh: `你正在${app.zh}内打开 Fieldbook。联网时可以正常使用；但${noOffline ? '此处无法离线使用，' : ''}${app.zh}关闭后可能清除数据，也无法保存文件。`
      + '如需离线使用和保存文件，请点右上角的“…”，选择“在浏览器打开”。',
    en: `You opened Fieldbook inside ${app.en}. It works here while online, but ${noOffline ? 'not offline, and ' : ''}${app.en} may clear its data when closed and cannot save files. `
      + 'For offline use and saving files, tap “…” at the top right and choose “Open in browser”.',
  };
}

function button(id, label, primary) {
  const b = document.createElement('button');
  b.type = 'button';
  b.id = id;
  b.className = primary ? 'notice-primary' : 'notice-secondary';
  b.textContent = label;
  return b;
}

// Shown once per device: after "OK" it does not come back (the user knows), unless storage is
// cleared, which is what it warns about anyway.
export function showInAppNotice({ force = false } = {}) {
  const app = detectInAppBrowser();
  if (!app) return null;
  try {
    if (!force && localStorage.getItem(SEEN)) return null;
  } catch { /* no storage: show it */ }
  const zh = lang() === 'zh';
  const t = text(app);
  const box = document.createElement('div');
  box.id = 'inapp-notice';
  box.className = 'notice-card';
  box.setAttribute('role', 'dialog');
  box.setAttribute('aria-live', 'polite');
  const p = document.createElement('p');
  p.id = 'inapp-notice-text';
  p.textContent = zh ? t.zh : t.en;
  const copy = button('inapp-copy', zh ? '复制链接' : 'Copy link', false);
  const ok = button('inapp-ok', zh ? '知道了' : 'OK', true);
  copy.onclick = async () => {
    // The app's own address: no share fragment, and no query (?check, or what WeChat appends).
    const done = await copyText(pageAddress());
    copy.textContent = done ? (zh ? '已复制' : 'Copied') : (zh ? '无法复制' : 'Could not copy');
  };
  ok.onclick = () => {
    try { localStorage.setItem(SEEN, '1'); } catch { /* this visit only */ }
    box.remove();
  };
  const actions = document.createElement('div');
  actions.className = 'notice-actions';
  actions.append(copy, ok);
  box.append(p, actions);
  document.body.append(box);
  return box;
}

// A file the app saves, where no download reaches the user: its text to copy (JSON, CSV) or its
// picture to long-press (PNG), with the file's name, in a sheet over the app.
export function showFileForCopy(name, mime, bytes) {
  document.getElementById('file-sheet')?.remove();
  const zh = lang() === 'zh';
  const sheet = document.createElement('div');
  sheet.id = 'file-sheet';
  sheet.className = 'notice-card file-sheet';
  sheet.setAttribute('role', 'dialog');
  const title = document.createElement('p');
  title.className = 'file-sheet-name';
  title.textContent = name;
  const hint = document.createElement('p');
  hint.id = 'file-sheet-hint';
  const actions = document.createElement('div');
  actions.className = 'notice-actions';
  const close = button('file-sheet-close', zh ? '关闭' : 'Close', false);
  close.onclick = () => sheet.remove();
  let body;
  if (mime.startsWith('image/')) {
    hint.textContent = zh ? '此处无法下载文件。长按图片即可保存或发送。' : 'Files cannot be downloaded here. Long-press the picture to save or send it.';
    body = document.createElement('img');
    body.id = 'file-sheet-image';
    body.alt = name;
    body.src = URL.createObjectURL(new Blob([bytes], { type: mime }));
    actions.append(close);
  } else {
    hint.textContent = zh
      ? '此处无法下载文件。请全部复制，粘贴到备忘录或发给自己，之后在浏览器中保存为文件。'
      : 'Files cannot be downloaded here. Copy all of it and paste it into a note or a message to yourself; save it as a file in a browser later.';
    body = document.createElement('textarea');
    body.id = 'file-sheet-text';
    body.readOnly = true;
    body.value = new TextDecoder().decode(bytes);
    const copy = button('file-sheet-copy', zh ? '全部复制' : 'Copy all', true);
    copy.onclick = async () => {
      const done = await copyText(body.value);
      copy.textContent = done ? (zh ? '已复制' : 'Copied') : (zh ? '无法复制，请长按文字选择' : 'Could not copy: select the text by long-pressing');
    };
    actions.append(close, copy);
  }
  sheet.append(title, hint, body, actions);
  document.body.append(sheet);
  return sheet;
}
