import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// A commentary on the report above it, under its label (短评). Written for these tests.

const REPORT = [
  '老茶馆重新开张',
  '',
  '本报讯（记者 周明）十月一日，位于老街的老茶馆修缮完工重新开张，茶客们',
  '又能在雕花木窗下喝茶听书了。茶馆掌柜说，这次修缮保留了原来的梁柱和',
];

const COMMENTARY = [
  '',
  '让老街留住烟火气',
  '',
  '老茶馆重新开张，留住的不只是一栋老房子，更是一条街的记忆。城市',
  '更新不能一拆了之，修旧如旧、留住烟火气，才能让居民记得住乡愁。',
  '希望更多老字号在修缮中焕发新生。',
  '',
  '青山路口新添停车位',
  '',
  '本报讯 近日，青山路口新建的公共停车场投入使用，新增停车位二百个，',
  '周边居民和商户停车难的问题得到缓解。',
];

const HEADS = [
  [null, '老茶馆重新开张'],
  ['短评', '让老街留住烟火气'],
  [null, '青山路口新添停车位'],
];

describe('a commentary under its label, on the report above it', () => {
  it('is a piece of its own, though it shares the report’s words', () => {
    const page = parse([...REPORT, '青砖，只更换了朽坏的门板和屋瓦。', '', '短评', ...COMMENTARY]);
    expect(page.articles.map((a) => [a.kicker, a.headline])).toEqual(HEADS);
  });

  it('is a piece of its own when OCR read its label at the end of the line beside it', () => {
    const page = parse([...REPORT, '青砖，只更换了朽坏的门板和屋瓦。    短评', ...COMMENTARY]);
    expect(page.articles.map((a) => [a.kicker, a.headline])).toEqual(HEADS);
    expect(page.articles[0]!.paragraphs.join('')).toContain('梁柱和青砖，只更换了朽坏的门板和屋瓦。');
  });

  it('is a piece of its own when OCR read its label at the start of the line beside it', () => {
    const page = parse([...REPORT, '', '短评 青砖，只更换了朽坏的门板和屋瓦。', ...COMMENTARY]);
    expect(page.articles.map((a) => [a.kicker, a.headline])).toEqual(HEADS);
    expect(page.articles[0]!.paragraphs.join('')).toContain('梁柱和青砖，只更换了朽坏的门板和屋瓦。');
  });
});
