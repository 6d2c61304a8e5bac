/**
 * A named program printed only in a story's headline is the story's, the headline its evidence; a
 * series banner and a headline's other program-shaped phrases are not. Invented headlines and text.
 */
import { describe, expect, it } from 'vitest';
import { extractStory } from './index.ts';

const programs = (title: string, text: string) =>
  extractStory(text, undefined, { title })
    .entities.filter((e) => e.type === 'program')
    .map((e) => `${e.name}|${e.sentence}`)
    .sort();

describe('programs printed in the headline only', () => {
  it('reads a gazetteer program of the headline, with the headline as evidence', () => {
    expect(
      programs(
        '【东岭新闻发布会】北岭：推动雄安新区建设迈上新台阶',
        '今天上午，北岭有关负责人介绍，新区拔节生长。',
      ),
    ).toEqual(['雄安新区建设|【东岭新闻发布会】北岭：推动雄安新区建设迈上新台阶']);
  });
  it("reads no banner, no topic or slogan of the headline, and keeps the text's own evidence", () => {
    expect(programs('【东岭乡村振兴行动】北岭新闻', '今天北岭举行会议。')).toEqual([]);
    expect(programs('北岭标准走出去 打造“一带一路”标志工程', '北岭企业承建的铁路通车。')).toEqual(
      [],
    );
    expect(programs('北岭推进乡村振兴', '北岭全面推进乡村振兴，成效明显。')).toEqual([
      '乡村振兴|北岭全面推进乡村振兴，成效明显。',
    ]);
  });
});
