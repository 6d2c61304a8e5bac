/** Local titles of local44 (issue 11), on invented sentences. */
import { describe, expect, it } from 'vitest';
import { holdsOf } from '../../tests/kit/articles.ts';

describe('local titles (local44)', () => {
  it('gives a bare 秘书长 after a body’s posts that body’s office', () => {
    expect(
      holdsOf('区政协副主席韦成、柏明远，秘书长苗青出席会议。').filter((h) => h.startsWith('苗青')),
    ).toEqual(['苗青|区政协秘书长']);
  });
  it('keeps a standing committee’s 秘书长 with the committee', () => {
    expect(
      holdsOf('全国人大常委会副委员长韦成、柏明远，秘书长苗青出席会议。').filter((h) =>
        h.startsWith('苗青'),
      ),
    ).toEqual(['苗青|全国人大常委会秘书长']);
  });
  it('drops a description of leaders before a title (镇联居领导人大副主席)', () => {
    const held = holdsOf('镇联居领导人大副主席、总工会主席韦成一行来社区调研。');
    expect(held).toContain('韦成|人大副主席');
    expect(held.some((h) => h.includes('领导'))).toBe(false);
  });
  it('keeps 领导 inside a body’s name and a group before a title', () => {
    expect(holdsOf('某国总统领导委员会主席韦成表示。')).toEqual(['韦成|某国总统领导委员会主席']);
    expect(holdsOf('多国领导人继续向国家主席韦成致电。')).toEqual(['韦成|国家主席']);
  });
});
