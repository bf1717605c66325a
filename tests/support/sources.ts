/**
 * The project's own TypeScript sources, read with the TypeScript compiler API: their relative imports and
 * their functions, for the architecture tests (tests/architecture).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import ts from 'typescript';

const root = join(dirname(new URL(import.meta.url).pathname), '../..');

/** One source file of src/: its path relative to src/, its text and its parsed tree. */
export interface Source {
  path: string;
  lines: number;
  tree: ts.SourceFile;
}

/** Every .ts file under src/, in path order. */
export function sources(): Source[] {
  const src = join(root, 'src');
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : 1))
      .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
  return walk(src).map((file) => {
    const text = readFileSync(file, 'utf8');
    const path = relative(src, file).split('\\').join('/');
    return {
      path,
      lines: text.replace(/\n$/, '').split('\n').length,
      tree: ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true),
    };
  });
}

/** The files of src/ that `source` imports (static and dynamic imports, re-exports; types too), relative to src/. */
export function importsOf(source: Source): string[] {
  const out = new Set<string>();
  const add = (spec: string): void => {
    if (!spec.startsWith('.')) return;
    out.add(posix.normalize(posix.join(posix.dirname(source.path), spec)).replace(/\.js$/, '.ts'));
  };
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    )
      add(node.moduleSpecifier.text);
    if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    )
      add(node.arguments[0].text);
    ts.forEachChild(node, visit);
  };
  visit(source.tree);
  return [...out].sort();
}

/**
 * A function of a source file: its name (the declared one, or the variable, property or method it is), its
 * length in lines, and the comments written right above it (or above the declaration it is the value of).
 */
export interface FunctionSpan {
  name: string;
  lines: number;
  comment: string;
}

/** Every function of `source` (declarations, methods, arrows, function expressions), nested ones too. */
export function functionsOf(source: Source): FunctionSpan[] {
  const out: FunctionSpan[] = [];
  const { tree } = source;
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = tree.getLineAndCharacterOfPosition(node.getStart(tree)).line;
      const end = tree.getLineAndCharacterOfPosition(node.getEnd()).line;
      out.push({ name: nameOf(node, tree), lines: end - start + 1, comment: commentAbove(node, tree) });
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return out;
}

function nameOf(node: ts.Node, tree: ts.SourceFile): string {
  const named = (n: ts.Node): string | undefined => {
    const name = (n as { name?: ts.Node }).name;
    return name && (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isPrivateIdentifier(name))
      ? name.text
      : undefined;
  };
  const own = named(node);
  if (own) return own;
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent))
    return named(parent) ?? 'anonymous';
  return `anonymous@${tree.getLineAndCharacterOfPosition(node.getStart(tree)).line + 1}`;
}

function commentAbove(node: ts.Node, tree: ts.SourceFile): string {
  // An arrow or function expression is commented where its variable or property is declared.
  let anchor = node;
  if (ts.isVariableDeclaration(anchor.parent)) anchor = anchor.parent.parent.parent;
  else if (ts.isPropertyAssignment(anchor.parent) || ts.isPropertyDeclaration(anchor.parent)) anchor = anchor.parent;
  return (ts.getLeadingCommentRanges(tree.text, anchor.getFullStart()) ?? [])
    .map((r) => tree.text.slice(r.pos, r.end))
    .join('\n');
}
