import { describe, expect, it } from 'vitest';
import { curlQuotes, normalizePunct } from '../../src/text/punct.js';
import { parseKept as parse } from '../support/parse-kept.js';

// OCR reads a Chinese page's curly quotes as straight ones. Lines written for these tests.
describe('straight quotes OCR read in Chinese text', () => {
  it('open and close as the page printed them, across a line break too', () => {
    expect(curlQuotes(['秋粮收购为何"前冷后', '热"?'])).toEqual(['秋粮收购为何“前冷后', '热”?']);
    expect(curlQuotes(['他说: "今年的收成', '比去年好。" 粮站', '站长说。'])).toEqual([
      '他说: “今年的收成',
      '比去年好。” 粮站',
      '站长说。',
    ]);
    expect(normalizePunct(curlQuotes(['为何"前冷后', '热"?'])[1]!)).toBe('热”？');
  });
  it('follow the curly quotes OCR did read, and and judge each quote by its neighbours first', () => {
    expect(curlQuotes(['“小饭桌"要管好'])).toEqual(['“小饭桌”要管好']);
    expect(curlQuotes(['他说"好', '', '"坐船"难'])).toEqual(['他说“好', '', '“坐船”难']);
    expect(curlQuotes(['他说"今天', '', '下雨"。', '她说"好"。'])).toEqual(['他说“今天', '', '下雨”。', '她说“好”。']);
  });
  it('leave an inch mark straight and out of the pairing', () => {
    expect(curlQuotes(['新买的55"电视，他说"很好"。'])).toEqual(['新买的55"电视，他说“很好”。']);
  });
  it('curl a long line of quotes in one pass (each quote is judged by its neighbours, not by the line so far)', () => {
    const curled = curlQuotes(['字"'.repeat(40000)])[0]!;
    expect(curled.startsWith('字“字”字“')).toBe(true);
    expect(curled).not.toContain('"');
  });
  it('stay straight between Latin letters or digits', () => {
    expect(curlQuotes(['屏幕 6.5" 大', 'a "b" c'])).toEqual(['屏幕 6.5" 大', 'a "b" c']);
  });
  it('are curly in a headline a page parses', () => {
    const page = parse(['社区"小饭桌"开张了', '', '本报讯（记者 林青）城西社区的“小饭桌”昨日开张，每天供应午餐。']);
    expect(page.articles[0]!.headline).toBe('社区“小饭桌”开张了');
  });
});
