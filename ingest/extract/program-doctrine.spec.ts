/** Layouts, goals, generic policies, glued clauses and mechanisms are no programs (program-doctrine.ts; invented sentences). */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('program-shaped frames, goals and clauses', () => {
  it("takes a counted guiding layout for no program, a named program's layout for the program", () => {
    expect(programs('要统筹推进四个全面战略布局和“五位一体”总体布局。')).toEqual([]);
    expect(programs('大力推进东数西算战略布局。')).toEqual(['东数西算']);
  });
  it("takes 共同富裕 and a county's 'strong' title for goals", () => {
    expect(programs('“共同富裕”建设持续推进，东岭县大力实施“工业强县”建设。')).toEqual([]);
  });
  it("takes a field's related policies for no named policy", () => {
    expect(
      programs('会议指出，制定出台东岭采购中本地产品标准及相关政策，是完善采购制度的重要举措。'),
    ).toEqual([]);
  });
  it('takes two policies listed with 、 for no one name, but keeps a name with a list inside', () => {
    // Once the glued name is refused, a listed gazetteer name is found by itself.
    expect(programs('通知明确延续扩岗补助政策、优化技能提升补贴政策。')).toEqual([
      '一次性扩岗补助',
    ]);
    expect(programs('落实技能提升补贴政策。')).toEqual(['技能提升补贴政策']);
    expect(programs('东岭省实施吸纳就业补贴、扩岗补助政策。')).toEqual([
      '一次性吸纳就业补贴',
      '一次性扩岗补助',
    ]);
    expect(programs('推进千村示范、万村整治工程。')).toEqual(['千村示范、万村整治工程']);
  });
  it("takes a headline's publishing verb glued to what is published for no program", () => {
    expect(programs('“东岭”电力企业发布合作发展倡议')).toEqual([]);
  });
  it('takes a one-per-unit way of serving and a duty system for mechanisms, no programs', () => {
    expect(programs('东岭园区建立“一企一画像”服务机制，落实防汛抗旱责任制。')).toEqual([]);
    expect(programs('完善城市房地产融资协调机制。')).toEqual(['城市房地产融资协调机制']);
  });
  it("takes a village's or a resort's untitled plan for a description, a titled plan for a name", () => {
    expect(programs('东岭村和西岭村联合编制乡村旅游度假区总体发展规划。')).toEqual([]);
    expect(programs('东岭县印发《西岭旅游度假区总体发展规划》。')).toEqual([
      '西岭旅游度假区总体发展规划',
    ]);
  });
});
