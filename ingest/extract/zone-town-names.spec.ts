/**
 * A zone named by a town whose first character is also a preposition (向塘开发区), and a clause
 * with 把 before a title (blocal-f, invented text).
 */
import { describe, expect, it } from 'vitest';
import { entityNames, holdsOf } from '../../tests/kit/articles.ts';

describe('向 opening a zone’s name in a list of titles', () => {
  it('is the zone’s, not a preposition', () => {
    expect(
      holdsOf(
        '县领导张一文、付二文、向塘开发区党工委书记李三文、向塘开发区管委会主任刘四文随同视察。',
      ),
    ).toEqual(
      expect.arrayContaining(['李三文|向塘开发区党工委书记', '刘四文|向塘开发区管委会主任']),
    );
    expect(
      entityNames('县领导付二文、向塘开发区党工委书记李三文随同视察。', 'organization'),
    ).not.toContain('塘开发区');
  });
});

describe('把 … 到 before a title', () => {
  it('is a clause, cut from the post', () => {
    expect(
      holdsOf('全县上下要迅速把思想和行动统一到省委书记张一文同志的重要批示精神上来。'),
    ).toEqual(['张一文|省委书记']);
  });
});

describe('a county of one character before its 县委', () => {
  it('is the county, not X县县', () => {
    expect(entityNames('魏县县委书记卢一文主持召开会议。', 'district')).toEqual(['魏县']);
  });
});
