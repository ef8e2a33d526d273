// The loading screen and its failure states: a plain message instead of a blank page or an
// endless spinner.
const MESSAGES = {
  webgl: {
    zh: '此浏览器无法使用 WebGL 2，Fieldbook 无法显示。请使用最新版的 Safari、Chrome 或 Edge，或在浏览器设置中开启硬件加速。',
    en: 'This browser cannot use WebGL 2, so Fieldbook cannot be shown. Please use a current Safari, Chrome or Edge, or turn on hardware acceleration in the browser settings.',
  },
  // A copy of the site without one of its files (the server answers 404 for it).
  missing: {
    zh: 'Fieldbook 未能加载：服务器上缺少文件 {detail}。请将 fieldbook 文件夹中的所有文件重新复制到服务器（参见发布包中的 DEPLOY.md），然后重新加载。你的数据仍保存在本设备上。',
    en: 'Fieldbook could not load: the server does not have {detail}. Copy every file of the fieldbook folder to the server again (see DEPLOY.md in the release package), then reload. Your data is still on this device.',
  },
  load: {
    zh: 'Fieldbook 未能加载（{detail}）。请检查网络后重新加载。你的数据仍保存在本设备上。',
    en: 'Fieldbook could not load ({detail}). Check the connection and reload. Your data is still on this device.',
  },
};

function lang() {
  const l = (navigator.languages && navigator.languages[0]) || navigator.language || 'en';
  return /^zh\b/i.test(l) ? 'zh' : 'en';
}

export function showFailure(kind, detail = '') {
  const status = document.getElementById('status');
  const text = document.getElementById('status-text');
  const reload = document.getElementById('status-reload');
  status.classList.remove('done');
  status.classList.add('failed');
  status.dataset.failure = kind;
  text.textContent = MESSAGES[kind][lang()].replace('{detail}', String(detail).slice(0, 200));
  if (kind === 'load' || kind === 'missing') {
    reload.textContent = lang() === 'zh' ? '重新加载' : 'Reload';
    reload.classList.remove('hidden');
    reload.onclick = () => location.reload();
  }
  document.getElementById('canvas').classList.add('hidden');
}

export function hideStatus() {
  document.getElementById('status').classList.add('done');
}

export function webgl2Supported() {
  try {
    const c = document.createElement('canvas');
    return !!c.getContext('webgl2');
  } catch {
    return false;
  }
}
