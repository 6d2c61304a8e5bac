/** A committee department's head printed short, on invented sentences (posts.ts). */
import { describe, expect, it } from 'vitest';
import { holdsOf } from '../../tests/kit/articles.ts';
import { extractStory } from './index.ts';

describe('a department head printed short', () => {
  it("writes out 组织部长 after the committee's 常委 as that committee's 组织部部长", () => {
    expect(holdsOf('3月5日，区委常委、组织部长王大山来到青山镇调研。')).toContain(
      '王大山|区委组织部部长',
    );
  });
  it('keeps the short form printed as an alias of the office', () => {
    const post = extractStory('市委常委、宣传部长李小川出席。').entities.find(
      (e) => e.name === '市委宣传部部长',
    );
    expect(post?.surfaces).toContain('市委宣传部长');
  });
});
