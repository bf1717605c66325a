import { describe, expect, it } from 'vitest';
import { linesParser, lost, setInColumn } from '../support/page-lines.js';

const parse = linesParser('lunar-strip.txt');
const column = (text: string): string[] => setInColumn(text, 20);

const brief = (text: string): string[] => [...column(text), ''];

describe('a front page strip that names the lunar date by its year’s stems and branches', () => {
  it('keeps the lunar date (丙午年三月初八) and the page count with the strip, never as a brief’s headline', () => {
    const page = parse([
      '西岭日报',
      '',
      '2026年4月24日',
      '',
      '星期五',
      '',
      '丙午年三月初八',
      '',
      '今日8版',
      '',
      '要闻简报',
      '',
      ...brief('本报讯（通讯员 韩小雨）近日，城北街道在八个社区开设周末托管班，为双职工家庭的孩子提供免费看护。'),
      ...brief('本报讯（记者 程远）4月22日，县人民医院新建的儿科门诊楼投入使用，新增诊室二十间。'),
    ]);
    expect(page.articles.map((a) => a.headline)).toEqual([null, null]);
    expect(page.unassigned.map((u) => u.text)).toContain('丙午年三月初八');
    expect(lost(page)).toEqual([]);
  });
});
