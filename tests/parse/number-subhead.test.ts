import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// A 副题 about as long as its headline, telling the figures the headline leaves out. Written for these tests.

describe('a line under a headline that tells numbers the headline does not', () => {
  it('is the 副题, not the headline’s second line', () => {
    const page = parse([
      '山乡茶园迎来采摘季',
      '今春已采收鲜叶320吨',
      '',
      '本报讯（记者 卢清扬）连日来，云岫乡',
      '的茶园里一片忙碌，采茶工人穿梭在茶垄',
      '之间，新建的加工厂日夜不停地炒制新茶。',
    ]);
    expect(page.articles.map((a) => [a.headline, a.subhead])).toEqual([['山乡茶园迎来采摘季', '今春已采收鲜叶320吨']]);
  });

  it('leaves a headline whose first line tells the numbers whole', () => {
    const page = parse([
      '全乡新建通村公路48公里',
      '山里人出行更方便',
      '',
      '本报讯（记者 卢清扬）今年以来，云岫乡',
      '新建通村公路四十八公里，十二个行政村',
      '全部通上了水泥路，村民出行更方便了。',
    ]);
    expect(page.articles[0]!.kicker ?? '').toBe('');
    expect([page.articles[0]!.headline, page.articles[0]!.subhead].join('')).toBe(
      '全乡新建通村公路48公里山里人出行更方便',
    );
  });
});
