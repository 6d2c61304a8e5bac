/**
 * A consensus, a word quoted from an accusation and the building of a staff are no programs.
 * Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('stances and internal work', () => {
  it('takes a quoted consensus for a principle, no program', () => {
    expect(programs('双方愿在坚持“八三共识”的基础上开展对话协商。')).toEqual([]);
  });
  it('takes a policy quoted from an accusation for no program', () => {
    expect(
      programs('东岭总理发表讲话，指责西岭军队在边境实施“焦原政策”，造成大量民众流离失所。'),
    ).toEqual([]);
  });
  it('takes the building of a staff for internal work, no program', () => {
    expect(programs('要健全工作制度机制，加强“三支队伍”建设，更好发挥协商机构作用。')).toEqual([]);
  });
});
