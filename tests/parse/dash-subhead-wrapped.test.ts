import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// A headline ending in ？ that a narrow column broke over two lines (…“前冷后 / 热”？), over a 副题 opened by a
// dash: set apart by blank lines as a text page sets blocks, or run together as OCR reads them. Written for
// this test.
const before = [
  '城西菜场改造完工',
  '',
  '本报讯（记者 林青）城西菜场改造昨日完工，新增摊位四十个，',
  '场内统一安装了电子价签。',
  '',
];
const after = [
  '本报记者 王一舟',
  '',
  '霜降过后，正是秋粮收购的高峰。记者近日走访城西粮站发现，',
  '开秤头几天送粮的农户寥寥无几，最近一周却排起了长队。',
  '',
  '粮站站长介绍，今年新粮水分偏高，农户大多先晒再卖，',
  '收购量因此集中在后半个月。',
];

describe('a headline broken over two lines over a dash 副题', () => {
  it('is the headline when set apart from it by a blank line', () => {
    const page = parse([...before, '秋粮收购为何“前冷后', '热”？', '', '——来自城西粮站的调查', '', ...after]);
    const a = page.articles[1]!;
    expect(a.headline).toBe('秋粮收购为何“前冷后热”？');
    expect(a.subhead).toBe('——来自城西粮站的调查');
    expect(a.kicker).toBeNull();
  });
  it('is the headline, no 引题 over a stub, when the three lines run together', () => {
    const page = parse([...before, '秋粮收购为何“前冷后', '热”？', '——来自城西粮站的调查', '', ...after]);
    const a = page.articles[1]!;
    expect(a.headline).toBe('秋粮收购为何“前冷后热”？');
    expect(a.subhead).toBe('——来自城西粮站的调查');
    expect(a.kicker).toBeNull();
  });
});
