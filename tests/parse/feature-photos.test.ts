import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// A long feature carries more than running text: in-body subheads over sections that each take up another
// side of its subject, and its reporter's photos. All of it is the feature's. Written for these tests.

/** A feature credited at its head: headline, byline, two paragraphs. */
const featureHead = [
  '古桥边的书声',
  '',
  '本报记者 闻一舟',
  '',
  '清晨七点，柳岸村的石拱桥边已经坐满',
  '了读书的孩子。这座古桥建于清代，桥头',
  '那间老祠堂如今改成了村里的农家书屋。',
  '',
  '书屋里的两千多册图书，一半是村民捐',
  '来的。村里的孩子放了学，总爱到这里写',
  '作业、翻画册，一待就是一个下午。',
  '',
];

describe("a feature's section under an in-body subhead, with a photo its own reporter took", () => {
  const page = [
    ...featureHead,
    '志愿者的坚守',
    '',
    '退休教师邬文澜每周三天来值班，登记',
    '借阅、修补旧书、给低年级学生讲故事，',
    '五年来从没落下一天。她说，能看着孩子',
    '们爱上读书，再累心里也踏实。',
    '',
    '本报记者 闻一舟 摄',
    '',
    '她还带出了一支二十多人的志愿者队伍，',
    '有大学生，有返乡青年，也有退休干部。',
  ];

  it('stays in the feature: a photo credit naming its own reporter is no credit of another piece', () => {
    const parsed = parse(page);
    expect(parsed.articles).toHaveLength(1);
    expect(parsed.articles[0]!.subheads).toEqual(['志愿者的坚守']);
  });

  it('stays in the feature when the photo is captioned with no credit', () => {
    const parsed = parse(page.map((l) => (l === '本报记者 闻一舟 摄' ? '图为志愿者在书屋里给孩子们讲故事。' : l)));
    expect(parsed.articles).toHaveLength(1);
    expect(parsed.articles[0]!.subheads).toEqual(['志愿者的坚守']);
  });
});
