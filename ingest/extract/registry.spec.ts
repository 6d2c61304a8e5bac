/**
 * A headline's programs read without its people (issue 11, fourteenth speed round): the settled
 * programs equal the whole extraction's where no district overlaps another mention, and the
 * reader declines (undefined: extract) where one does or the table is not the registry's.
 * Invented headlines.
 */
import { describe, expect, it } from 'vitest';
import { EXTRACTORS, runExtractors, settledWithoutPeople } from './registry.ts';

const programsOf = (text: string) =>
  runExtractors(text, []).mentions.filter((m) => m.type === 'program');

describe('settled programs without people', () => {
  it('equal the whole extraction’s where no district overlaps another mention', () => {
    for (const text of [
      '北岭：推动乡村振兴和长江经济带发展迈上新台阶',
      '国务院办公厅印发北岭新区建设总体方案（2031—2035年）',
      '省长周明远在浙江调研美丽乡村、精准扶贫产业等建设',
    ]) {
      const alone = settledWithoutPeople(text, 'program', EXTRACTORS);
      expect(alone).toBeDefined();
      expect(alone).toEqual(programsOf(text));
    }
  });
  it('decline where a district overlaps another mention, or for another table', () => {
    expect(settledWithoutPeople('河北：推动雄安新区建设迈上新台阶', 'program', EXTRACTORS)).toBe(
      undefined,
    );
    expect(settledWithoutPeople('推动乡村振兴', 'program', [...EXTRACTORS])).toBe(undefined);
  });
});
