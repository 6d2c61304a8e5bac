import { describe, expect, it } from 'vitest';
import { dotNames } from './dot-names.ts';

describe('names with a middle dot (dot-names.ts)', () => {
  it('keeps a last sound the segmenter reads as a verb before the predicate (…买提组成)', () => {
    const text = '由周立新、热依拉·木沙买提组成的中国队获得亚军。';
    expect(dotNames(text).map((d) => d.name)).toEqual(['热依拉·木沙买提']);
  });
  it('reads the tokens after a part of one character and a noun once (…艾利夫|表示)', () => {
    const text = '俱乐部发言人汤姆·艾利夫表示，球队将继续努力。';
    expect(dotNames(text).map((d) => d.name)).toEqual(['汤姆·艾利夫']);
  });
});
