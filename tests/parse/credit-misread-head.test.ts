import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// Made-up page: a report whose dateline credit OCR read with a quotation mark for its opening bracket
// (本报讯“记者 …）), and under it a photo story signed at its end. The report is credited at its head all
// the same, so the signature is the photo story's: a report is not credited twice.
const page = [
  '青石县召开秋季防火工作会议',
  '',
  '本报讯“记者 王明远 通讯员',
  '李春生）10月9日，青石县召开秋',
  '季森林防火工作会议，部署今冬明春',
  '的防火工作。',
  '',
  '会议要求，各乡镇要落实巡山护林责',
  '任，严管野外用火，确保不发生森林',
  '火灾。',
  '',
  '今年以来，全县新建防火通道四十多',
  '公里，添置风力灭火机一百二十台，',
  '组建了十八支半专业扑火队伍，护林',
  '员每天进山巡查，重点时段守住路口。',
  '',
  '县林业局负责人介绍，下一步将在重',
  '点林区安装视频监控，实现火情早发',
  '现、早处置，把隐患消灭在萌芽状态。',
  '',
  '柿子红了',
  '',
  '10月8日，北山乡的村民在晾晒柿',
  '饼。今年全乡柿子丰收，产量达到三',
  '百多吨。',
  '',
  '（赵小满）',
  '',
].join('\n');

describe('a credit at the head whose bracket OCR read as a quotation mark', () => {
  it('still credits the report at its head, so a signature under it signs the photo story after it', () => {
    const articles = parse(page).articles;
    expect(articles.map((a) => [a.headline, a.reporters, a.signature])).toEqual([
      ['青石县召开秋季防火工作会议', ['王明远'], null],
      ['柿子红了', [], '赵小满'],
    ]);
    expect(articles[1]!.paragraphs.join('')).toMatch(/^10月8日.*三百多吨。$/u);
  });

  it('reads a quotation after the dateline as no credit', () => {
    const quoted = page.replace(
      '本报讯“记者 王明远 通讯员\n李春生）10月9日，',
      '本报讯“记者同志，这里要修路了！”10月9日，',
    );
    const articles = parse(quoted).articles;
    expect(articles[0]!.reporters).toEqual([]);
  });
});
