import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// A PDF text layer reads the first line of the second column, level with the dateline's first line, in
// between the dateline's two lines (通讯 / … / 员); the rest of that column comes out after the first
// column's second paragraph. Written for this test.
const page = [
  '青禾镇部署春季国土绿化',
  '',
  '本报讯（记者 方知远 通讯',
  '会议强调，今年全镇春季植',
  '员 单晓雨）3月12日，青禾镇召开',
  '春季国土绿化动员会，总结去年',
  '绿化成果，部署今年的工作。',
  '',
  '镇林业站介绍，去年全镇新栽各类',
  '苗木十二万株，成活率超过九成。',
  '',
  '树造林面积不少于两千亩，各村要',
  '划定责任地块，落实管护人员。',
  '',
].join('\n');

describe('a line of one column read in between two lines of another', () => {
  it('goes back to the top of its own column, and the credit it split reads whole', () => {
    const parsed = parse(page);
    expect(parsed.articles).toHaveLength(1);
    const a = parsed.articles[0]!;
    expect(a.headline).toBe('青禾镇部署春季国土绿化');
    expect(a.reporters).toEqual(['方知远']);
    expect(a.correspondents).toEqual(['单晓雨']);
    expect(a.paragraphs).toEqual([
      '3月12日，青禾镇召开春季国土绿化动员会，总结去年绿化成果，部署今年的工作。',
      '镇林业站介绍，去年全镇新栽各类苗木十二万株，成活率超过九成。',
      '会议强调，今年全镇春季植树造林面积不少于两千亩，各村要划定责任地块，落实管护人员。',
    ]);
  });

  it('stays where it is when it reads on from the line before it', () => {
    // The same lines, but the middle one goes on from the first (通讯|员 is no longer split by it).
    const whole = page.replace(
      '本报讯（记者 方知远 通讯\n会议强调，今年全镇春季植\n员',
      '本报讯（记者 方知远 通讯\n员',
    );
    const parsed = parse(whole.replace('树造林面积', '会议强调，今年全镇春季植树造林面积'));
    expect(parsed.articles[0]!.paragraphs.at(-1)).toBe(
      '会议强调，今年全镇春季植树造林面积不少于两千亩，各村要划定责任地块，落实管护人员。',
    );
  });
});

// A briefs column's label (简讯) read in with the first lines level with it, after a line that stops
// mid-sentence. Written for this test.
const briefs = [
  '青禾镇部署春季国土绿化',
  '',
  '本报讯（记者 方知远）3月12日，青禾镇召开春季',
  '国土绿化动员会，部署今年的植树任务。全镇今年',
  '计划新栽苗木三万株，各村都要落实管护责任。',
  '',
  '镇卫生院近日为辖区六十岁以上老人免费体检，并建',
  '简讯',
  '',
  '立健康档案，方便医生上门随访。（韩青）',
  '镇文化站本月举办书画展，展出村民作品八十余幅。（魏蓝）',
  '',
];

describe('a section label read in after a line that stops mid-sentence', () => {
  it('goes over its column: the brief it interrupted reads whole', () => {
    const parsed = parse(briefs);
    const brief = parsed.articles.find((a) => a.signature === '韩青');
    expect(brief?.paragraphs).toEqual(['镇卫生院近日为辖区六十岁以上老人免费体检，并建立健康档案，方便医生上门随访。']);
    expect(parsed.unassigned.map((u) => u.text)).toContain('简讯');
  });
});
