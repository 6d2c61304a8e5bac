/**
 * types38 (issue 13): phrases that end like a park but name none, or one only after a route's 到.
 * Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { findParks } from './parks.ts';

const parks = (text: string) => findParks(text).map((m) => m.name);

describe('phrases that end like a park', () => {
  it('a route glued at 到: the park is the place after it', () => {
    expect(parks('从粤港澳大湾区到合肥滨湖科学城，大科学装置集群正在成形。')).toEqual([
      '合肥滨湖科学城',
    ]);
  });
  it('a compound of scam rings is a crime scene, no park', () => {
    expect(parks('临近边境的北部地区规模化电诈园区被铲除。')).toEqual([]);
    expect(parks('临近边境的北部地区规模化网赌园区被铲除。')).toEqual([]);
  });
  it('an ecosystem inside a document’s title is its concept, no park', () => {
    expect(parks('论坛发布了《共建共享东方广播联盟媒体科创生态圈倡议》。')).toEqual([]);
  });
  it('but a park printed whole in a title stays', () => {
    expect(parks('会议审议了《东岭科创生态圈》建设方案。')).toEqual(['东岭科创生态圈']);
  });
});
