import { describe, expect, it } from 'vitest';
import { linesParser, squeeze } from '../support/page-lines.js';

// A made-up page as a text layer gives it: spaces around half-width digits and inside quotation marks, a
// paragraph's first line two cells in, no blank line between paragraphs.
const parse = linesParser('paragraph-spaced-indent.txt');

describe("a paragraph's first line with the spaces a text layer sets in it", () => {
  it('opens a paragraph under a full line that finished a sentence, two cells short of the column', () => {
    const page = parse([
      '滨江大道公交专用道下月启用',
      '',
      '入春以来，青石县交通运输局在滨江',
      '大道施划公交专用道，全长九公里，沿线',
      '设置了十二处港湾站台，方便乘客上车。',
      '专用道启用后，每天早 7时至 9时、',
      '晚上五时至七时只允许公交车、校车和执',
      '行任务的救护车通行，其余时段社会车辆',
      '可以借道行驶。',
    ]);
    // (The line over it runs to the measure: only the new line's own shortfall tells the paragraph ends.)
    expect(page.articles[0]!.paragraphs.map(squeeze)).toEqual([
      '入春以来，青石县交通运输局在滨江大道施划公交专用道，全长九公里，沿线设置了十二处港湾站台，方便乘客上车。',
      '专用道启用后，每天早7时至9时、晚上五时至七时只允许公交车、校车和执行任务的救护车通行，其余时段社会车辆可以借道行驶。',
    ]);
  });

  it('so does one opening a quotation, a space after its opening mark', () => {
    const page = parse([
      '早稻育秧进工厂',
      '',
      '入春以来，青石县交通运输局在滨江',
      '大道施划公交专用道，全长九公里，沿线',
      '设置了十二处港湾站台，方便乘客上车。',
      '“ 以前各家各户自己育秧，出苗不',
      '齐，遇上倒春寒还容易烂秧。”种粮大户说。',
    ]);
    expect(page.articles[0]!.paragraphs.map(squeeze)).toHaveLength(2);
  });
});
