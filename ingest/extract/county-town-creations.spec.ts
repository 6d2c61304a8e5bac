/**
 * A county town's civilized creation and its short form (lstrat52-l, issue 13; invented
 * sentences): 创城 in a story of 创建全国文明县城 is that creation, not the civilized city's.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe("a county town's civilized creation", () => {
  it('reads 创城 as the county town creation the story names', () => {
    expect(
      programs('某县召开创建全国文明县城推进会，全县干部投入创城工作，向全国文明城市迈进。'),
    ).toEqual(['创建全国文明县城']);
  });
});
