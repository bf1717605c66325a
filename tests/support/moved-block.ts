import { expect } from 'vitest';
import type { ParsedPage } from '../../src/parse/types.js';
import { parseKept } from './parse-kept.js';

/**
 * A page of three made-up reports where an export read the first report's last block after the second one:
 * `first` (headline and opening lines, cut off), the bus report (`bus` lines under its headline), the `moved`
 * block, then a last report. Written for the tests of blocks put back in reading order.
 */
export const BUS_HEAD = '城西新开一条公交线';
export const BUS = [
  '本报讯（记者 韩冬）本月起，城西新开一条公交线路，',
  '连通三个小区和地铁站，沿线居民出行更方便了。',
];
const PATH_HEAD = '河边步道亮起路灯';
const PATH = ['本报讯（记者 苏青）近日，河边步道新装的路灯全部', '亮起，晚上散步的居民多了起来。'];

export const movedBlockPage = (
  first: readonly string[],
  moved: readonly string[],
  bus: readonly string[] = BUS,
): string[] => [
  first[0]!,
  '',
  ...first.slice(1),
  '',
  BUS_HEAD,
  '',
  ...bus,
  '',
  ...moved,
  '',
  PATH_HEAD,
  '',
  ...PATH,
  '',
];

/**
 * Parses a moved-block page and checks what a reader sees: three reports under their headlines, the first
 * finished by the moved block (`joined`), the bus report without it (`notInBus`). Returns the parse.
 */
export function expectMovedBack(page: readonly string[], joined: RegExp, notInBus: string): ParsedPage {
  const parsed = parseKept(page);
  expect(parsed.articles.map((a) => a.headline)).toEqual([page[0], BUS_HEAD, PATH_HEAD]);
  const [first, bus] = parsed.articles.map((a) => a.paragraphs.join(''));
  expect(first).toMatch(joined);
  expect(bus).not.toContain(notInBus);
  return parsed;
}
