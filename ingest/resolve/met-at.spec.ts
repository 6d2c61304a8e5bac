/**
 * Where two sides met before the other side's office (在北京同某行行长某某会谈): the city and 同/与
 * are a clause, not the office's body (lead, stop 33; seen on news as 北京同…银行行长). Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { heldForms as held, inventedArticle as article } from '../../tests/kit/articles.ts';

describe('a meeting place and 同/与 before an office', () => {
  it('cuts 北京同 from the other side’s office', () => {
    const pairs = held([article('a', '王立新在北京同非洲开发银行行长金立群举行会谈。')]);
    expect(pairs).toContain('金立群|非洲开发银行行长');
    expect(pairs.filter((p) => p.includes('北京同'))).toEqual([]);
  });
  it('cuts 上海与 the same way', () => {
    const pairs = held([article('a', '王立新在上海与东南亚国家联盟秘书长高金洪会谈。')]);
    expect(pairs.filter((p) => p.includes('上海与'))).toEqual([]);
  });
  it('keeps a body whose name starts with 同 after a city (上海同济大学)', () => {
    const pairs = held([article('a', '上海同济大学校长金立群表示，要加强合作。')]);
    expect(pairs).toContain('金立群|上海同济大学校长');
  });
});
