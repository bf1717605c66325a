/**
 * The review view's script and style, served as files (the view's Content-Security-Policy allows only
 * its own files): clicking a line opens the actions; an action is posted with the session's token, and
 * the view reloads when the dev server has rebuilt.
 */

/** The view's script. */
export const REVIEW_JS = `(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('review-data').textContent);
  var token = document.querySelector('meta[name="baoku-token"]').getAttribute('content');
  var panel = document.getElementById('actions');
  var status = document.getElementById('status');
  var chosen = null;
  var moving = null;
  function say(text) { status.textContent = text; }
  function select(li) {
    var old = document.querySelector('li.chosen');
    if (old) old.classList.remove('chosen');
    li.classList.add('chosen');
    chosen = Number(li.getAttribute('data-line'));
    document.getElementById('chosen-line').textContent = chosen + ': ' + li.querySelector('.t').textContent;
    panel.hidden = false;
  }
  function send(body) {
    say('保存中… saving…');
    fetch(location.pathname.replace(/\\/$/, '') + '/act', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-baoku-token': token },
      body: JSON.stringify(body)
    }).then(function (r) {
      return r.json().then(function (j) {
        if (!r.ok) throw new Error(j.error || r.status);
        document.body.setAttribute('data-written', j.entry);
        say('已写入 written ' + j.file + ': ' + j.entry + ' — 正在重建 rebuilding…');
      });
    }).catch(function (e) { say('失败 failed: ' + e.message); });
  }
  document.getElementById('lines').addEventListener('click', function (e) {
    var li = e.target.closest('li[data-line]');
    if (!li) return;
    if (moving !== null) {
      var from = moving;
      moving = null;
      send({ action: 'move', line: from, after: Number(li.getAttribute('data-line')) });
      return;
    }
    select(li);
  });
  panel.addEventListener('click', function (e) {
    var b = e.target.closest('button[data-action]');
    if (!b || chosen === null) return;
    var action = b.getAttribute('data-action');
    if (action === 'move') {
      moving = chosen;
      say('点击要放在其后的那一行 · click the line the block goes after');
      return;
    }
    var body = { action: action, line: chosen };
    if (action === 'headline') body.of = Number(document.getElementById('of').value);
    send(body);
  });
  void data;
})();
`;

/** The view's style: each article a colour, the line's part in the margin. */
export const REVIEW_CSS = `body{font:15px/1.5 system-ui,"Noto Sans CJK SC",sans-serif;margin:0;color:#1a1a1a}
header{padding:.6em 1em;background:#f3f1ec;border-bottom:1px solid #ccc}
main{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1em;padding:1em}
ol#lines{list-style:none;margin:0;padding:0;font-family:"Noto Sans Mono CJK SC",monospace;font-size:14px}
ol#lines li{display:grid;grid-template-columns:3.5em 2.5em 7.5em 1fr;gap:.4em;padding:0 .3em;border-left:6px solid transparent;cursor:pointer}
ol#lines li:hover{outline:1px dotted #555}
ol#lines li.chosen{outline:2px solid #000}
.n{color:#777;text-align:right}.k{font-weight:bold}.p{color:#444}
.warn{grid-column:3/5;color:#8a1c00;font-size:13px}
li.none{background:#fff;color:#666}
li.part-furniture .t,li.part-masthead .t{font-style:italic;color:#555}
li.part-unassigned{background:#ffe3e3}
li.part-headline .t,li.part-kicker .t,li.part-subhead .t{font-weight:bold}
.a0{background:#e8f1fb;border-color:#3b78c2!important}.a1{background:#eaf6e8;border-color:#3c8f3a!important}
.a2{background:#fbefe2;border-color:#c27a2b!important}.a3{background:#f3e9f8;border-color:#8b4bb0!important}
.a4{background:#e6f5f4;border-color:#2a8f86!important}.a5{background:#fbf6dc;border-color:#a8911c!important}
.a6{background:#f8e6ee;border-color:#b0456f!important}.a7{background:#edeef0;border-color:#5b6470!important}
#actions{position:sticky;top:0;background:#fff;border:1px solid #999;padding:.6em;margin-bottom:1em}
#actions button{margin:.15em}
#status{min-height:1.5em;color:#0b5394}
article{border-left:6px solid #ccc;padding:.3em .6em;margin:.5em 0}
article h3{margin:.2em 0;font-size:16px}
article p{margin:.2em 0;color:#333;font-size:14px}
`;
