/** Programs named as what is carried out (carried-out.ts), prog57 (issue 13): invented sentences. */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('pilots carried out', () => {
  it('reads a pilot completed', () => {
    expect(programs('法院系统完成行政诉讼程序繁简分流改革试点，质效提升。')).toEqual([
      '行政诉讼程序繁简分流改革试点',
    ]);
  });
  it('reads a pilot by its tasks, its widening and what follows it', () => {
    expect(programs('今年，北岭省拟实施草地轮牧试点任务超300万亩。')).toEqual(['草地轮牧试点']);
    expect(programs('北岭市进一步推进老旧厂房合作化改造试点扩面提质。')).toEqual([
      '老旧厂房合作化改造试点',
    ]);
    expect(programs('某局开展商品水足迹标识认证试点后，5家企业获得证书。')).toEqual([
      '商品水足迹标识认证试点',
    ]);
  });
  it('reads the short steps a pilot joins as one name', () => {
    expect(programs('多地正在开展渔机研发、制造、推广、应用一体化试点，攻关深远海装备。')).toEqual([
      '渔机研发、制造、推广、应用一体化试点',
    ]);
  });
});

describe('actions carried out for a while', () => {
  it('reads the name after how long it runs', () => {
    expect(
      programs('五部门联合部署开展为期3个月的校外托管机构食品安全问题专项治理行动，督促整改。'),
    ).toEqual(['校外托管机构食品安全问题专项治理行动']);
  });
});
