/**
 * Local heads that the blind local set blocal-d (stop 42) showed missing, on invented sentences:
 * the head of an Inner Mongolian league (盟长, 副盟长: the prefecture level of 盟 and 旗, a role
 * word as 州长 and 旗长 are), kept apart from the league's party committee in a chain (盟委副书记、
 * 盟长 → 盟长, not 盟委盟长); and a visited town of three characters (到东三营镇考察), whose
 * leaders are then printed bare (镇党委书记某某).
 */
import { describe, expect, it } from 'vitest';
import { holdsOf } from '../../tests/kit/articles.ts';

describe('the head of a league (盟长)', () => {
  it('is a post after the league committee’s deputy secretary, not glued to the committee', () => {
    expect(holdsOf('3月2日，盟委副书记、盟长柯德力深入我旗调研。').sort()).toEqual([
      '柯德力|盟委副书记',
      '柯德力|盟长',
    ]);
  });
  it('has deputies in the league’s administrative office (盟行署副盟长)', () => {
    expect(holdsOf('3月2日，盟行署副盟长苗青山参加调研。')).toEqual(['苗青山|盟行署副盟长']);
  });
});

describe('a visited town of three characters', () => {
  it('is the town of the bare titles after it', () => {
    expect(
      holdsOf(
        '8月3日，考察团一行到东三营镇考察交流。镇党委书记柯立，党委副书记、镇长苗青山参加。',
      ).sort(),
    ).toEqual(['柯立|东三营镇党委书记', '苗青山|东三营镇党委副书记', '苗青山|东三营镇镇长']);
  });
  it('does not take a particle after the verb into the name (到了某镇)', () => {
    expect(holdsOf('8月3日，考察团到了东坡镇考察交流。镇党委书记柯立参加。')).toEqual([]);
  });
});
