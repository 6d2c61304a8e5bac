/**
 * Industries (ind61-a, issue 13; invented sentences): after a list of places, 等X产业集群 is the
 * places' own sector; after a list of sectors it stays the category they belong to.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const industries = (text: string) => entityNames(text, 'industry');

describe('a sector after a list of places (ind61-a)', () => {
  it('reads 盐化工 whole after 荆门、孝感等', () => {
    expect(industries('荆门、孝感等盐化工产业集群规模持续扩大。')).toEqual(['盐化工']);
  });
  it('keeps the items of a list of sectors, not the category after 等', () => {
    expect(industries('东岭县重点发展新能源、新材料等战略产业集群。')).toEqual([
      '新材料',
      '新能源',
    ]);
  });
});
