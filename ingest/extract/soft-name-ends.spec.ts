/**
 * People on invented sentences modelled on national news (people22, issue 11, leftovers of people21):
 * a given name ending in 之 or 有 before a person's title.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const people = (text: string) => entityNames(text, 'person');

describe('a given name ending in 之 or 有 before 教授/上将 (role-after-name.ts softEndBeforeTitle)', () => {
  it('keeps a name jieba holds whole before 教授 (某仁之教授)', () => {
    expect(people('会上，侯仁之教授回忆了当年考察的往事。')).toEqual(['侯仁之']);
  });
  it('keeps a name ending in 有 after a post and before 上将 (某全有上将)', () => {
    expect(people('原副总参谋长傅全有上将出席纪念仪式。')).toEqual(['傅全有']);
  });
  it('reads no name where 有 is the verb before 教授', () => {
    expect(people('课题组里都有教授带着学生做实验。')).toEqual([]);
  });
  it('reads no name where 之 links a name to what follows (某丕之…)', () => {
    expect(people('史书说曹丕之教授子弟颇为用心。')).toEqual([]);
  });
});

describe('曾 the adverb before a preposition or a verb (glued-surnames.ts adverbBeforeVerb)', () => {
  it('reads no name in 曾在 + a country’s short form (曾在乌)', () => {
    expect(people('有报道称，该部队曾在乌开展训练。')).toEqual([]);
  });
  it('reads no name in 曾住在 after an occupation', () => {
    expect(people('八十岁的退休工人曾住在城中村一间平房里。')).toEqual([]);
  });
  it('keeps a name 曾 + a given character names carry (某超在…)', () => {
    expect(people('记者了解到，曾超在这里工作了十年。')).toEqual(['曾超']);
  });
});

describe('a verb of going glued onto a dotted name (dot-names.ts goingToPlace)', () => {
  it('cuts 到 before a place from the last part (某·维帕万到中国)', () => {
    expect(people('该国政府总理苏坎·维帕万到中国驻该国使馆吊唁。')).toEqual(['苏坎·维帕万']);
  });
});
