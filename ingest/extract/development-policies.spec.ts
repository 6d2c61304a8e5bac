/**
 * An unquoted policy named only by the development it supports is a kind of support, no program;
 * one that says what it does or carries its year is named. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('policies named by the development they support', () => {
  it('takes a field or a place development policy for no program', () => {
    expect(programs('东岭省出台山区特色产业发展政策，推动农民增收。')).toEqual([]);
    expect(programs('南岭落实好中央支持南岭发展政策，推动发展。')).toEqual([]);
  });
  it('keeps a policy that says what it does or carries its year', () => {
    expect(programs('东岭出台2023年东岭省外资专项激励资金政策，外资增长。')).toEqual([
      '2023年东岭省外资专项激励资金政策',
    ]);
    expect(programs('东岭出台残疾人辅助器具适配补贴政策，惠及群众。')).toEqual([
      '残疾人辅助器具适配补贴政策',
    ]);
  });
});

describe('support policies named by the development they support', () => {
  it('takes a field development support policy for no program', () => {
    expect(programs('东岭继续实施稻麦轮作及小麦产业发展支持政策，预计播种面积增加。')).toEqual([]);
  });
  it('reads a policy carried out in full and in detail (落实、落细, prog56)', () => {
    expect(programs('东岭银行落实、落细个体工商户无还本续贷政策，缓解资金压力。')).toEqual([
      '个体工商户无还本续贷政策',
    ]);
  });
});
