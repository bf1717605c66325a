import { describe, expect, it } from 'vitest';
import { fileSlug, slugNames } from '../../src/site/names.js';

describe('file names for index pages', () => {
  it('keep a Chinese name as it is, and make a slash, a colon, a space or a question mark a dash', () => {
    expect(fileSlug('东湖办')).toBe('东湖办');
    expect(fileSlug('南山/一区')).toBe('南山-一区');
    expect(fileSlug('南山: 一区?')).toBe('南山-一区');
    expect(fileSlug('../etc')).toBe('etc');
  });

  it('give names that slug alike different files, the exact one keeping the plain name, whatever order they come in', () => {
    const one = slugNames(['南山/一区', '南山-一区', '南山:一区'], 'office');
    const two = slugNames(['南山:一区', '南山-一区', '南山/一区'], 'office');
    expect(one).toEqual(two);
    expect(one.get('南山-一区')).toBe('南山-一区');
    expect(new Set(one.values()).size).toBe(3);
    // A name keeps its file when another that slugs alike arrives.
    expect(slugNames(['南山/一区', '南山:一区', '北区'], 'office').get('南山/一区')).toBe(one.get('南山/一区'));
  });

  it('never take the folder index or a name Windows refuses, nor tell names apart by case alone', () => {
    const slugs = slugNames(['index', 'CON', 'Abc', 'abc'], 'person');
    expect(slugs.get('index')).not.toBe('index');
    expect(slugs.get('CON')).not.toBe('con');
    expect(slugs.get('Abc')).not.toBe(slugs.get('abc'));
    expect(slugNames(['？？'], 'person').get('？？')).toMatch(/^person-[a-z0-9]+$/);
  });
});
