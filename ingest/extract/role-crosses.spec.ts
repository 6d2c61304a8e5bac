/** A role read into a place of two by the segmenter, on invented sentences (role-crosses.ts roleCrossesWord). */
import { describe, expect, it } from 'vitest';
import { holdsOf } from '../../tests/kit/articles.ts';

describe('a place the segmenter reads across the end of a role', () => {
  it('reads 代区长安某某 as 代区长 and the name 安某某 (not the place 长安)', () => {
    expect(holdsOf('区委副书记、代区长安一哲及区委各常委参加会议。')).toEqual([
      '安一哲|代区长',
      '安一哲|区委副书记',
    ]);
  });
  it("keeps a ministry's 部长 before 长江 no name (水利部长江水利委员会 is a body)", () => {
    expect(holdsOf('记者从水利部长江水利委员会获悉，汛期将至。')).toEqual([]);
  });
  it('reads 组组长乐某某 as the role 组长 and the name, though 组组 and 长乐 are read as words', () => {
    expect(holdsOf('驻某局纪检监察组组长乐一帆参加调研。')).toEqual([
      '乐一帆|驻某局纪检监察组组长',
    ]);
  });
});
