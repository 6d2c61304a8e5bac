/** A quoted list of tasks framed as a place's strategy (lstrat62-l, issue 13; invented sentences). */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('a quoted list framed as a strategy', () => {
  it('reads a spatial strategy of five directions and a strategic layout', () => {
    expect(programs('市委全会提出‘南拓、北控、西进、东优、中提’空间发展战略。')).toEqual([
      '南拓、北控、西进、东优、中提空间发展战略',
    ]);
    expect(programs('全县重塑“做优一城、做活两带、做特四镇”战略布局。')).toEqual([
      '做优一城、做活两带、做特四镇战略布局',
    ]);
  });
  it('reads the strategy a sentence stands in', () => {
    expect(programs('在“项目为王、创新驱动”发展战略中，全市经济稳步增长。')).toEqual([
      '项目为王、创新驱动发展战略',
    ]);
  });
  it('leaves a list of merits and a strategy read as a noun’s modifier', () => {
    expect(programs('“绿色、开放”两大优势更加凸显。')).toEqual([]);
    expect(programs('总结“扩内需、稳外贸”发展战略部署的经验。')).toEqual([]);
  });
});
