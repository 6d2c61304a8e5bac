/**
 * Ordinary people introduced by their village or firm and a speech verb, whose given name is a
 * common word (issue 11, people57). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const people = (text: string) => entityNames(text, 'person');

describe('a home, 的, a name and a speech verb (homed-names.ts)', () => {
  it('reads a villager whose given name is a word (爱美) and whose surname is a verb (顾)', () => {
    expect(people('桃源村的顾爱美告诉记者，今年的玉米卖得好。')).toEqual(['顾爱美']);
    expect(people('桃源村顾爱美说，今年的玉米卖得好。')).toEqual(['顾爱美']);
    expect(people('华兴公司凌爱民介绍，订单已经排到了明年。')).toEqual(['凌爱民']);
  });
  it('reads no person in produce or a manager’s address after a home', () => {
    expect(people('合作社的黄金梨也卖得好。')).toEqual([]);
    expect(people('公司的张总说，订单已经排到了明年。')).toEqual([]);
  });
});
