/**
 * Verbs of local meeting news that close a name after its title (lexicon.json nameFollowers,
 * local46): 通报, 列席, 汇报, 陪同…; a three-character name before one stays whole. Invented.
 */
import { describe, expect, it } from 'vitest';
import { entityNames, holdsOf } from '../../tests/kit/articles.ts';

describe('a name before a verb of local meeting news', () => {
  it('keeps its third character before 通报 (柯国才通报, not 柯国)', () => {
    const held = holdsOf('会上，区委常委、常务副区长柯国才通报区人大会议情况。');
    expect(held).toContain('柯国才|常务副区长');
    expect(held.some((h) => h.startsWith('柯国|'))).toBe(false);
  });
});

describe('the last name of a list before 列席会议 (name-lists.ts, local46)', () => {
  it('is a name (jieba reads 列席会议 as one noun)', () => {
    expect(entityNames('副镇长何振邦、韦成列席会议。', 'person')).toContain('韦成');
  });
});

describe('a name before 先后 (one official visiting several places in turn)', () => {
  it('ends a two-character name after a title (宝龙先后到…)', () => {
    expect(holdsOf('苏木党委书记宝龙先后到三个嘎查检查防火工作。')).toEqual(['宝龙|苏木党委书记']);
  });
});
