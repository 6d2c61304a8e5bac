/** Quoted names listed with 、 sharing the program word of the last (quoted-list-heads.ts): invented sentences. */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('a period among the quotes of a list (pjunk61, prog61-a)', () => {
  it('gives a period’s 规划 to the period alone, not to a principle before it', () => {
    expect(programs('宣讲团围绕“四个坚持”、“十五五”规划建议等主题走进社区。')).toEqual([
      '十五五规划',
    ]);
  });
  it('still shares the program word between quoted names of one kind', () => {
    expect(programs('东岭深入落实“项目攻坚年”、“服务提升年”活动要求。')).toEqual([
      '服务提升年活动',
      '项目攻坚年活动',
    ]);
  });
});
