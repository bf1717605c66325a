import { describe, expect, it } from 'vitest';
import { readStructure } from '../../src/ingest/structure-file.js';
import { readLines } from '../../src/parse/lines.js';
import { parsePage } from '../../src/parse/page.js';
import { resolveStructure } from '../../src/parse/structure.js';
import { linesParser, lost, setInColumn, squeeze } from '../support/page-lines.js';

const parse = linesParser('strayed-blocks.txt');

// Two reports set side by side (written for this test): the bridge's in columns 14 characters wide, the
// library's in columns of 19. A text layer read the bridge's second column between two blocks of the
// library's; that block opens a paragraph and ends a sentence, so nothing at its joins says where it goes.
const bridgeOpening =
  '本报讯（记者 林远帆）经过四个月的维修，城西大桥日前恢复通行。维修期间，施工单位更换了桥面全部伸缩缝，对桥墩裂缝进行了灌浆加固。';
const bridgeRest =
  '城西大桥建成于二十多年前，是连接老城区和西郊工业园的主要通道。这次维修后，大桥的伸缩缝不再漏水，桥墩加固后的承载能力也比维修前提高了两成，货车通行更有保障。';
const libraryOpening =
  '本报讯（通讯员 周小雅）从本月起，县图书馆把开馆时间延长到每晚九点，周末照常开放，读者下班后也能来借书、还书和上自习。';
const libraryMiddle =
  '图书馆还在一楼新设了自助借还机和电子阅读区，读者凭身份证就能办理借书证，一次最多可借十本书，借期一个月。';
const libraryEnd =
  '县图书馆负责人说，延长开放时间后，晚上来馆的读者明显增多，自习区的座位经常坐满，下一步还将增设座位。';

const page = (stray: string): string[] => [
  '城西大桥完成维修',
  ...setInColumn(bridgeOpening, 14),
  '',
  '县图书馆延长开放时间',
  ...setInColumn(libraryOpening, 19),
  '',
  ...setInColumn(libraryMiddle, 19),
  '',
  ...setInColumn(stray, 14),
  '',
  ...setInColumn(libraryEnd, 19),
  '',
];

describe('a block read into the column of the story beside it', () => {
  it('goes back to the story set to its measure whose words it shares', () => {
    const parsed = parse(page(bridgeRest));
    expect(lost(parsed)).toEqual([]);
    expect(parsed.articles.map((a) => a.headline)).toEqual(['城西大桥完成维修', '县图书馆延长开放时间']);
    const [bridge, library] = parsed.articles.map((a) => squeeze(a.paragraphs.join('')));
    expect(bridge).toContain('城西大桥建成于二十多年前');
    expect(library).not.toContain('伸缩缝');
    expect(library).toContain('下一步还将增设座位');
  });

  it('stays where it was read when its words name no other story', () => {
    const own =
      '不少读者说，图书馆晚上开门后，下班以后也有了看书学习的好去处，孩子们放学后写完作业还能借上几本绘本带回家看。';
    const parsed = parse(page(own));
    expect(squeeze(parsed.articles[1]!.paragraphs.join(''))).toContain('不少读者说');
  });

  it('goes back whole when it holds two paragraphs, and the blocks read after it are found again', () => {
    // The farm story's block (24 wide) holds two paragraphs, the second opened by its indent, between two of
    // the library's blocks (19 and 14 wide); moving it shortens the library's story.
    const parsed = parse([
      '东湖镇麦田飞来无人机',
      '本报讯（记者 王一）今年春耕以来，东湖镇的种粮大',
      '户纷纷用上了植保无人机，一台无人机一天能给三百多',
      '亩麦田喷洒农药，效率比人工提高了几十倍。',
      '',
      '县图书馆延长开放时间',
      '本报讯（通讯员 周小雅）从本月起，县图',
      '书馆把开馆时间延长到每晚九点，周末照常',
      '开放，读者下班后也能来借书、还书和上自',
      '习。',
      '',
      '不少读者说，晚上开门以后，下',
      '班也有了看书学习的去处，孩子',
      '们放学后还能借上几本绘本带回',
      '家看。',
      '',
      '东湖镇农技站的技术员说，植保无人机喷洒农药均匀，',
      '麦田用药量比人工减少了两成，种粮大户的成本也降了',
      '下来。',
      '　　东湖镇今年还将组织种粮大户参加植保无人机培训',
      '，让更多麦田用上无人机，种粮大户都说这是好事。',
      '',
      '县图书馆负责人说，延长开放时间后，晚上',
      '来馆的读者明显增多，自习区的座位经常坐',
      '满，下一步还将增设座位。',
    ]);
    expect(lost(parsed)).toEqual([]);
    const [farm, library] = parsed.articles.map((a) => squeeze(a.paragraphs.join('')));
    expect(farm).toContain('东湖镇今年还将组织种粮大户');
    expect(library).toContain('下一步还将增设座位');
    expect(library).not.toContain('无人机');
  });
});

describe('a block an editor placed', () => {
  it('stays where the editor put it, though its measure and words are another story', () => {
    const text = `${page(bridgeRest).join('\n')}\n`;
    const entry = `- {move: "${setInColumn(bridgeRest, 14)[0]}", after: "${setInColumn(libraryMiddle, 19).at(-1)}"}\n`;
    const constraints = resolveStructure(readLines(text), readStructure(entry, 'page.yml'));
    const parsed = parsePage('strayed-blocks.txt', text, { constraints });
    expect(lost(parsed)).toEqual([]);
    const [bridge, library] = parsed.articles.map((a) => squeeze(a.paragraphs.join('')));
    expect(bridge).not.toContain('城西大桥建成于二十多年前');
    expect(library).toContain('城西大桥建成于二十多年前');
  });
});
