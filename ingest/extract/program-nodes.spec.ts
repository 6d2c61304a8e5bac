/** One node per program within a story (program-nodes.ts; invented sentences). */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('a counted abbreviation spelled out in the story', () => {
  it('reads “三化” before the program word as the three words ending in 化 spelled out', () => {
    const text =
      '要持续推进“三化”建设年行动。调研组了解“审计工作规范化法治化正规化建设年”行动推进情况。';
    expect(programs(text)).toEqual(['审计工作规范化法治化正规化建设年行动']);
  });
  it('leaves a counted name alone where no spelled-out name ends with its program word', () => {
    expect(programs('要持续推进“三化”建设年行动。')).toEqual(['三化建设年行动']);
  });
});
