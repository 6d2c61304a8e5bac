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
    expect(people('桃源社区凌爱民介绍，服务很周到。')).toEqual(['凌爱民']);
  });
  it('reads no person in produce, a manager’s address or a firm’s name after its kind word', () => {
    expect(people('美国投资公司路博迈表示看好中国市场。')).toEqual([]);
    expect(people('合作社的黄金梨也卖得好。')).toEqual([]);
    expect(people('公司的张总说，订单已经排到了明年。')).toEqual([]);
  });
});
