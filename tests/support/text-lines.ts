/**
 * The page's text as a reading-order export gives it (like OmniDocBench's annotated lines of a scan): one line
 * per printed line, in the order the HTML sets the page (header strip, masthead, then each block top down), a
 * blank line between blocks and where a column breaks. No OCR errors, no digit runs: what is left to the
 * parser is the page's structure alone (section names, kickers, 副题, credits, captions).
 */

/** Browser code (a string, so no bundler helper leaks into it) that returns the page's lines. */
export const READ_LINES = `(() => {
  const BLOCK = 'p, h2, h4, figcaption, .pc, .kicker, .sub, .bt, .banner, .latin, .plate, .strip > span, .lines > span, .footer > span, .label > span';
  const walker = document.createTreeWalker(document.querySelector('.page'), NodeFilter.SHOW_TEXT);
  const out = [];
  let block = null;
  let line = '';
  let last = null;
  const flush = (gap) => {
    if (line.trim()) out.push(line.trim());
    line = '';
    if (gap && out.length && out[out.length - 1] !== '') out.push('');
  };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const owner = node.parentElement.closest(BLOCK);
    if (owner !== block) { flush(true); block = owner; last = null; }
    const range = document.createRange();
    for (let i = 0; i < node.data.length; i++) {
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const r = range.getClientRects()[0];
      if (!r) { line += node.data[i]; continue; }
      // Note: a column break moves up to the next column's top; a new line moves down.
      if (last && r.top < last.top - r.height * 0.6) flush(true);
      else if (last && r.top > last.top + r.height * 0.6) flush(false);
      line += node.data[i];
      last = r;
    }
  }
  flush(false);
  return out.join('\\n');
})()`;
