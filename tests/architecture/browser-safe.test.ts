/**
 * Which code may reach the browser is visible from the folder names (docs/search.md): text/, search/ and
 * browser/ are browser-safe, they import no Node module and no package, and nothing outside these folders;
 * their node-only counterparts are text-node/ and search-node/.
 */
import { describe, expect, test } from 'vitest';
import ts from 'typescript';
import { posix } from 'node:path';
import { sources, type Source } from '../support/sources.js';

/** The browser-safe folders, each with the folders it may import from. */
const BROWSER_SAFE: Record<string, readonly string[]> = {
  'text/': ['text/'],
  'search/': ['search/', 'text/'],
  'browser/': ['browser/', 'search/', 'text/'],
};

/** Every module specifier of a file: imports, re-exports and import() calls, types included. */
function specifiers(source: Source): string[] {
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    )
      out.push(node.moduleSpecifier.text);
    if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    )
      out.push(node.arguments[0].text);
    ts.forEachChild(node, visit);
  };
  visit(source.tree);
  return out;
}

describe('browser-safe folders', () => {
  const files = sources();

  test('the browser-safe folders hold files', () => {
    for (const folder of Object.keys(BROWSER_SAFE))
      expect(
        files.some((s) => s.path.startsWith(folder)),
        folder,
      ).toBe(true);
  });

  test('text/, search/ and browser/ import no Node module, no package, and only browser-safe folders', () => {
    const wrong: string[] = [];
    for (const s of files) {
      const folder = Object.keys(BROWSER_SAFE).find((f) => s.path.startsWith(f));
      if (!folder) continue;
      for (const spec of specifiers(s)) {
        if (!spec.startsWith('.')) {
          wrong.push(`${s.path} imports ${spec}`);
          continue;
        }
        const target = posix.normalize(posix.join(posix.dirname(s.path), spec));
        if (!BROWSER_SAFE[folder]!.some((f) => target.startsWith(f))) wrong.push(`${s.path} imports ${target}`);
      }
    }
    expect(wrong, 'move node-only code to text-node/ or search-node/').toEqual([]);
  });
});
