/**
 * Local strategies and campaigns in shapes lstrat60-l's pages print (issue 13; invented sentences):
 * a campaign quoted whole after 重大, a quotation's own single quotes, counted fields, a code called
 * a strategy before its goal, a place quality quoted alone, and counted mechanisms left out.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('local programme shapes', () => {
  it('reads a campaign quoted whole that opens with 重大', () => {
    expect(programs('围绕市委“重大平台提能行动”的要求，全力以赴抓落实。')).toContain(
      '重大平台提能行动',
    );
  });
  it('reads campaign years quoted in a quotation’s single quotes', () => {
    expect(programs('“全县将开展‘两个年’活动，补齐短板。”县委书记说。')).toContain('两个年');
  });
  it('names fields listed in one quote and counted as so many strategies', () => {
    expect(programs('该县深入实施“强工、兴农、活旅”三大战略，经济稳步增长。')).toContain(
      '强工、兴农、活旅三大战略',
    );
    expect(programs('该县发挥“区位、资源”三大优势。')).toEqual([]);
  });
  it('names a code called a strategy before the goal it sets', () => {
    expect(programs('围绕省委“2468”战略发展目标，推动经济发展。')).toContain('2468战略');
  });
  it('reads a place quality quoted alone and gone round', () => {
    expect(programs('全市上下围绕“工业强市”，凝聚共识、汇聚合力。')).toContain('工业强市');
    expect(programs('紧扣“一区一县”发展定位。')).toEqual([]);
  });
  it('knows provincial campaigns by their quoted short names (gazetteer)', () => {
    expect(programs('该县“五水共治”再获佳绩。')).toEqual(['五水共治']);
    expect(programs('该县一体推进“三大经济”，稳住经济大盘。')).toEqual([
      '资源经济园区经济口岸经济',
    ]);
    expect(programs('全球三大经济体增长放缓。')).toEqual([]);
    expect(programs('召开推进“两学一做”常态化制度化工作部署会。')).toEqual(['两学一做学习教育']);
  });
  it('leaves counted mechanisms out', () => {
    expect(programs('形成部门、园区、企业“三位一体”推进责任体系。')).toEqual([]);
    expect(programs('建立“五个一”机制，推动项目落地。')).toEqual([]);
  });
});
