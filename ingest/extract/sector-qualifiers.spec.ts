/**
 * Words before 产业 that say which share, rank or place of sectors, not which sector (strat50,
 * issue 13): invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const industries = (text: string) => entityNames(text, 'industry');

describe('shares, ranks and places before 产业 (industries.ts QUALIFIER)', () => {
  it('reads the sector after a share', () => {
    expect(industries('早年间，某镇只有少数几个纺织产业。')).toEqual(['纺织']);
  });
  it('reads the sector after a place or a grade', () => {
    expect(industries('新园区带动了周边化工产业升级。')).toEqual(['化工']);
    expect(industries('某县关停了低端化肥产业。')).toEqual(['化肥']);
  });
  it('reads no sector from a weakness, a value, a rank, a seat or a count of chains', () => {
    for (const s of [
      '某区着力补齐短板产业。',
      '某市大力发展高附加值产业。',
      '某县县城产业基础薄弱。',
      '某市培育战略产业。',
      '某区吸引总部产业落户。',
      '某省承接内地产业转移。',
      '当地形成了3条循环产业链。',
    ])
      expect(industries(s)).toEqual([]);
  });
  it('reads the sector after the verbs of improving and boosting', () => {
    expect(industries('某县不断完善文旅产业链条。')).toEqual(['文化旅游']);
    expect(industries('他立志产业报国。')).toEqual([]);
  });
});
