/**
 * False people on invented sentences modelled on national news (pairs17, issue 11, on the unseen
 * days of cctv25s): a short line of a story where 记者 is the subject of a verb (no credit), what a
 * leader owns after the 的 of his title, a place's name before a landform word, and a "name" cut
 * out of a quoted four-character slogan.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';
import { findBylines } from './bylines.ts';

describe('记者 as the subject of a short line', () => {
  it('reads no credit where a verb follows the role word (记者来到某某县)', () => {
    expect(findBylines('顺着村民的指引，记者来到麦盖西县，一片养殖池格外显眼。')).toEqual([]);
  });
  it('still reads a credit of glued names (记者甲乙报道)', () => {
    expect(findBylines('本报记者胡建华上海报道').map((b) => b.name)).toEqual(['胡建华']);
  });
});

describe("what a leader's title owns after 的", () => {
  it('reads no name after 某某总书记的 (贺信)', () => {
    expect(entityNames('李建国总书记的贺信，充分体现了高度重视。', 'person')).toEqual(['李建国']);
  });
});

describe('a place before a landform word', () => {
  it('reads no name before 沙地 (在某某沙地)', () => {
    expect(entityNames('在陈乌素沙地，曾经“三不管”地带的沙丘正得到治理。', 'person')).toEqual([]);
  });
});

describe('a quoted four-character slogan', () => {
  it('reads no name cut out of it (从“沙进人退”到…)', () => {
    expect(entityNames('当地实现了从“沙进人退”到“人进沙退”的巨变。', 'person')).toEqual([]);
  });
});
