import { describe, expect, it } from 'vitest';
import { BuildError } from '../../src/errors.js';
import { parsePageFile } from '../../src/ingest/page-file.js';
import { outputText } from '../../src/parse/page.js';
import { corpus } from '../fixtures/hostile-corpus.js';

describe('bad and hostile input: every page is parsed right or refused with a clear reason', () => {
  for (const c of corpus()) {
    it(`${c.name} → ${c.outcome.ok ? 'parsed' : `refused [${c.outcome.rule}]`}`, () => {
      let result: ReturnType<typeof parsePageFile> | null = null;
      let error: unknown = null;
      try {
        result = parsePageFile(c.bytes, c.name, []);
      } catch (e) {
        error = e;
      }
      if (!c.outcome.ok) {
        expect(error, 'should be refused').toBeInstanceOf(BuildError);
        const d = (error as BuildError).toDiagnostic();
        expect(d.rule).toBe(c.outcome.rule);
        expect(d.file).toBe(c.name);
        if (c.outcome.line) expect(d.line).toBe(c.outcome.line);
        expect(d.message).not.toMatch(/\n/);
        return;
      }
      expect(error).toBeNull();
      const { page, diagnostics } = result!;
      if (c.outcome.articles !== undefined) expect(page.articles).toHaveLength(c.outcome.articles);
      if (c.outcome.warning) expect(diagnostics.map((d) => d.rule)).toContain(c.outcome.warning);
      if (c.outcome.text) expect(outputText(page).replace(/\s/g, '')).toContain(c.outcome.text);
      expect(page.warnings.filter((w) => w.code === 'conservation')).toEqual([]);
      for (const a of page.articles) expect(a.id).toMatch(/^[a-z0-9-]+$/);
    });
  }
});
