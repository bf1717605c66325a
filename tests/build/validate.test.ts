import { describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { readersArchive } from '../support/readers-archive.js';
import { buildInMemory } from '../support/site.js';

describe('html-validate', async () => {
  // The seed, and the readers' archive (every kind of page: signed articles, pull quotes, citations with an address).
  const files = new Map([
    ...(await buildInMemory()).files,
    ...[...(await buildInMemory(readersArchive('https://news.example.org/'))).files].map(
      ([p, h]) => [`readers/${p}`, h] as const,
    ),
  ]);
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // Chinese text has no spaces to break on; long lines of it are fine.
      'long-title': 'off',
      // The one inline style-free site uses buttons inside forms on purpose.
      'no-inline-style': 'error',
    },
  });

  it('finds no errors on any page', async () => {
    const problems: string[] = [];
    for (const [path, html] of files) {
      if (!path.endsWith('.html')) continue;
      const report = await validator.validateString(html, path);
      for (const r of report.results)
        for (const m of r.messages) problems.push(`${path}:${m.line}:${m.column} ${m.message} [${m.ruleId}]`);
    }
    expect(problems).toEqual([]);
  });
});
