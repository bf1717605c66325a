import { describe, expect, it } from 'vitest';
import { linesParser, lost, readArticles } from '../support/page-lines.js';

/** Made-up briefs set as a text page gives them: one printed line a line, blank lines between blocks. */
const parse = linesParser('marked-briefs-apart.txt');

describe('briefs headed by ▲ lines set apart from their texts by blank lines', () => {
  it('reads each ▲ line as a brief’s headline, not as a photo’s caption', () => {
    const page = parse([
      '快讯',
      '',
      '▲古桥修缮后重新通行',
      '',
      '本报讯 4月12日，有着三百多年历史的永安桥修缮完工，恢复通行。',
      '',
      '修缮中，工人们尽量使用原有石料，保持古桥原貌。（记者 王一）',
      '',
      '▲城东新建三个口袋公园',
      '',
      '本报讯 近日，城东街道利用边角地新建三个口袋公园，总面积四千多',
      '平方米。（通讯员 李二）',
    ]);
    expect(readArticles(page)).toEqual([
      {
        headline: '古桥修缮后重新通行',
        captions: [],
        paragraphs: [
          '4月12日，有着三百多年历史的永安桥修缮完工，恢复通行。',
          '修缮中，工人们尽量使用原有石料，保持古桥原貌。',
        ],
      },
      {
        headline: '城东新建三个口袋公园',
        captions: [],
        paragraphs: ['近日，城东街道利用边角地新建三个口袋公园，总面积四千多平方米。'],
      },
    ]);
    expect(lost(page)).toEqual([]);
  });
});
