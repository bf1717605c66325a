/* baoku client: font size, copy citation. A classic script (no modules, no network), so it runs from disk. */
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

  document.addEventListener('DOMContentLoaded', function () {
    setFont(root.getAttribute('data-font') || 'medium');
    document.addEventListener('click', function (event) {
      var target = event.target;
      if (!(target instanceof Element)) return;
      var font = target.closest('button[data-font]');
      if (font) setFont(font.getAttribute('data-font'));
      var copy = target.closest('button[data-copy]');
      if (copy) {
        var source = document.getElementById(copy.getAttribute('data-copy'));
        if (!source) return;
        var text = source.textContent || '';
        var done = function () { copy.textContent = '已复制'; };
        if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(done, function () { selectText(source); });
        else selectText(source);
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
