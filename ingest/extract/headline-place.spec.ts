/** A headline's opening place (headline-place.ts), on invented stories. */
import { describe, expect, it } from 'vitest';
import { extractStory } from './index.ts';
import { headlinePlace } from './headline-place.ts';

const holds = (text: string, title: string) => {
  const facts = extractStory(text, undefined, { home: '重庆市', title });
  return facts.relations.filter((r) => r.type === 'HOLDS').map((r) => r.target.name);
};

describe('the place a headline opens with', () => {
  it('is read in full or short form, after a column tag, never a name before a colon', () => {
    expect(headlinePlace('沙坪坝区：项目集中开工')?.name).toBe('沙坪坝区');
    expect(headlinePlace('【新春走基层】巫溪：山里的年货节')?.name).toBe('巫溪县');
    expect(headlinePlace('甘立伟：把项目建设抓实')).toBeUndefined();
    expect(headlinePlace('智能制造项目集中开工')).toBeUndefined();
  });
  it("gives a story's bare 区 and 县 titles that place, and the story mentions it", () => {
    const text = '11月26日，一批项目集中开工。区委书记甘立伟出席。';
    expect(holds(text, '沙坪坝区：项目集中开工')).toEqual(['沙坪坝区委书记']);
    const facts = extractStory(text, undefined, { home: '重庆市', title: '沙坪坝区：项目开工' });
    const district = facts.entities.find((e) => e.name === '沙坪坝区');
    expect(district?.sentence).toBe('沙坪坝区：项目开工');
  });
  it('wins over another district the story names in passing', () => {
    const text = '来自九龙坡区的企业参加签约。区委书记甘立伟出席。';
    expect(holds(text, '沙坪坝区：项目集中签约')).toEqual(['沙坪坝区委书记']);
  });
});
