/**
 * Parks (indu44, issue 13): a time or the surroundings before a level or a common noun, one verb
 * before the bare word, and a phrase opening with the bare word 园区 name no park. Invented
 * sentences.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const parks = (text: string) => entityNames(text, 'park');

describe('heads that name no park (indu44)', () => {
  it('reads a time or the surroundings before a kind of zone as no park', () => {
    expect(parks('针对以往省级经开区布局分散的问题，该省开展整合。')).toEqual([]);
    expect(parks('该县与邻近城市经开区错位发展。')).toEqual([]);
  });
  it('reads one verb before the bare park word as a clause', () => {
    expect(parks('搬迁期间不影响园区企业生产。')).toEqual([]);
  });
  it('reads a slogan opening with 园区 as no park', () => {
    expect(parks('西岭市推行园区业务园区办理。')).toEqual([]);
  });
  it('keeps a named park after a time word', () => {
    expect(parks('目前苏州工业园区运行平稳。')).toEqual(['苏州工业园区']);
  });
});
