/** Programs of local economic news (lthings44-a, issue 13): layouts, idioms, a park's plan. */
import { describe, expect, it } from 'vitest';
import { extractStory } from './index.ts';

const programs = (text: string) =>
  extractStory(text)
    .entities.filter((e) => e.type === 'program')
    .map((e) => e.name)
    .sort();

describe('programs of local news', () => {
  it('reads a quoted spatial layout as a program', () => {
    expect(programs('东岭新区规划为“一区三园”，即北园、南园和西园。')).toEqual(['一区三园']);
    expect(programs('围绕“一心两翼三区”区域和产业发展布局，谋划一批项目。')).toEqual([
      '一心两翼三区',
    ]);
    expect(programs('坚持“四区N园”战略布局。')).toEqual(['四区N园战略布局']);
    expect(programs('统筹推进“五位一体”总体布局。')).not.toContain('五位一体');
  });
  it('takes the top leader’s task and a park’s plan for no program', () => {
    expect(programs('该区把招商引资列为各部门的“一把手”工程。')).toEqual([]);
    expect(programs('详细了解青禾生态产业园发展规划、建设进展等情况。')).toEqual([]);
  });
});
