import { describe, expect, it } from 'vitest';
import { readBlocks } from '../../src/parse/blocks.js';
import { markUncreditedCaptions } from '../../src/parse/caption-uncredited.js';
import { readLines } from '../../src/parse/lines.js';
import { setInColumn } from '../support/page-lines.js';

const ROAD = '本报讯（记者 柯雨桐）昨日，城北环路二期工程完成路面铺设，进入绿化和照明施工阶段。';
const SEEDS = '本报讯（记者 祁方远）近日，石湾镇蔬菜育苗中心投入使用，可年育各类种苗600万株，供应周边8个村的种植户。';

/** The blocks of a page once captions printed without a credit are marked, each as its kind and text. */
const marked = (lines: readonly string[]): string[] => {
  const page = readLines(`${lines.join('\n')}\n`);
  return markUncreditedCaptions(readBlocks(page), page).map((b) => `${b.kind}:${'text' in b ? b.text : b.line.text}`);
};

/**
 * Two sentences under a headline whose first line reads as a head line of its own (a comma in it, wider than
 * the last line under it): a caption of two blocks, measured against the text under it.
 */
const page = (between: string[]): string[] => [
  '城北环路二期路面铺完',
  '',
  ...setInColumn(ROAD, 17),
  '',
  '石湾镇蔬菜育苗中心',
  '投用',
  '',
  ...between,
  '',
  ...setInColumn(SEEDS, 17),
  '',
];

describe('a caption read as two blocks, a head line and a paragraph', () => {
  it('is measured against the text under it, not against its own second part', () => {
    // (The rest of the road's report, set under the next headline: nothing of it echoes the seedling report.)
    const tail = ['此外，环路二期的绿化带', '将种植乔木1200株。今年以来，该区已', '新增绿地3万平方米。'];
    expect(marked(page(tail)).filter((b) => b.startsWith('caption:'))).toEqual([]);
  });

  it('is still a caption when the report under it tells of what it shows', () => {
    const caption = ['4月8日，农技员在大棚里', '向种植户讲解黄瓜嫁接技术。今年以来，该', '镇已举办培训9场。'];
    expect(marked(page(caption))).toContain(
      'caption:4月8日，农技员在大棚里向种植户讲解黄瓜嫁接技术。今年以来，该镇已举办培训9场。',
    );
  });
});
