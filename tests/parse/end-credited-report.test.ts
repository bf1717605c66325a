import { describe, expect, it } from 'vitest';
import { parseKept as parse } from '../support/parse-kept.js';

// A feature credited at its head, with in-body subheads, and a report set under it that names its writers only
// at its end. Written for these tests.

const feature = [
  '老街上的修鞋铺',
  '',
  '本报记者 柯云帆',
  '',
  '在南桥镇老街的拐角，有一间开了三十',
  '年的修鞋铺。六十二岁的鞋匠每天早上七',
  '点开门，街坊邻居的旧鞋都往这里送。',
  '',
  '一把锥子一根线',
  '',
  '“鞋子坏了扔掉可惜，修一修还能穿好几',
  '年。”鞋匠说，他修鞋从不多收钱，老人',
  '和孩子的鞋常常只收个线钱，街坊们都说',
  '他的手艺好、心肠热。',
  '',
];

describe('a report closed by its writers’ credit, set under a feature credited at its head', () => {
  it('is an article of its own, not an in-body subhead of the feature', () => {
    const page = parse([
      ...feature,
      '流动法庭走进老街',
      '',
      '五月十二日是南桥镇的集日，镇法庭把',
      '庭审搬到了老街旁的小广场，公开审理',
      '一起邻里纠纷案，百余名群众现场旁听。',
      '',
      '庭审结束后，法官向群众讲解了邻里相',
      '处和房屋修缮的法律常识。',
      '（记者 柯云帆 通讯员 石小禾）',
    ]);
    expect(page.articles.map((a) => [a.headline, a.reporters, a.correspondents])).toEqual([
      ['老街上的修鞋铺', ['柯云帆'], []],
      ['流动法庭走进老街', ['柯云帆'], ['石小禾']],
    ]);
    expect(page.articles[0]!.subheads).toEqual(['一把锥子一根线']);
    expect(page.articles[1]!.paragraphs).toHaveLength(2);
  });

  it('leaves a subhead followed by more of the feature in the feature', () => {
    const page = parse([
      ...feature,
      '手艺传给了徒弟',
      '',
      '去年，鞋匠收了一个年轻的徒弟。徒弟',
      '说，师傅教他的不只是修鞋，还有做人的',
      '道理，这间小铺子他会一直开下去。',
    ]);
    expect(page.articles).toHaveLength(1);
    expect(page.articles[0]!.subheads).toEqual(['一把锥子一根线', '手艺传给了徒弟']);
  });
});
