/**
 * Local meeting reports (issue 11, local47): a time adverb glued before an official's title and a
 * given name ending in 和 before 同志. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { entityNames, holdsOf } from '../../tests/kit/articles.ts';

describe('a time adverb before a title (post-clauses.ts TIME_ADVERB)', () => {
  it('leaves 最后 out of the office', () => {
    expect(holdsOf('最后市委书记赵文斌同志宣布大会闭幕。')).toEqual(['赵文斌|市委书记']);
  });
  it('reads the title after 随后 with no pause', () => {
    expect(holdsOf('随后县长周海涛来到项目现场。')).toEqual(['周海涛|县长']);
  });
  it('reads the title after 接着', () => {
    expect(holdsOf('接着副县长周海涛讲话。')).toEqual(['周海涛|副县长']);
  });
});

describe('a given name ending in 和 before 同志 (name-before-predicate.ts AND_COMRADE)', () => {
  it('keeps 和 in the name before 同志', () => {
    expect(holdsOf('最后市委书记孙建和同志宣布大会闭幕。')).toEqual(['孙建和|市委书记']);
  });
  it('keeps 和 the conjunction before 同志们', () => {
    expect(entityNames('市委书记赵文斌和同志们交谈。', 'person')).toEqual(['赵文斌']);
  });
  it('keeps 和 the conjunction before another title', () => {
    expect(entityNames('县长王平和副县长李刚出席。', 'person')).toEqual(['李刚', '王平']);
  });
});
