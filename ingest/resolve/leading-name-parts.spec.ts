/**
 * One person, one node, for a dotted name printed with and without a leading honorific or first
 * name (pjunk57, issue 13, from the duplicate of the development annotation things57-a; invented).
 */
import { describe, expect, it } from 'vitest';
import { articleNaming } from '../../tests/kit/articles.ts';
import { personAliasMap } from './person-aliases.ts';

const named = articleNaming;

describe('a dotted name with a leading honorific (person-aliases.ts withLeadingParts)', () => {
  it('reads 甲·乙 as the one longer name ending in it', () => {
    const map = personAliasMap([
      named('a', [['哈吉·萨利姆·翁多', '东岭国苏丹哈吉·萨利姆·翁多抵达。']]),
      named('b', [['萨利姆·翁多', '东岭国苏丹萨利姆·翁多表示欢迎。']]),
    ]);
    expect(map.get('萨利姆·翁多')?.[0]).toBe('哈吉·萨利姆·翁多');
  });
  it('leaves 甲·乙 alone when two longer names end in it', () => {
    const map = personAliasMap([
      named('a', [['哈吉·萨利姆·翁多', '哈吉·萨利姆·翁多抵达。']]),
      named('b', [['穆萨·萨利姆·翁多', '穆萨·萨利姆·翁多抵达。']]),
      named('c', [['萨利姆·翁多', '萨利姆·翁多表示欢迎。']]),
    ]);
    expect(map.get('萨利姆·翁多')).toBeUndefined();
  });
});
