/** What may open a title's clause (./title-chain.ts): 经 of 经开区 is the zone's name. Invented. */
import { describe, expect, it } from 'vitest';
import { holdsOf } from '../../tests/kit/articles.ts';

describe('经 before a title (title-chain.ts)', () => {
  it('opens 经开区 (an economic development zone), not a clause (by way of)', () => {
    const held = holdsOf('1月24日，市政协副主席、经开区产业发展部顾问柯明远走访园区企业。');
    expect(held.some((h) => h.startsWith('柯明远|') && h.includes('经开区'))).toBe(true);
    expect(held.some((h) => h.includes('|开区'))).toBe(false);
  });
});

describe('向 before a title (title-chain.ts)', () => {
  it('keeps 向 of a zone named 向某 (向湖高新区: no zone is named by one character, blocal-f)', () => {
    expect(holdsOf('县领导、向湖高新区管委会主任周某杰出席。')).toEqual([
      '周某杰|向湖高新区管委会主任',
    ]);
  });
});
