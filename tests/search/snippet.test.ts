import { describe, expect, it } from 'vitest';
import { snippet } from '../../src/search/snippet.js';
import type { DocInfo } from '../../src/search/format.js';

const info = (fields: string[]): DocInfo => ({
  id: 'a',
  url: 'articles/a.html',
  title: fields[0]!,
  inferred: false,
  kicker: null,
  office: null,
  date: '2024年3月5日',
  fields,
});
const text = (pieces: { text: string }[]): string => pieces.map((p) => p.text).join('');

describe('search result snippets', () => {
  it('open and close at a clause edge, not in the middle of a name', () => {
    const body = `${'前文铺垫的句子很长很长，'.repeat(3)}西岭镇党委书记林青松介绍，今年全镇苹果总产量预计达到三万吨，比去年增加一成以上，果农们忙着采摘分拣装箱，合作社负责人周明远说销路不愁。`;
    const shown = text(snippet(info(['标题', '', '', body]), ['苹果']));
    expect(shown).toContain('苹果');
    // The window starts after a comma or at the text's start, and ends at a comma or full stop.
    expect(shown).toMatch(/^…?(西岭镇|前文)/);
    expect(shown).toMatch(/[，。]…?$/);
  });

  it('name each office and person of the kicker line once', () => {
    const shown = text(snippet(info(['标题', '西岭镇 西岭镇 林青', '', '正文与此无关。']), ['林青']));
    expect(shown).toBe('西岭镇 · 林青');
  });
});
