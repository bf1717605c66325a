import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keptOrBundled } from '../../src/render/client-bundle.js';
import { tempDir } from '../support/temp.js';

describe('the search script bundle', () => {
  it('is kept between builds and made again when a file it was made from changes', () => {
    const dir = tempDir('baoku-bundle-');
    const entry = join(dir, 'entry.ts');
    const shared = join(dir, 'shared.ts');
    const kept = join(dir, 'kept', 'bundle.json');
    writeFileSync(
      entry,
      "import { greeting } from './shared.js';\n(globalThis as { said?: string }).said = greeting;\n",
    );
    writeFileSync(shared, "export const greeting = '第一版';\n");
    const first = keptOrBundled(entry, kept);
    expect(first).toContain('第一版');
    expect(readdirSync(join(dir, 'kept'))).toEqual(['bundle.json']);
    expect(keptOrBundled(entry, kept)).toBe(first);
    // An imported file changes: the kept script is not believed.
    writeFileSync(shared, "export const greeting = '第二版';\n");
    expect(keptOrBundled(entry, kept)).toContain('第二版');
    // A damaged record is not believed either.
    writeFileSync(kept, '{"esbuild":');
    expect(keptOrBundled(entry, kept)).toContain('第二版');
  });
});
