import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// A story's first block in one column, then its next two columns read across by tesseract (--psm 3 reads
// short columns side by side), on a page whose briefs run the page's whole width. Written for this test.
const page = [
  '湖畔社区书屋上新',
  '',
  '本报讯 湖畔社区书屋本周上新图书八百',
  '册，涵盖少儿读物、科普和文史类图书，',
  '居民凭借阅卡即可免费借阅，每人每次',
  '最多可借五本，借期为一个月。',
  '',
  '书屋管理员介绍，新书由区图书馆 ”到了周末，书屋里坐满了看书的',
  '统一配送，每季度轮换一次，居民      孩子和家长，管理员还会组织亲子',
  '也可以通过留言簿推荐想看的书。      阅读和读书分享活动。',
  '“以前借书要跑到城里，现在下楼 ”社区还计划增设电子阅览区，方便',
  '就能借到。”居民老刘说。             老年居民听书读报。',
  '',
  '全区新建二十个社区书屋',
  '',
  '全区今年将新建二十个社区书屋，首批八个已经开放，其余的将在年底前全部建成，每个书屋',
  '藏书不少于三千册，配有专人管理，开放时间覆盖工作日晚间和双休日全天，方便上班族借阅，',
  '各书屋之间还将实现通借通还。（记者 林小禾）',
  '',
].join('\n');

describe("a band of columns read across, measured against its story's own column", () => {
  it('is cut into its columns though the page has lines set its whole width', () => {
    const books = parse(page).articles.find((a) => a.headline === '湖畔社区书屋上新')!;
    const body = books.paragraphs.join('').replace(/[”“]/gu, '');
    expect(body).toContain('新书由区图书馆统一配送，每季度轮换一次，居民也可以通过留言簿推荐想看的书。');
    expect(body).toContain('到了周末，书屋里坐满了看书的孩子和家长');
    expect(body).toContain('社区还计划增设电子阅览区，方便老年居民听书读报。');
  });
});
