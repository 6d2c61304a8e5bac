/** Parks: a list of ports is no park's zones (invented sentences). */
import { describe, expect, it } from 'vitest';
import { extractStory } from './index.ts';

const parks = (text: string) =>
  extractStory(text)
    .entities.filter((e) => e.type === 'park')
    .map((e) => e.name)
    .sort();

describe('zone lists of ports', () => {
  it('reads a list of ports only as harbours, not as zones of a park', () => {
    expect(parks('空袭目标包括卡塔米港、西多拉港、贝鲁萨港以及一座电站。')).toEqual([]);
  });
  it('still reads the mixed zones of a park', () => {
    expect(parks('园区规划了大学城、科研港、生命岛三个片区。')).toEqual([
      '大学城',
      '生命岛',
      '科研港',
    ]);
  });
});
