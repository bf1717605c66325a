/**
 * Hostile-page benchmark (prints numbers, asserts nothing): `parsePage` on made-up pages of one kind of line
 * repeated to growing lengths, in one process after a warm-up parse, so that what grows faster than a page's
 * length shows (docs/performance.md, "Hostile pages").
 * Usage: npm run bench:hostile [-- 1000 4000 16000] [-- --only heads]
 */
import { parsePage } from '../src/parse/page.js';
import { mulberry32 } from '../tests/support/layout.js';

const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? (args[onlyAt + 1] ?? '') : '';
const sizes = args
  .filter((a, i) => i !== onlyAt + 1 || onlyAt < 0)
  .map(Number)
  .filter((n) => n > 0);
const runs = sizes.length ? sizes : [1000, 4000];

const WORDS =
  '街道 社区 居民 开展 活动 服务 项目 建设 改造 村民 学校 学生 医院 群众 企业 生产 农田 灌溉 公园 道路 志愿 文化 旅游 乡村 振兴 安全 检查 培训 会议 工作 推进 落实 提升 环境 整治 垃圾 分类 老人 儿童'.split(
    ' ',
  );
const NAMES = ['王一', '李二', '张三', '赵四', '陈五', '刘六'];
/** Characters a story's own words are made of: on a real page a head shares its rarer words with its text alone. */
const CHARS =
  '山河湖海林田桥港城镇乡村园区县市省江岭峰溪泉石金银铜铁茶竹梅兰菊桃李杏稻麦豆瓜果鱼虾蟹牛羊猪鸡鸭鹅马车船站路街巷门楼塔亭台阁宫庙寺院场馆厂矿窑坊店铺仓库堤坝渠井泵线网桩灯柱';

/** Made-up words, deterministic per seed: common ones and a story's own (a page's texts share only the common). */
function wordsOf(rand: () => number, count: number): string {
  let s = '';
  for (let i = 0; i < count; i++) s += i % 2 ? ownWords(rand).slice(0, 2) : WORDS[Math.floor(rand() * WORDS.length)]!;
  return s;
}

/** A story's own words: two made-up words of two characters each. */
function ownWords(rand: () => number): string {
  let s = '';
  for (let i = 0; i < 4; i++) s += CHARS[Math.floor(rand() * CHARS.length)]!;
  return s;
}

/** Each kind: a function giving a page of about n lines. */
const KINDS: Record<string, (n: number, rand: () => number) => string[]> = {
  digits: (n) => Array.from({ length: n }, (_, i) => String(100 + (i % 900))),
  'one-char': (n) => Array.from({ length: n }, (_, i) => WORDS[i % WORDS.length]![0]!),
  phone: (n) => Array.from({ length: n }, (_, i) => `电话：0571-${String(80000000 + i)}`),
  caption: (n, r) => Array.from({ length: n }, () => `图为${wordsOf(r, 3)}现场（记者 王一 摄）`),
  credit: (n, r) => Array.from({ length: n }, () => `（记者 ${NAMES[Math.floor(r() * NAMES.length)]}）`),
  'notice-dates': (n, r) =>
    Array.from({ length: n }, (_, i) =>
      i % 4 === 3 ? `2024年${(i % 12) + 1}月${(i % 28) + 1}日` : `${wordsOf(r, 6)}。`,
    ),
  'digit-ends': (n, r) => Array.from({ length: n }, (_, i) => `${i % 10}${wordsOf(r, 8)}${(i * 7) % 10}`),
  dashes: (n) => Array.from({ length: n }, () => '——————————'),
  gapped: (n, r) => Array.from({ length: n }, () => `${wordsOf(r, 4)}          ${wordsOf(r, 4)}`),
  'no-comma': (n, r) => Array.from({ length: n }, () => wordsOf(r, 10)),
  'long-line': (n, r) => [wordsOf(r, n * 50)],
  heads: (n, r) =>
    Array.from({ length: Math.ceil(n / 3) }, () => {
      const own = ownWords(r);
      const name = NAMES[Math.floor(r() * NAMES.length)];
      return [`${own}${wordsOf(r, 2)}`, `本报讯（记者 ${name}）${wordsOf(r, 6)}${own}${wordsOf(r, 6)}。`, ''];
    }).flat(),
  'text-short-blank': (n, r) =>
    Array.from({ length: Math.ceil(n / 3) }, () => [`${wordsOf(r, 12)}，${wordsOf(r, 6)}`, wordsOf(r, 2), '']).flat(),
  notices: (n, r) =>
    Array.from({ length: Math.ceil(n / 4) }, (_, i) => [
      `${wordsOf(r, 10)}，特此公告。`,
      `${wordsOf(r, 2)}委员会`,
      `2024年${(i % 12) + 1}月${(i % 28) + 1}日`,
      '',
    ]).flat(),
};

parsePage('warm-up.txt', ['本报讯（记者 王一）社区开展活动。', ''].join('\n'));
console.log(`kind              ${runs.map((n) => String(n).padStart(8)).join('')}   (seconds)`);
for (const [kind, make] of Object.entries(KINDS)) {
  if (only && !kind.includes(only)) continue;
  const times = runs.map((n) => {
    const text = `${make(n, mulberry32(n)).join('\n')}\n`;
    const start = performance.now();
    try {
      parsePage(`${kind}-${n}.txt`, text);
    } catch (e) {
      return `threw ${(e as Error).name}`;
    }
    return ((performance.now() - start) / 1000).toFixed(2);
  });
  console.log(`${kind.padEnd(18)}${times.map((t) => t.padStart(8)).join('')}`);
}
