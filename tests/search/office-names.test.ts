import { describe, expect, it } from 'vitest';
import { aliasOf, officeNamed, type Gazetteer } from '../../src/search/office-names.js';

const GAZETTEER: Gazetteer = [
  ['青石办', ['青石街道办事处', '青石街道']],
  ['青山办', ['青山街道办事处']],
  ['白沙镇', ['白沙镇政府']],
];

describe('the office a reader means', () => {
  it('knows an office by its other names (the search page and baoku search share this)', () => {
    expect(aliasOf('青石街道办事处', GAZETTEER)).toBe('青石办');
    expect(aliasOf(' 白沙镇政府 ', GAZETTEER)).toBe('白沙镇');
    // Its own name is not another name of it: the search page searches it as words.
    expect(aliasOf('青石办', GAZETTEER)).toBeNull();
  });

  it('takes the start of one office`s names, and says when it fits several', () => {
    expect(officeNamed('青石', GAZETTEER)).toEqual({ office: '青石办' });
    expect(officeNamed('青山街道', GAZETTEER)).toEqual({ office: '青山办' });
    expect(officeNamed('青', GAZETTEER)).toEqual({ several: ['青石办', '青山办'] });
    expect(officeNamed('红旗', GAZETTEER)).toEqual({ none: true });
  });

  it('knows the offices the archive has that the gazetteer does not list', () => {
    expect(officeNamed('东湖', GAZETTEER, ['青石办', '东湖办'])).toEqual({ office: '东湖办' });
  });
});
