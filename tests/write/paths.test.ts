import { describe, expect, it } from 'vitest';
import { slug } from '../../src/parse/page.js';
import { memorySink, safePath } from '../../src/write/sink.js';

describe('output paths stay inside the output folder', () => {
  it('refuses paths that climb out, are absolute, or name a drive', () => {
    for (const bad of ['../x.html', 'a/../../x', '/etc/passwd', 'C:\\\\x', 'x\u0000y'])
      expect(() => safePath(bad), bad).toThrow(/outside the output folder/);
    expect(safePath('articles/./a.html')).toBe('articles/a.html');
    expect(() => memorySink().write('../../evil', 'x')).toThrow();
  });

  it('turns any file name into a safe id', () => {
    for (const name of [
      '../../etc/passwd.txt',
      '/abs/path/页.txt',
      'CON.txt',
      'nul.txt',
      '；；；.txt',
      '..txt',
      'a b\u202ec.txt',
    ]) {
      const id = slug(name);
      expect(id, name).toMatch(/^[a-z0-9][a-z0-9-]*$/);
      expect(id, name).not.toMatch(/^(con|nul|prn|aux)$/);
    }
  });
});
