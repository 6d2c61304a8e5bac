/**
 * A page printed with no headline (things48-l, issue 13): its title is cut from the text's first 30
 * characters, anywhere in a word, and is read as no headline. Invented text.
 */
import { describe, expect, it } from 'vitest';
import { articlesFromText } from './index.ts';

describe('pages with no headline (things48)', () => {
  it('reads the bare 县长 of the cut title as no second office', () => {
    const text =
      '本报讯 11月5日,县长周立新深入晋熙镇、徐桥镇调研现代农业产业发展情况,副县长吴国强陪同。\n' +
      '周立新来到太湖县丰收农业专业合作社,了解合作社发展运作情况。\n';
    const { records } = articlesFromText(text, 'page.md', 'markdown');
    const posts = records.flatMap((r) =>
      r.facts.relations.filter((x) => x.type === 'HOLDS' && x.source.name === '周立新'),
    );
    expect(posts.map((x) => x.target.name)).toEqual(['太湖县县长']);
  });
});
