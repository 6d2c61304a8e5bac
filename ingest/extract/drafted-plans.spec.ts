/** Plans a report says will be drawn up, printed without 《》 (drafted-plans.ts): invented sentences. */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('plans to be drawn up (drafted-plans.ts)', () => {
  it('reads the plan named after the verb of drawing up', () => {
    expect(programs('制定海洋装备扩能升级行动方案。推进港口建设。')).toEqual([
      '海洋装备扩能升级行动方案',
    ]);
    expect(programs('制定航运强国建设规划纲要，完善航线网络。')).toEqual(['航运强国建设规划纲要']);
    // 了 after the verbs is no part of the name
    expect(programs('国务院制定实施了一揽子化债方案。')).toEqual(['一揽子化债方案']);
  });
  it('reads no plan named by how it is made', () => {
    expect(programs('要为每户制定个性化帮扶方案。')).toEqual([]);
    expect(programs('镇里逐户制定温暖过冬方案，安装取暖设备。')).toEqual([]);
    expect(programs('各地针对不同墒情制定精准灌溉方案，帮助农户。')).toEqual([]);
    expect(programs('工作组帮助企业“一企一策”制定增产扩能方案。')).toEqual([]);
    expect(programs('各地抓紧制定具体实施方案。')).toEqual([]);
  });
});
