import { describe, expect, it } from 'vitest';
import { findRunInHeads } from '../../src/parse/run-in-heads.js';

describe('run-in heads', () => {
  it('finds parallel lead phrases, and leaves ordinary first sentences alone', () => {
    const paras = [
      '近日，区里召开会议，部署工作任务，要求各单位抓好落实。',
      '强化责任，凝聚合力。坚持以创建为引领。',
      '长效管理，巩固成效。每周开展验收。',
      '道阻且长，行则将至，行而不辍，未来可期。我们将继续努力。',
    ];
    expect(findRunInHeads(paras, [])).toEqual([null, '强化责任，凝聚合力。', '长效管理，巩固成效。', null]);
  });
  it('accepts a single lead phrase that a pull quote repeats', () => {
    expect(findRunInHeads(['政治引领聚民心。昆仑街道以创建为抓手。'], ['政治引领聚民心'])).toEqual([
      '政治引领聚民心。',
    ]);
    expect(findRunInHeads(['政治引领聚民心。昆仑街道以创建为抓手。'], [])).toEqual([null]);
  });
});
