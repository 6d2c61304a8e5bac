/** One node per person: a foreign name's last part and a name with a word glued on (invented). */
import { describe, expect, it } from 'vitest';
import { buildGraph, type ArticleRecord } from '../build.ts';
import { inventedArticle } from '../../tests/kit/articles.ts';
import { personAliasMap } from './person-aliases.ts';

const labels = (articles: ArticleRecord[]) =>
  buildGraph(articles)
    .filterNodes((_, a) => a.type === 'person')
    .map((k) => k)
    .sort();

/** An article whose facts name these people, each first read in the sentence given. */
const named = (key: string, people: [string, string][]): ArticleRecord => {
  const a = inventedArticle(key, '');
  a.facts.entities.push(
    ...people.map(([name, sentence]) => ({
      type: 'person' as const,
      name,
      surfaces: [name],
      facts: {},
      count: 1,
      sentence,
    })),
  );
  return a;
};

describe('person aliases', () => {
  it('reads a foreign name by its last part as the full name an article introduced', () => {
    const intro = '东岭国总理马克·卡尼说，卡尼政府将减税。';
    const map = personAliasMap([
      named('a', [
        ['马克·卡尼', intro],
        ['卡尼', intro],
      ]),
      named('b', [['卡尼', '卡尼说，关税不可接受。']]),
    ]);
    expect(map.get('卡尼')?.[0]).toBe('马克·卡尼');
  });
  it('keeps the last part apart when two full names end in it or none introduced it', () => {
    const a = named('a', [
      ['马克·卡尼', '马克·卡尼说，卡尼政府将减税。'],
      ['卡尼', '马克·卡尼说，卡尼政府将减税。'],
      ['玛丽·卡尼', '玛丽·卡尼出席。'],
    ]);
    expect(personAliasMap([a]).has('卡尼')).toBe(false);
    const b = named('b', [
      ['马克·卡尼', '马克·卡尼出席。'],
      ['卡尼', '卡尼另有其人。'],
    ]);
    expect(personAliasMap([b]).has('卡尼')).toBe(false);
  });
  it('reads a name with the next word glued on as the name', () => {
    const map = personAliasMap([
      named('a', [['甲乙丙', '甲乙丙出席。']]),
      named('b', [['甲乙丙作', '甲乙丙作报告。']]),
    ]);
    expect(map.get('甲乙丙作')?.[0]).toBe('甲乙丙');
    expect(
      labels([
        named('a', [['甲乙丙', '甲乙丙出席。']]),
        named('b', [['甲乙丙作', '甲乙丙作报告。']]),
      ]),
    ).toEqual(['person:甲乙丙']);
  });
});
