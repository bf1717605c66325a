import { describe, expect, it } from 'vitest';
import { readBlocks } from '../../src/parse/blocks.js';
import { readLines } from '../../src/parse/lines.js';

describe('paragraphs from hard-wrapped columns', () => {
  const paras = (text: string): string[] =>
    readBlocks(readLines(text)).map((b) => ('text' in b ? b.text : `#${b.line.text}`));
  const column = '一二三四五六七八九十一二三四五，\n';
  it('takes a byline right above a dateline for a byline even after an unfinished line', () => {
    const kinds = (text: string): string[] => readBlocks(readLines(text)).map((b) => b.kind);
    expect(
      kinds(
        '一二三四五六七八九十一二三四五，\n六七八九十一手续合规。据青石新\n闻\n\n记者 王一\n本报讯 正文，\n完了。\n',
      ),
    ).toEqual(['para', 'byline', 'para']);
    // Not above a dateline, it is the sentence going on (同时 / 记者 王一 …).
    expect(
      kinds('一二三四五六七八九十一二三四五，\n六七八九十一二三四五六七八九同时\n记者 王一\n看到了这些。\n'),
    ).not.toContain('byline');
  });
  it('joins lines across a blank line that falls mid-sentence at a column break', () => {
    expect(paras(`${column}六七八九十一二三四五六七八九，\n\n十一二三四五六七八九十一二三四，\n完了。\n`)).toHaveLength(
      1,
    );
  });
  it('ends a paragraph at a short line that ends a sentence, with or without a blank line', () => {
    const text = `${column}${column}完了。\n${column}${column}也完了。\n\n${column}完。\n`;
    expect(paras(text)).toHaveLength(3);
  });
  it('does not end a paragraph at a full line that happens to end a sentence', () => {
    const text = `${column}一二三四五六七八九十一二三四五。\n${column}完了。\n`;
    expect(paras(text)).toHaveLength(1);
  });
  it('sets a short unpunctuated line between blank lines apart as a head line', () => {
    const text = `西岭镇\n\n万亩果园迎来丰收季\n\n本报讯 ${column}${column}完了。\n`;
    expect(paras(text).slice(0, 2)).toEqual(['#西岭镇', '#万亩果园迎来丰收季']);
  });
  it('keeps a line that opens with 据 inside its paragraph when the line before is unfinished', () => {
    const text = `${column}居民可以依照社区里的各项规定，根\n据有关规定到窗口办理相关的手续，\n${column}完了。\n\n据新华社\n`;
    const blocks = readBlocks(readLines(text));
    expect(blocks.map((b) => b.kind)).toEqual(['para', 'signature']);
    expect(blocks[0]!.kind === 'para' && blocks[0]!.text).toContain('根据有关规定到窗口办理相关的手续');
  });
  it('keeps a line that opens with 记者 inside its paragraph when the line before is unfinished', () => {
    const text = `${column}活动当天上午，在社区的广场上，\n记者在现场看到，前来咨询的居民\n${column}完了。\n\n记者 王一\n${column}完了。\n`;
    expect(readBlocks(readLines(text)).map((b) => b.kind)).toEqual(['para', 'byline', 'para']);
  });
  it('takes a line that asks and answers for a headline when a byline follows it, and for body otherwise', () => {
    const head = `${column}完了。

河边这排石凳是谁摆的？真贴心

记者 王一
${column}完了。
`;
    expect(paras(head)).toContain('#河边这排石凳是谁摆的？真贴心');
    const body = `${column}完了。

河边这排石凳是谁摆的？真贴心
${column}完了。
`;
    expect(paras(body).some((p) => p.startsWith('#'))).toBe(false);
  });
});
