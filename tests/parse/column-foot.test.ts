import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// A feature's subhead set at the foot of its first column, right under a finished sentence, over the text
// the next column goes on with (an export reads it as the last line of the column above). Written for this test.
const page = [
  '老木匠的新手艺',
  '',
  '清晨，石桥村的老木匠钟德厚已经在院子里刨木板了。',
  '他今年六十八岁，做了五十年木工活，村里不少人家的',
  '桌椅板凳都出自他手。',
  '网上开店卖木勺',
  '',
  '去年，在城里读大学的孙女帮他在网上开了一家小店，',
  '专卖手工木勺、木梳和小板凳。没想到订单一个接一个，',
  '最多的时候一个月卖出三百多件，远销好几个省份。',
  '',
  '河湾镇开通城乡公交专线',
  '',
  '本报讯（记者 罗方舟）本月起，河湾镇开通了镇区至',
  '县城的公交专线，每天往返十二个班次，票价两元。',
  '',
];

describe('a short line set at a column foot, under a finished sentence', () => {
  it('is a subhead of the article it stands in, not the headline of a new one', () => {
    const parsed = parse(page);
    expect(parsed.articles.map((a) => a.headline)).toEqual(['老木匠的新手艺', '河湾镇开通城乡公交专线']);
    expect(parsed.articles[0]!.paragraphs[1]).toBe('网上开店卖木勺');
    expect(parsed.articles[0]!.paragraphs[2]).toMatch(/^去年，/u);
  });
});
