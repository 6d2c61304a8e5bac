/** Bare 区/县 titles in a story about one district (./posts-in-county.ts): invented sentences. */
import { describe, expect, it } from 'vitest';
import { holdsOf } from '../../tests/kit/articles.ts';

describe('ingest/extract/posts-in-county: a bare 区/县 title', () => {
  it("is the office of the story's one district of that kind", () => {
    const text = '九龙坡区委书记柯明远日前调研。区委副书记、区长谭立山参加调研，副区长何振邦陪同。';
    expect(holdsOf(text)).toEqual(
      expect.arrayContaining([
        '谭立山|九龙坡区委副书记',
        '谭立山|九龙坡区区长',
        '何振邦|九龙坡区副区长',
      ]),
    );
    expect(holdsOf('巫山县脆李丰收。县农业农村委主任柯立山介绍了情况。')).toContain(
      '柯立山|巫山县农业农村委主任',
    );
  });
  it('stays as printed where the story names two districts of that kind, or none', () => {
    const two = '九龙坡区和江津区签约。区委副书记、区长谭立山出席。';
    expect(holdsOf(two).some((h) => h.includes('九龙坡区区长') || h.includes('江津区区长'))).toBe(
      false,
    );
  });
});
