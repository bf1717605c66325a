import { describe, expect, it } from 'vitest';
import { linesParser, readArticles, setInColumn } from '../support/page-lines.js';

const column = (text: string): string[] => setInColumn(text, 22);
const parse = linesParser('caption-between.txt');
const captions = (page: ReturnType<typeof parse>) =>
  readArticles(page).map(({ headline, captions }) => ({ headline, captions }));

const report = (headline: string, caption: string, text: string): string[] => [
  headline,
  '',
  caption,
  '',
  ...column(text),
  '',
];

describe('a photo caption set between a headline and its text', () => {
  it('goes to that article even when its photographer wrote another report on the page', () => {
    const page = parse([
      ...report(
        '乡村舞台迎来新剧目',
        '演员在村文化礼堂演出。（韩若溪 摄）',
        '今年以来，县剧团带着新排的小戏走进各乡镇巡演，已演出四十余场，观众累计两万多人次。',
      ),
      '社区书屋延长开放时间',
      '',
      ...column('本报讯（记者 韩若溪）近日，城南街道十二个社区书屋将开放时间延长至晚上九点，方便居民下班后借阅。'),
      '',
    ]);
    expect(captions(page)).toEqual([
      { headline: '乡村舞台迎来新剧目', captions: ['演员在村文化礼堂演出。（韩若溪摄）'] },
      { headline: '社区书屋延长开放时间', captions: [] },
    ]);
  });

  it('is a caption when a news agency handed the photo out (…社发), not the report’s first paragraph', () => {
    const page = parse(
      report(
        '全国青年游泳赛开赛',
        '选手在男子200米自由泳比赛中。 新华社发',
        '新华社南京4月2日电（记者 韩若溪）全国青年游泳锦标赛2日在南京开赛，来自30个代表队的500余名运动员参赛。',
      ),
    );
    expect(captions(page)).toEqual([
      { headline: '全国青年游泳赛开赛', captions: ['选手在男子200米自由泳比赛中。新华社发'] },
    ]);
    expect(page.articles[0]!.paragraphs).toHaveLength(1);
  });
});
