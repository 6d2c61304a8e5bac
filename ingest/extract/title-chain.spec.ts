import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const posts = (text: string) =>
  findPeople(text, startsWithPlace).map((p) => [p.name, p.posts.map((q) => q.label)]);

describe('the chain of titles before a name (title-chain.ts)', () => {
  it('starts the title after a verb of meeting in a headline (某某总书记会见某党主席某某)', () => {
    expect(posts('总书记会见某国某党主席周立科')).toEqual([['周立科', ['某国某党主席']]]);
    expect(posts('国家副主席宣读某国总统周立科贺信')).toEqual([['周立科', ['某国总统']]]);
  });
  it('keeps a ministry named by fields (经济、教育和研究部) whole after 兼', () => {
    expect(posts('会上，某国联邦主席兼经济、教育和研究部部长卡洛斯致辞。')).toEqual([
      ['卡洛斯', ['某国联邦主席', '某国联邦经济、教育和研究部部长']],
    ]);
  });
  it('starts the title after another holder and 与 (俄总统助理甲与美国务卿乙)', () => {
    const found = posts('会谈中，俄总统助理费多罗夫与美国务卿格兰特等参加。');
    expect(found).toContainEqual(['格兰特', ['美国务卿']]);
  });
  it('starts the title after another holder and a preposition (主席甲就某国开国总统乙逝世)', () => {
    const found = posts('2月3日，国家主席周立科就赞比亚开国总统卡洛斯逝世致唁电。');
    expect(found).toContainEqual(['卡洛斯', ['赞比亚开国总统']]);
  });
});
