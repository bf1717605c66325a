import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// A text page (the printed lines in reading order, a blank line between blocks) of made-up notices: the last
// sentence of one is an aside in brackets, its stop inside them (…报名。）).

describe('a notice whose text ends in brackets after its stop', () => {
  const page = [
    '石桥镇中心小学招生公告',
    '',
    '石桥镇中心小学2025年秋季招收一年级新生，请适龄儿童家长携带户口簿、',
    '出生证明到学校教务处登记。（周末照常办理，逾期不再受理报名。）',
    '',
    '石桥镇教育办公室',
    '',
    '2025年6月3日',
    '',
    '河东社区开设老年书法班',
    '',
    '本报讯（记者 岑溪）河东社区日前开设老年书法班，每周二、周四下午上课，',
    '首期已有四十多位老人报名参加。',
  ].join('\n');
  it('is signed and dated by its issuer all the same, and the next head opens the next piece', () => {
    const parsed = parse(page);
    expect(parsed.articles.map((a) => a.headline)).toEqual(['石桥镇中心小学招生公告', '河东社区开设老年书法班']);
    // (Its issuer and its date close its text: whether as one paragraph or two is another rule's.)
    expect(parsed.articles[0]!.paragraphs.join('')).toMatch(/受理报名。）石桥镇教育办公室2025年6月3日$/u);
  });
});
