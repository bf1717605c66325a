import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// Made-up page: a commentary page read out of order. The leading commentary's signature (（本报评论员）) was
// read after the short piece set beside it, which is signed by its own writer.
const page = [
  '让老街留住烟火气',
  '',
  '老街改造，改的是路面和管线，留的是街坊和手艺。石板路修平了，',
  '老铺子还在，吆喝声还在，这条街才算活着。',
  '',
  '改造之前多听居民的意见，改造之后多看居民的笑脸。留住了人，',
  '才能留住老街的味道。',
  '',
  '短评',
  '少开会多办事',
  '',
  '一件事开三次会还没有定下来，群众等不起。会少开一点，事多办一',
  '点，干部的作风就实一点。',
  '（周小禾）',
  '',
  '（本报评论员）',
  '',
].join('\n');

describe('a credit read apart from the text it signs', () => {
  it('signs the text before it that names no writer, passing a text signed already', () => {
    const articles = parse(page).articles;
    expect(articles.map((a) => [a.headline, a.signature])).toEqual([
      ['让老街留住烟火气', '本报评论员'],
      ['少开会多办事', '周小禾'],
    ]);
  });

  it('stays apart when the text before it is a piece broken off mid-sentence', () => {
    const broken = page.replace('才能留住老街的味道。', '才能留住老街的');
    const parsed = parse(broken);
    expect(parsed.articles[0]!.signature).toBeNull();
    expect(parsed.unassigned.map((u) => u.text)).toContain('（本报评论员）');
  });
});
