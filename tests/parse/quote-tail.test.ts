import { describe, expect, it } from 'vitest';
import { expectMovedBack, movedBlockPage } from '../support/moved-block.js';
import { parseKept as parse } from '../support/parse-kept.js';

// OCR read the last line of a column as a block of its own, after another article: it closes a quotation
// (…朋友。”) whose opening mark OCR lost (说：以前…), and no word runs across the join. A paragraph never
// opens inside a quotation, so the line goes back after the text it ends. Written for this test.
const page = movedBlockPage(
  [
    '东岸社区办起邻里节',
    '本报讯（记者 林红）昨天，东岸社区举办第一届邻里节，',
    '居民们带来自家做的菜，在院子里摆起了百家宴，大家',
    '边吃边聊。七十岁的周大爷笑着说：以前住一栋楼也',
    '互不认识，这几年社区活动多了，楼里的老邻居们现在',
  ],
  ['都成了常来常往的朋友。”'],
);

describe('a line that closes a quotation it never opened', () => {
  it('goes back after the text it ends, not into the article it was read after', () => {
    expectMovedBack(page, /老邻居们现在都成了常来常往的朋友。”$/u, '朋友');
  });
  it('a paragraph that opens its own quotation after a colon stays where it is', () => {
    const own = [...page.slice(0, 11), '', '站长说：线路开通后，早高峰的车次还会增加。”', ...page.slice(13)];
    const parsed = parse(own.join('\n'));
    expect(parsed.articles[1]!.paragraphs.join('')).toContain('站长说：线路开通后');
    expect(parsed.articles[0]!.paragraphs.join('')).not.toContain('站长说');
  });
});
