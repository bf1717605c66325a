import { describe, expect, it } from 'vitest';
import { linesParser, squeeze } from '../support/page-lines.js';

const parse = linesParser('caption-echo.txt');
const captions = (page: ReturnType<typeof parse>): string[] =>
  page.articles.flatMap((a) => a.captions.map((c) => squeeze(c.text)));
const paragraphs = (page: ReturnType<typeof parse>): string[] =>
  page.articles.flatMap((a) => a.paragraphs.map(squeeze));

/** A report closed by a short last paragraph, then `line` set apart, then the next report's opening. */
const page = (line: string): string[] => [
  '县医院开通夜间门诊',
  '',
  '本报讯（通讯员 赵雪）为方便上班族就医，县人民医院从本月起开通夜间门诊，每天开诊至晚上九点。',
  '',
  '夜间门诊开设内科、外科和儿科。',
  '',
  line,
  '',
  '本报讯（记者 林晓阳）近日，枫林社区的紫藤长廊建成开放，长廊两侧种植了花木，居民们多了一处乘凉的去处。',
];

describe('a sentence set apart over the next report’s opening', () => {
  it('is that report’s photo caption when it names what the report tells of', () => {
    const p = parse(page('居民们在新修的紫藤长廊下乘凉。'));
    expect(captions(p)).toEqual(['居民们在新修的紫藤长廊下乘凉。']);
    expect(paragraphs(p)).not.toContain('居民们在新修的紫藤长廊下乘凉。');
  });

  it('is the story above’s last paragraph when it repeats that story’s words', () => {
    const p = parse(page('夜间门诊的挂号费与白天门诊相同。'));
    expect(captions(p)).toEqual([]);
    expect(paragraphs(p)).toContain('夜间门诊的挂号费与白天门诊相同。');
  });
});
