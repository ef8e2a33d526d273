// Opened from disk (file://), nothing of Fieldbook can run: browsers refuse module scripts, the
// compiled code and service workers there. This classic script still loads from disk (a module
// would not), so it replaces the endless "Opening…" with what to do, in the browser's language.
// No inline script: the page's Content-Security-Policy allows only files of the site.
(function () {
  if (location.protocol !== 'file:') return;
  var l = (navigator.languages && navigator.languages[0]) || navigator.language || 'en';
  var zh = /^zh\b/i.test(l);
  var text = zh
    ? 'Fieldbook 不能直接从本机文件（file://）打开：只有当页面来自网站服务器（http 或 https）时，浏览器才会运行它的程序、离线副本和数据存储。请将 fieldbook 文件夹放到网站服务器上，做法见发布包中的 DEPLOY.md（任何静态网站服务器均可）。只想在本机试用：在该文件夹中运行 python3 -m http.server 8000，再打开 http://localhost:8000/。'
    : 'Fieldbook cannot run from a file opened on this computer (file://): browsers run its code, its offline copy and its storage only when the page comes from a web server over http or https. Put the fieldbook folder on a web server; DEPLOY.md in the release package says how (any static server works). For a quick look on this computer: run python3 -m http.server 8000 in the folder, then open http://localhost:8000/.';
  var status = document.getElementById('status');
  status.classList.add('failed');
  status.setAttribute('data-failure', 'file');
  document.getElementById('status-text').textContent = text;
  document.getElementById('canvas').classList.add('hidden');
})();
