/**
 * Foreign officials' posts on invented sentences: titles of foreign offices, names after a title
 * that the surname reader cannot open (dotted names, place words, sounds after an occupation).
 */
import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const people = (text: string) =>
  findPeople(text, startsWithPlace).map((p) => ({
    name: p.name,
    posts: p.posts.filter((x) => !x.occupation).map((x) => x.label),
  }));

describe('titles of foreign offices', () => {
  it('reads an elected monarch and a cabinet secretary as role words', () => {
    expect(people('应某国最高元首拉希丁邀请，')).toEqual([
      { name: '拉希丁', posts: ['某国最高元首'] },
    ]);
    expect(people('某国内阁官房长官林宏志日前表示，')).toEqual([
      { name: '林宏志', posts: ['某国内阁官房长官'] },
    ]);
  });
});

describe('names after a title', () => {
  it('takes a dotted name whose first part is no run of sounds', () => {
    expect(people('某国总统彼得·卡维尔批评这一做法。')).toEqual([
      { name: '彼得·卡维尔', posts: ['某国总统'] },
    ]);
  });
  it('takes a place word of the segmenter after a head of party or state', () => {
    expect(people('应某国劳动党总书记罗山、某国总统邀请，')).toEqual([
      { name: '罗山', posts: ['某国劳动党总书记'] },
    ]);
  });
  it('gives the chain before a candidacy to the foreign name after it', () => {
    expect(people('某国某党主席、联盟总理候选人默瓦茨表示，')).toEqual([
      { name: '默瓦茨', posts: ['某国某党主席'] },
    ]);
    // A word of the dictionary after an occupation stays a word (职工基本生活).
    expect(people('保障下岗职工基本生活。')).toEqual([]);
  });
});
