import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const people = (text: string) => entityNames(text, 'person');

describe('names by sight that are verb phrases or parts of a body (sight-verbs-and-bodies.ts)', () => {
  it('reads a dictionary verb before a verb as the phrase, no person', () => {
    expect(people('展现广大教育工作者严教爱生、甘于奉献的仁爱之心。')).toEqual([]);
    expect(people('展现广大教育工作者乐教善导、甘于奉献的仁爱之心。')).toEqual([]);
  });
  it('keeps a two-character name before a follower of names', () => {
    expect(people('高升主持会议。')).toEqual(['高升']);
  });
  it('reads a title before a name that opens an institution as part of its name', () => {
    expect(people('城北的伊玛目侯赛因医院收治了伤员。')).toEqual([]);
  });
  it('reads a range from a "name" to a work of art as things', () => {
    expect(people('从宋三彩的斑斓多姿，到《千里江山图》里的青绿山水。')).toEqual([]);
  });
});
