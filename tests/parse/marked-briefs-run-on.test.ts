import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// Briefs whose ▲ marks tesseract read as 人, set apart from the head by a space; OCR ran the second and third
// heads on into the brief above them with no blank line between. Written for this test.
const page = [
  '河滨步道全线贯通',
  '',
  '本报讯（记者 林青）全长八公里的河滨步道昨日全线贯通，',
  '沿线设置了六处休息驿站和两处观景平台。',
  '',
  '人 老城区更换一批节能路灯',
  '',
  '本报讯 (记者 王一) 老城区本月更换节能路灯三百余盏，夜间照',
  '明亮度提高一倍，耗电量下降四成。',
  '人 社区食堂增设夜间供餐',
  '',
  '本报讯 (通讯员 李二) 东门社区食堂从下周起增设夜间供餐，每晚',
  '六点至八点营业，老年居民就餐享受八折优惠。',
  '人 区体育馆调整免费开放日',
  '',
  '本报讯 (记者 赵三) 区体育馆免费开放日由每周三调整为每周四，',
  '开放时间不变。',
  '',
].join('\n');

describe('briefs whose marked heads OCR ran on into the brief above', () => {
  it('each get their own article and headline, the mark going to the page', () => {
    const articles = parse(page).articles;
    expect(articles.map((a) => a.headline)).toEqual([
      '河滨步道全线贯通',
      '老城区更换一批节能路灯',
      '社区食堂增设夜间供餐',
      '区体育馆调整免费开放日',
    ]);
    expect(articles[1]!.paragraphs.join('')).toBe(
      '老城区本月更换节能路灯三百余盏，夜间照明亮度提高一倍，耗电量下降四成。',
    );
  });
});
