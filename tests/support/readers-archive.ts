/**
 * A small archive for the reader-facing tests: three issues over two years (one of two printed pages),
 * offices listed out of code-point order, two office names that make the same file name, a signed
 * article, pull quotes. Made from baoku's own test articles (tests/fixtures/articles.ts).
 */
import {
  feature,
  library,
  market,
  meeting,
  orchard,
  river,
  safety,
  testOffices,
  training,
} from '../fixtures/articles.js';
import { layoutPage, type LayoutArticle } from './layout.js';
import { tempContent } from './site.js';

/** Two offices whose names differ only in a character no file name keeps. */
export const clashingOffices = ['南山/一区', '南山:一区'];

const clash = (office: string, headline: string, topic: string): LayoutArticle => ({
  kicker: office,
  headline,
  office,
  dateline: '本报讯',
  byline: '记者 周明远',
  reporters: ['周明远'],
  paragraphs: [
    `${topic}，${office}组织居民代表开展议事协商，听取意见建议，推动问题逐项解决。`,
    `居民们表示，通过议事协商，身边的事情有了着落，大家参与社区治理的热情更高了。`,
  ],
});

function page(
  date: string,
  issue: number,
  pageNumber: number,
  pageName: string,
  articles: LayoutArticle[],
  seed: number,
): string {
  const { text } = layoutPage(articles, {
    widths: [20, 18],
    columnHeight: 14,
    headlines: 'before',
    spaces: 0,
    paragraphGap: 1,
    seed,
  });
  return `---\ndate: ${date}\nissue: ${issue}\npageNumber: ${pageNumber}\npageName: ${pageName}\n---\n${text}`;
}

/** The archive's content folder (a new temporary one), with `siteUrl` set when given. */
export function readersArchive(siteUrl?: string): string {
  // The gazetteer lists 西岭镇 before 东湖办, the reverse of their code points' order.
  const offices = [
    testOffices[0]!,
    testOffices[3]!,
    testOffices[1]!,
    testOffices[2]!,
    testOffices[4]!,
    ...clashingOffices.map((name) => ({ name, aliases: [] })),
  ];
  const yml = [
    'title: 青石报库',
    'paper: 青石新闻',
    ...(siteUrl ? [`siteUrl: ${siteUrl}`] : []),
    'offices:',
    ...offices.map((o) => `  - name: "${o.name}"\n    aliases: [${o.aliases.join(', ')}]`),
    '',
  ].join('\n');
  return tempContent(
    {
      'qingshi-2024-0305-1.txt': page('2024-03-05', 101, 1, '要闻', [meeting, market, training], 1),
      'qingshi-2024-0305-2.txt': page('2024-03-05', 101, 2, '综合', [orchard, feature], 2),
      'qingshi-2024-0312-1.txt': page(
        '2024-03-12',
        102,
        1,
        '要闻',
        [
          safety,
          clash(clashingOffices[0]!, '南山一区议事会解难题', '近日'),
          clash(clashingOffices[1]!, '南山社区协商办实事', '上周'),
        ],
        3,
      ),
      'qingshi-2023-0305-1.txt': page('2023-03-05', 51, 1, '青石新闻', [library, river], 4),
    },
    yml,
  );
}
