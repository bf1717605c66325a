/* baoku client: font size, permalinks, copying citations. A classic script (no modules, no network), so it runs from disk. */
(function () {
  'use strict';
  var KEY = 'baoku-font-size';
  var root = document.documentElement;

  function setFont(size) {
    root.setAttribute('data-font', size);
    var buttons = document.querySelectorAll('[data-font]');
    for (var i = 0; i < buttons.length; i++) {
      if (buttons[i].tagName === 'BUTTON') buttons[i].setAttribute('aria-pressed', String(buttons[i].getAttribute('data-font') === size));
    }
    try { localStorage.setItem(KEY, size); } catch (e) { /* storage may be off for file:// */ }
  }

  var saved = null;
  try { saved = localStorage.getItem(KEY); } catch (e) { saved = null; }
  if (saved === 'large' || saved === 'small' || saved === 'medium') root.setAttribute('data-font', saved);

  /* A site built without its address learns it where it is read: the page's own, without the query. */
  function fillPermalinks() {
    var link = document.querySelector('a[data-permalink]');
    if (!link || /^https?:/.test(link.getAttribute('href') || '')) return;
    var here = location.href.replace(/[?#].*$/, '');
    var shown = document.querySelectorAll('[data-permalink]');
    for (var i = 0; i < shown.length; i++) shown[i].textContent = here;
    link.setAttribute('href', here);
    /* A file on this computer is no address to cite; one on the web is. */
    if (!/^https?:/.test(here)) return;
    var forms = document.querySelectorAll('[data-cite-url="add"]');
    for (var k = 0; k < forms.length; k++) {
      var text = forms[k].textContent || '';
      forms[k].textContent = forms[k].getAttribute('data-cite-form') === 'mla' ? text.replace(/\.$/, ', ' + here + '.') : text + ' ' + here;
    }
  }

  /* 历史上的今天: the issues that came out on this day of the year in earlier years (the reader's today). */
  function onThisDay() {
    var box = document.getElementById('on-this-day');
    var days = window.baokuDays;
    if (!box || !days) return;
    var now = new Date();
    var pad = function (n) { return (n < 10 ? '0' : '') + n; };
    var list = (days[pad(now.getMonth() + 1) + '-' + pad(now.getDate())] || []).filter(function (e) { return Number(e[0].slice(0, 4)) < now.getFullYear(); });
    if (!list.length) return;
    var ul = box.querySelector('ul');
    for (var i = 0; i < list.length; i++) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.setAttribute('href', list[i][1]);
      a.textContent = list[i][2];
      li.appendChild(a);
      if (list[i][3]) li.appendChild(document.createTextNode('：' + list[i][3]));
      ul.appendChild(li);
    }
    box.hidden = false;
  }

  /* The whole site as one zip (about page): offered with its size where the build left it; an unzipped
     copy's note says there is none, and the offer stays hidden. */
  function offerDownload() {
    var box = document.getElementById('download');
    var zip = window.baokuDownload;
    if (!box || !zip) return;
    var mb = zip.bytes / 1048576;
    var size = mb >= 1 ? mb.toFixed(1) + ' MB' : Math.max(1, Math.round(zip.bytes / 1024)) + ' KB';
    var shown = box.querySelector('[data-download-size]');
    if (shown) shown.textContent = size;
    box.hidden = false;
  }

  function say(button, message) {
    var status = button.closest('section') && button.closest('section').querySelector('.copy-status');
    if (status) status.textContent = message;
  }

  /* The clipboard API first; where it is missing or refused (some browsers over file://), the older copy
     command on a selection; where that fails too, the text is left selected for the reader to copy. */
  function copy(button, source) {
    var text = source.textContent || '';
    var done = function () { say(button, '已复制：' + text); };
    var fallback = function () {
      selectText(source);
      var ok = false;
      try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
      if (ok) done();
      else say(button, '浏览器不允许脚本复制：文字已选中，请按 Ctrl+C（Mac 上按 ⌘C）复制。');
    };
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(done, fallback);
    else fallback();
  }

  document.addEventListener('DOMContentLoaded', function () {
    setFont(root.getAttribute('data-font') || 'medium');
    fillPermalinks();
    onThisDay();
    offerDownload();
    document.addEventListener('click', function (event) {
      var target = event.target;
      if (!(target instanceof Element)) return;
      var font = target.closest('button[data-font]');
      if (font) setFont(font.getAttribute('data-font'));
      var button = target.closest('button[data-copy]');
      if (button) {
        var source = document.getElementById(button.getAttribute('data-copy'));
        if (source) copy(button, source);
      }
    });
  });

  function selectText(node) {
    var range = document.createRange();
    range.selectNodeContents(node);
    var sel = window.getSelection();
    if (sel) { sel.removeAllRanges(); sel.addRange(range); }
  }
})();
