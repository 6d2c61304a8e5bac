/**
 * Programs, programs26 (issue 13): goals read as programs, reforms of one field's system, kinds of
 * works counted or ranked (cctv24z's junk and misses, by general form). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';
import { extractStory } from './index.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('programs26, goals and kinds', () => {
  it('takes a 强国 to build for a goal, and keeps it printed as a strategy', () => {
    expect(programs('东岭要加快建设教育强国、科技强国，推进交通强国建设。')).toEqual([]);
    expect(programs('该县按照“加快建设农业强国”战略部署春耕。')).toEqual(['农业强国建设']);
    expect(programs('东岭坚定实施制造强国战略。')).toEqual(['制造强国建设']);
    expect(programs('东岭锚定建成体育强国战略目标笃定前行。')).toEqual([]);
    // Named as a strategy once, the goal printed elsewhere in the story is that strategy.
    const surfaces = extractStory('按照“加快建设农业强国”战略，该县向农业强国跨越。')
      .entities.filter((e) => e.type === 'program')
      .map((e) => `${e.name}:${e.surfaces.join('|')}`);
    expect(surfaces).toEqual(['农业强国建设:“加快建设农业强国”|农业强国']);
  });
  it('takes works counted in ten thousands, or ranked after 的, for a kind of works', () => {
    expect(programs('今年全省完成3万多处农村饮水工程，惠及百万人。')).toEqual([]);
    expect(programs('作为该县北部的主要引水工程，某渠正在改造。')).toEqual([]);
    expect(programs('这是街道为老人打造的综合养老工程，已经投用。')).toEqual([]);
  });
  it('takes 从…上 after a quote and 紧急行动 for clauses, no program', () => {
    expect(programs('会议指引“三农”工作从全局上布局、在关键处落子。')).toEqual([]);
    expect(programs('该组织呼吁各方紧急行动，制止冲突。')).toEqual([]);
    expect(programs('要把各项部署落实为具体行动。')).toEqual([]);
  });
  it('names the Party-history campaign alone, without the verb before it', () => {
    expect(programs('活动充分展示党史学习教育以来队伍的新面貌。')).toEqual(['党史学习教育']);
  });
  it('takes a transport network for infrastructure, no program', () => {
    expect(programs('截至目前，国家综合立体交通网加快完善。')).toEqual([]);
  });
});

describe('programs26, reforms of one field', () => {
  it('names a reform of one field’s system by the field, not the whole economy’s', () => {
    expect(programs('会议要求统筹推进财税体制改革，深化外贸体制改革。')).toEqual([
      '外贸体制改革',
      '财税体制改革',
    ]);
    expect(programs('该省深化资本市场投融资综合改革，打通堵点。')).toEqual([
      '资本市场投融资综合改革',
    ]);
    expect(programs('要坚定不移深化经济体制改革。')).toEqual([]);
    expect(programs('东岭推进相关体制改革。')).toEqual([]);
    expect(programs('中方推动全球经济治理体系改革。')).toEqual([]);
  });
  it('knows the reform of Party and state institutions', () => {
    expect(programs('各地落实深化党和国家机构改革部署。')).toEqual(['党和国家机构改革']);
  });
});
