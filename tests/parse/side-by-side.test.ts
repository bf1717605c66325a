import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';
import { splitSideBySide } from '../../src/parse/side-by-side.js';

// pdftotext sets the first line of the second column beside a line of the first, one space between them
// (…分成四十块小菜 菜园管理员…); the rest of the second column comes out after the first. Written for this test.
const page = [
  '东湖村建起共享菜园',
  '',
  '本报讯（记者 罗方舟）东湖村把村口一片闲',
  '置空地改成了共享菜园，分成四十块小菜 菜园管理员每天早晚各巡查一次，及时提',
  '地，由村民认领种植，收获的蔬菜一部分',
  '留给自家，一部分送给村里的独居老人。',
  '认领菜地的大多是上了年纪的村民，他们',
  '说，每天来菜园转一转，既活动了筋骨，',
  '又能和老伙伴们说说话，日子过得充实。',
  '村里还请来县农技站的技术员，每月到菜',
  '园讲一次课，教大家种菜的门道。',
  '',
  '醒认领户浇水除草，确保菜地不荒废。',
  '',
];

describe('lines of two columns a PDF text layer set side by side', () => {
  it('are cut apart at the space: each column reads on in its own text', () => {
    const parsed = parse(page);
    expect(parsed.articles).toHaveLength(1);
    const a = parsed.articles[0]!;
    expect(a.reporters).toEqual(['罗方舟']);
    expect(a.paragraphs.at(0)).toContain('分成四十块小菜地，由村民认领种植');
    expect(a.paragraphs.at(-1)).toBe('菜园管理员每天早晚各巡查一次，及时提醒认领户浇水除草，确保菜地不荒废。');
  });

  it('a headline set in two phrases, and a credit with spaces in it, stay whole', () => {
    const parsed = parse(page.map((l, i) => (i === 0 ? '东湖村建起 共享菜园' : l)));
    expect(parsed.articles[0]!.headline?.replace(/\s/gu, '')).toBe('东湖村建起共享菜园');
    expect(parsed.articles[0]!.paragraphs[0]).toMatch(/^东湖村把村口/u);
  });
});

describe('a column’s line pdftotext set beside a credit’s names', () => {
  it('is cut off the credit: a credit names people, never runs a sentence', () => {
    const parsed = parse([
      '县里开展防汛应急演练',
      '',
      '本报讯（通讯员 王一平 李二妹 员救治和物资保障等六个科目，县应',
      '记者 张三）“洪水来了，大家按路线往',
      '高处转移！”昨天上午，随着一阵急促的',
      '锣声，东岭村两百多名村民在网格员的',
      '带领下，有序转移到安置点。',
      '演练模拟了强降雨引发山洪的情景，设',
      '置了预警发布、人员转移、伤',
      '',
      '急管理局、水利局和乡里一百多人参加。',
      '县里已排查山洪灾害危险区八十多处，',
      '逐一落实了转移责任人和避险场所。',
      '',
    ]);
    expect(parsed.articles).toHaveLength(1);
    const a = parsed.articles[0]!;
    expect(a.correspondents).toEqual(['王一平', '李二妹']);
    expect(a.reporters).toEqual(['张三']);
    expect(a.paragraphs.join('')).toContain('人员转移、伤员救治和物资保障等六个科目，县应急管理局');
  });
});

// A photo's caption is set as wide as the photo, wider than a column, its credit run in after a space: pdftotext
// gives it as one line that reads like two columns side by side. Written for this test.
const photoPage = [
  '果园里开起夜校课堂',
  '',
  '农技人员在果园里给村民讲解脐橙修剪的技术要领。 本报记者 梁一舟 摄',
  '',
  '本报讯（记者 梁一舟）每周二晚上，岭南乡农',
  '民夜校的教室总是坐得满满当当。这学期，夜',
  '校开设了果树修剪、病虫害防治等八门课程，',
  '授课的既有农技专家，也有本乡的种植能手。',
  '白天在地里干活，晚上来听课，学了马上就能',
  '用上。种植户说，去年他按照夜校老师教的方',
  '法疏花疏果，脐橙的优果率提高了两成以上。',
  '夜校开办两年来，已培训农民一千多人次，其',
  '中有六十多人考取了农技职业证书。',
  '',
];

describe('a caption wider than the column, its photo credit run in after a space', () => {
  it('stays one line: the credit closes the caption, no column set beside it', () => {
    const out = splitSideBySide(photoPage.map((raw, index) => ({ index, raw })));
    expect(out.map((l) => l.raw)).toContain(photoPage[2]);
    const parsed = parse(photoPage);
    expect(parsed.articles[0]!.captions.map((c) => c.text.replace(/\s/gu, ''))).toEqual([
      '农技人员在果园里给村民讲解脐橙修剪的技术要领。本报记者梁一舟摄',
    ]);
  });
});
