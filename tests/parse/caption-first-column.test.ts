import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// The lead at the top of the page has its photo over its first column: a text layer reads the caption right
// over the dateline, and the photo's credit, set flush right under it, in the middle of the column's text.
// Written for this test.
const page = [
  '青禾日报',
  '2024年4月2日 星期二 第3版 责任编辑：王林',
  '',
  '年货大集人气旺',
  '',
  '市民在集市上挑选春联。',
  '本报讯（记者 李明）1月14日一早，青禾镇老街上人头攒动，',
  '一年一度的年货大集开市了，两百多个摊位从街头排到街尾。',
  '镇里安排了四十名志愿者维持秩序，集市周边新设临时停车',
  '位六百个。',
  '张三/摄',
  '集市将持续到腊月二十八，预计吸引游客十万人次。',
  '',
];

describe('a caption over the first column of the page’s first article', () => {
  it('takes the photo’s credit; the text’s last sentence stays text', () => {
    const a = parse(page).articles[0]!;
    expect(a.captions.map((c) => c.text.replace(/\s/gu, ''))).toEqual(['市民在集市上挑选春联。张三/摄']);
    expect(a.paragraphs.join('')).toContain('集市将持续到腊月二十八');
  });
});
