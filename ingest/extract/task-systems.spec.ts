/** Counted systems of tasks and goals are aims, not programmes (task-systems.ts): invented sentences. */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('a city’s aims counted into a system', () => {
  it('reads a counted system of tasks or goals as no programme', () => {
    expect(programs('全会构架了“两中心两高地”任务体系。')).toEqual([]);
    expect(programs('某市确立“四城四高地”目标体系。')).toEqual([]);
  });
  it('keeps a system of policies', () => {
    expect(programs('某市构建“1+N”政策体系。')).toEqual(['1+N政策体系']);
  });
});
