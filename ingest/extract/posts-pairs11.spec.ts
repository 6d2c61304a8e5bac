/**
 * Person–post pairs on invented sentences modelled on national news (pairs11, issue 11): sounds
 * the tables lacked (赛 and 义 of an Arabic Sa-, a Mongolian -楞), …
 */
import { describe, expect, it } from 'vitest';
import { holdsOf } from '../../tests/kit/articles.ts';

describe('sounds of Arabic and Mongolian names', () => {
  it('reads 赛 opening a name and 义 inside it (外长赛义罗诺夫)', () => {
    expect(holdsOf('国家副主席在北京会见某国外长赛义罗诺夫。')).toEqual([
      '赛义罗诺夫|某国外长',
    ]);
  });
  it('reads 楞 ending a Mongolian name before 率领', () => {
    expect(holdsOf('某某会见由某国人民党总书记巴雅尔格楞率领的代表团。')).toEqual([
      '巴雅尔格楞|某国人民党总书记',
    ]);
  });
});
