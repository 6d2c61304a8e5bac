/** Bare titles referring back to the body of the post before them, on invented sentences. */
import { describe, expect, it } from 'vitest';
import { holdsOf } from '../../tests/kit/articles.ts';

describe('a bare title after a post of a body', () => {
  it("reads 党组副书记 after the body's 党组书记 as that body's", () => {
    expect(
      holdsOf('区人大常委会主任张一民主持会议，区人大常委会党组书记李二民，党组副书记赵三民出席。'),
    ).toContain('赵三民|区人大常委会党组副书记');
  });
  it("reads 副主任 after the body's 主任 and 党委委员 after its 党委书记 as that body's", () => {
    expect(holdsOf('区人大常委会党组书记、主任钱四民，副主任孙五民参加。')).toContain(
      '孙五民|区人大常委会副主任',
    );
    expect(holdsOf('港区党委书记吴七民、党委委员郑八民陪同。')).toContain('郑八民|港区党委委员');
  });
  it('leaves a bare title alone when no post of a body stands right before it', () => {
    expect(holdsOf('会上，副主任孙五民作了说明。')).toEqual([]);
  });
  it('reads the bare titles opening a chain as the same body (党委副书记、镇长; 党组副书记、副主任)', () => {
    const town = holdsOf('青禾镇党委书记吴七民，党委副书记、镇长郑八民陪同。');
    expect(town).toContain('郑八民|青禾镇党委副书记');
    const body = holdsOf('区人大常委会党组书记钱四民，党组副书记、副主任孙五民参加。');
    expect(body).toEqual(
      expect.arrayContaining(['孙五民|区人大常委会党组副书记', '孙五民|区人大常委会副主任']),
    );
  });
  it("reads a deputy's bare title opening the next sentence as the deputy of the chair before", () => {
    const text = '区人大常委会主任钱四民主持召开主任会议。副主任孙五民、郑八民参加。';
    expect(holdsOf(text)).toEqual(
      expect.arrayContaining(['孙五民|区人大常委会副主任', '郑八民|区人大常委会副主任']),
    );
    // Two chairs before: whose deputy is not said.
    const two = '国家主席、中央军委主席钱四民主持会议。副主席孙五民参加。';
    expect(holdsOf(two).filter((h) => h.startsWith('孙五民'))).toEqual([]);
  });
  it("reads a head's deputy printed bare after the head (局长甲、副局长乙) as the same body's", () => {
    expect(holdsOf('县统计局局长钱四民、副局长孙五民、赵三民参加。')).toEqual(
      expect.arrayContaining(['孙五民|县统计局副局长', '赵三民|县统计局副局长']),
    );
    expect(holdsOf('督导组组长钱四民，副组长孙五民带队。')).toContain('孙五民|督导组副组长');
    // After a head of another role the deputy's body is not said.
    expect(holdsOf('县委书记钱四民，副局长孙五民参加。').filter((h) => h.startsWith('孙'))).toEqual(
      [],
    );
  });
});
