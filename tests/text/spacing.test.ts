import { describe, expect, it } from 'vitest';
import { endsSentence, visualWidth } from '../../src/text/chars.js';
import { cleanSpacing, softClean } from '../../src/text/spacing.js';

describe('cleanSpacing', () => {
  it('removes OCR spaces beside Chinese punctuation and between Chinese and digits', () => {
    expect(cleanSpacing('本报讯 5 月 26 日， 经开区召开 2023')).toBe('本报讯5月26日，经开区召开2023');
    expect(cleanSpacing('话精神 ，盯紧重点 、持续发力 ，结合实')).toBe('话精神，盯紧重点、持续发力，结合实');
  });

  it('keeps single spaces between Latin words', () => {
    expect(cleanSpacing(' JINGKAIQU   XINWEN ')).toBe('JINGKAIQU XINWEN');
    expect(cleanSpacing('餐厅 7th Door 开业')).toBe('餐厅7th Door开业');
  });

  it('keeps spaces between names in credits when asked (softClean)', () => {
    expect(softClean('（记者 王一 通讯员 李二 张三） 近')).toBe('（记者 王一 通讯员 李二 张三）近');
  });
});

describe('endsSentence and visualWidth', () => {
  it('knows a finished sentence, with closing quotes after the stop', () => {
    expect(endsSentence('他说。”')).toBe(true);
    expect(endsSentence('成色更足；')).toBe(true);
    expect(endsSentence('创建工作，')).toBe(false);
    expect(endsSentence('小区病”')).toBe(false);
  });

  it('sets punctuation and digits narrower than Han characters', () => {
    expect(visualWidth('经开区')).toBe(3);
    expect(visualWidth('，。')).toBeLessThan(2);
    expect(visualWidth('2023')).toBeLessThan(4);
  });
});
