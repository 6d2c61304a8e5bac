/** A pilot a place is designated for (recall38, issue 13): invented sentences. */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('a pilot a place is designated for', () => {
  it('reads the pilot after 作为, 获得 and 列入', () => {
    expect(programs('某河是重要支流，作为珠江流域渔民转产转业工作试点，某市率先行动。')).toEqual([
      '珠江流域渔民转产转业工作试点',
    ]);
    expect(programs('目前，某流域获得国家污水资源化利用试点的城市已达12个。')).toEqual([
      '国家污水资源化利用试点',
    ]);
    expect(programs('某县被列入全国乡村“快乐书屋”建设试点县以来，建成书屋百余家。')).toEqual([
      '全国乡村快乐书屋建设试点',
    ]);
  });
  it('leaves the batch and the 国家 that qualifies it out of the name', () => {
    expect(programs('作为国家首批农村宅基地登记颁证试点县，某县加快土地流转。')).toEqual([
      '农村宅基地登记颁证试点',
    ]);
    expect(programs('我国已经公布了两批国家智慧林业试点地区名单。')).toEqual(['国家智慧林业试点']);
  });
  it('reads no pilot of a kind', () => {
    expect(programs('该县作为首批试点，率先探索。')).toEqual([]);
    expect(programs('该市入选国家级综合试点，将加快改革。')).toEqual([]);
  });
  it('reads a pilot a town is listed for (lstrat54)', () => {
    expect(programs('东岭镇列入全省扩权强镇改革试点镇，将下放一批权限。')).toEqual([
      '全省扩权强镇改革试点',
    ]);
    expect(programs('该镇被列为全市集体林权制度改革试点。')).toEqual(['全市集体林权制度改革试点']);
  });
});
