/**
 * Posts (things48-a, issue 13): words printed inside a title that are no word of the office — the
 * particle 的 closing what goes before, 新 of a newly elected holder, and a party leader's title
 * running into a transliterated name. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { entityNames, holdsOf } from '../../tests/kit/articles.ts';

describe('words inside a printed title (things48)', () => {
  it('cuts the particle 的 before a ministry', () => {
    const text = '决定免去张建华兼任的交通运输部部长职务。';
    expect(holdsOf(text)).toEqual(['张建华|交通运输部部长']);
    expect(entityNames(text, 'organization')).toEqual(['交通运输部']);
  });
  it('reads 某国新总统 as the country’s office', () => {
    expect(holdsOf('智利新总统博里奇宣誓就职。')).toEqual(['博里奇|智利总统']);
  });
  it('makes no post of a leader’s title that runs into a dotted name', () => {
    const text = '5日，英国工党领袖约翰·史密森被英国国王查尔斯三世任命为英国首相。';
    expect(entityNames(text, 'post')).not.toContain('英国工党领袖约翰·史密森被英国国王');
  });
});
