/** Titles whose body is not named (a numbered unit's deputy, a project's director): no office node. */
import { describe, expect, it } from 'vitest';
import { entityNames, holdsOf } from '../../tests/kit/articles.ts';

describe('a title with no named body', () => {
  it('reads 副大队长 as a deputy of a bare unit, no body 副大 (大队长 is a role word)', () => {
    expect(entityNames('巡航途中，副大队长林海涛驾机率先抵达预定空域。', 'post')).toEqual([]);
    // A unit known only by its number (every regiment has a 三大队) names no body of its own;
    // printed with the regiment's name it does.
    expect(entityNames('三大队大队长林海涛果断下达指令。', 'organization')).toEqual([]);
    expect(holdsOf('某团飞行三大队大队长林海涛下达指令。')).toEqual([
      '林海涛|某团飞行三大队大队长',
    ]);
  });
  it("reads a bare project's 质量总监 as the person's role, no office shared by every project", () => {
    const text = '全国人大代表、项目质量总监邹文斌和工友们分享了会议精神。';
    expect(entityNames(text, 'post')).toEqual(['全国人大代表']);
    // A named project keeps its director's post.
    expect(entityNames('滨江大桥项目总经理邹文斌出席。', 'post')).toEqual(['滨江大桥项目总经理']);
  });
});
