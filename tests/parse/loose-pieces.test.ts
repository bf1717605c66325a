import { describe, expect, it } from 'vitest';
import { readStructure } from '../../src/ingest/structure-file.js';
import { readLines } from '../../src/parse/lines.js';
import { parsePage } from '../../src/parse/page.js';
import { resolveStructure } from '../../src/parse/structure.js';
import { linesParser, lost, squeeze } from '../support/page-lines.js';

const parse = linesParser('loose-pieces.txt');

// A report whose second column a text layer read out after a brief signed at its end (written for this test):
// every join finishes a sentence, so nothing in the reading order says where the column belongs.
const columnAfterBrief = [
  '青山水库除险加固工程完工',
  '',
  '本报讯（记者 方远舟）日前，青山水库除险加固工程通过验收，大坝加高两米，新建溢洪道一条。',
  '工程由县水务局组织实施，历时十个月。',
  '',
  '城东菜场恢复营业',
  '',
  '本报讯 经过两个月的改造，城东菜场日前恢复营业，摊位由六十个增加到九十个，',
  '地面和排水沟全部翻新。（李晓）',
  '',
  '加固后的青山水库库容增加三百万立方米，下游李家坝、石门两个灌区的灌溉用水更有保障。',
  '县水务局负责人说，汛期前还将完成李家坝渠道的清淤，确保溢洪道和渠道都能安全度汛。',
  '',
  '南街小学开设书法课',
  '',
  '本报讯（通讯员 吴静）本学期起，南街小学每周开设一节书法课，请县书法家协会的会员进校授课。',
  '',
];

describe('a piece of text with nothing an article opens with', () => {
  it('joins the story whose people, places and things it names, not the brief it was read after', () => {
    const page = parse(columnAfterBrief);
    expect(lost(page)).toEqual([]);
    expect(page.articles.map((a) => a.headline)).toEqual([
      '青山水库除险加固工程完工',
      '城东菜场恢复营业',
      '南街小学开设书法课',
    ]);
    const reservoir = squeeze(page.articles[0]!.paragraphs.join(''));
    expect(reservoir).toContain('下游李家坝、石门两个灌区');
    expect(reservoir).toContain('确保溢洪道和渠道都能安全度汛');
    expect(squeeze(page.articles[1]!.paragraphs.join(''))).not.toContain('李家坝');
  });

  it('stays an article of its own when no story names what it names', () => {
    const lines = [...columnAfterBrief];
    const at = lines.findIndex((l) => l.startsWith('加固后的'));
    lines.splice(
      at,
      2,
      '城郊的桃花节本周六开幕，游客可乘坐新开的旅游专线前往，沿途设有三处停车场。',
      '主办方提醒，赏花高峰期请错峰出行，文明游园。',
    );
    const page = parse(lines);
    expect(page.articles).toHaveLength(4);
    expect(squeeze(page.articles[0]!.paragraphs.join(''))).not.toContain('桃花节');
  });
});

describe('a piece an editor split off as an article of its own', () => {
  it('stays one, though its words name another story', () => {
    const text = `${columnAfterBrief.join('\n')}\n`;
    const constraints = resolveStructure(
      readLines(text),
      readStructure(
        '- split: 加固后的青山水库库容增加三百万立方米，下游李家坝、石门两个灌区的灌溉用水更有保障。\n',
        'page.yml',
      ),
    );
    const page = parsePage('loose-pieces.txt', text, { constraints });
    expect(lost(page)).toEqual([]);
    const bodies = page.articles.map((a) => squeeze(a.paragraphs.join('')));
    expect(bodies[0]).not.toContain('李家坝');
    expect(bodies.some((b) => b.startsWith('加固后的青山水库'))).toBe(true);
  });
});
