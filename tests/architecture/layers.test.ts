/**
 * Imports run one way (docs/architecture.md): a file of src/ imports only files of its own layer or of
 * layers below it, and no file imports itself back through others.
 */
import { describe, expect, test } from 'vitest';
import { importsOf, sources } from '../support/sources.js';

/** The layers from the ground up, each with the files and folders (ending in /) of src/ it holds. */
const LAYERS: readonly (readonly [name: string, places: readonly string[]])[] = [
  ['shared types and small fs helpers', ['errors.ts', 'shared/']],
  ['text', ['text/', 'text-node/']],
  ['parse', ['parse/']],
  ['site model', ['site/']],
  ['render and index', ['render/', 'search/', 'search-node/', 'browser/']],
  ['content and output (files in, files out)', ['ingest/', 'write/']],
  ['build orchestration', ['build.ts', 'build/', 'work/', 'kept/']],
  ['cli, dev server', ['cli/', 'build-thread.ts', 'heap.ts', 'workflow/', 'serve/']],
];

/**
 * Imports that climb today, as `from -> to` (paths under src/), each to be fixed and then struck from
 * here: the test fails on a climbing import not listed, and on a listed one that no longer climbs.
 */
const CLIMBING_TODAY = new Set<string>([]);

/** Circles of imports today (each as its files, sorted, joined by " + "), to be broken and struck from here. */
const CIRCLES_TODAY = new Set<string>([]);

/** The layer of a file of src/: the place that names it, or its longest folder. */
function layerOf(path: string): number | undefined {
  let best: { layer: number; length: number } | undefined;
  LAYERS.forEach(([, places], layer) => {
    for (const place of places)
      if ((place.endsWith('/') ? path.startsWith(place) : path === place) && place.length > (best?.length ?? -1))
        best = { layer, length: place.length };
  });
  return best?.layer;
}

const files = sources();
const graph = new Map(files.map((s) => [s.path, importsOf(s)]));

describe('imports run one way', () => {
  test('every source file has a layer', () => {
    expect(files.map((s) => s.path).filter((p) => layerOf(p) === undefined)).toEqual([]);
  });

  test('no import climbs from a lower layer to a higher one', () => {
    const climbing: string[] = [];
    for (const [from, targets] of graph)
      for (const to of targets) {
        const a = layerOf(from);
        const b = layerOf(to);
        if (a !== undefined && b !== undefined && b > a)
          climbing.push(`${from} -> ${to} (${LAYERS[a]![0]} imports ${LAYERS[b]![0]})`);
      }
    const named = (line: string): string => line.replace(/ \(.*$/, '');
    expect(
      climbing.filter((line) => !CLIMBING_TODAY.has(named(line))),
      'imports that climb the layers',
    ).toEqual([]);
    const fixed = [...CLIMBING_TODAY].filter((edge) => !climbing.some((line) => named(line) === edge));
    expect(fixed, 'no longer climbing: strike these from CLIMBING_TODAY').toEqual([]);
  });

  test('no circle of imports', () => {
    const circles = stronglyConnected(graph)
      .filter((group) => group.length > 1 || graph.get(group[0]!)?.includes(group[0]!))
      .map((group) => group.sort().join(' + '));
    expect(
      circles.filter((c) => !CIRCLES_TODAY.has(c)),
      'files that import each other',
    ).toEqual([]);
    expect(
      [...CIRCLES_TODAY].filter((c) => !circles.includes(c)),
      'no longer a circle: strike these from CIRCLES_TODAY',
    ).toEqual([]);
  });
});

/** Tarjan's strongly connected components of the import graph: each circle of files as one group. */
function stronglyConnected(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!edges.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      groups.push(group);
    }
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return groups;
}
