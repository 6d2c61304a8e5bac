/**
 * A reporter named in running text, glued to the adverb that opens the predicate (issue 11,
 * people57: unseen real text lost or cut such names). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const people = (text: string) => entityNames(text, 'person');

describe('a reporter’s name before an adverb (reporter-names.ts)', () => {
  it('ends the name before 正 and a verb', () => {
    expect(people('大棚里，记者王明正拿着话筒采访种植户。')).toEqual(['王明']);
  });
  it('reads 正在 as one adverb, not the name’s last character and 在', () => {
    expect(people('记者周婷正在采访村民。')).toEqual(['周婷']);
  });
  it('keeps a name of three before 也 and 正', () => {
    expect(people('记者刘洋也看到了这一幕。')).toEqual(['刘洋']);
    expect(people('总台记者黄海涛正跟随巡逻队出发。')).toEqual(['黄海涛']);
  });
  it('leaves a name ending in 正 before a speech verb to the speaker rules', () => {
    expect(people('记者李建正表示，现场秩序井然。')).toEqual(['李建正']);
  });
  it('reads no reporter where 记者 is followed by a preposition or a time word', () => {
    expect(people('记者从工业和信息化部了解到，今年前三季度产量增长。')).toEqual([]);
    expect(people('记者连日来在多地采访发现，市场供应充足。')).toEqual([]);
  });
});
