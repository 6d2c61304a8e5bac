/** Position mentions on invented sentences. */
import { describe, expect, it } from 'vitest';
import { findPositionMentions } from './positions.ts';

const words = (text: string) => findPositionMentions(text).map((m) => m.word);

describe('findPositionMentions', () => {
  it('finds roles and occupations with or without a person beside them', () => {
    expect(words('某某珠宝总裁表示，收藏家和游客都来了，记者近日求证。')).toEqual([
      '总裁',
      '收藏家',
      '游客',
      '记者',
    ]);
  });
  it('takes no role word cut out of a longer word or running on into an organisation', () => {
    expect(words('这项主任务由委员会负责。')).toEqual([]);
  });
});
