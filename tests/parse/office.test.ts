import { describe, expect, it } from 'vitest';
import { createGazetteer, findOffice } from '../../src/parse/office.js';
import { testOffices } from '../fixtures/articles.js';

describe('offices', () => {
  const gazetteer = createGazetteer(testOffices);
  it('takes the office from a kicker, through its aliases', () => {
    expect(findOffice('东湖街道', '正文', gazetteer)).toBe('东湖办');
  });
  it('prefers the member office the body names most over the zone', () => {
    expect(findOffice(null, '在青石区东湖街道，东湖办组织居民，青石区', gazetteer)).toBe('东湖办');
  });
  it('knows a name with a half-width mark in the full-width form the page text is read in', () => {
    const marked = createGazetteer([{ name: '南岭:二区', aliases: [] }]);
    expect(findOffice('南岭：二区', '正文', marked)).toBe('南岭:二区');
    expect(findOffice(null, '南岭：二区组织居民议事。', marked)).toBe('南岭:二区');
  });
  it('finds an office the gazetteer does not know by how its name is formed', () => {
    expect(findOffice(null, '红星镇组织开展活动，红星镇干部参加。', createGazetteer([]))).toBe('红星镇');
  });
});
