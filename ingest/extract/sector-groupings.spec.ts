/**
 * Industries (ind37, issue 13): qualities with no trade and a grouping word are no sector.
 * Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const industries = (text: string) => entityNames(text, 'industry');

describe('industry names (ind37)', () => {
  it('takes a pair of qualities in quotes for no sector (智能绿色: how, not which)', () => {
    expect(industries('东岭市大力发展“智能绿色”产业链。')).toEqual([]);
  });
  it('takes the grouping word 高精尖 for no sector', () => {
    expect(industries('东岭市以“高精尖”产业集群培育发展新动能。')).toEqual([]);
  });
});
