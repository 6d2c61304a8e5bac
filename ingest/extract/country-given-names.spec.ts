import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('a preposition and a country short form (向安留学生) are no name', () => {
  it('drops 向 + the other side of talks printed as 中X and X方 in the story', () => {
    expect(names('中安关系不断发展，安方表示感谢。中方将继续向安留学生提供奖学金名额。')).toEqual(
      [],
    );
  });
  it('drops it where the story prints the pair of countries (中安关系) without X方', () => {
    expect(names('中安关系不断发展。中方将继续向安留学生提供奖学金名额。')).toEqual([]);
  });
});

describe('全 before a country (代表全中国) is the whole country, no name', () => {
  it('drops 全中国 after 代表', () => {
    expect(names('承认中华人民共和国政府是代表全中国的唯一合法政府。')).toEqual([]);
  });
  it('keeps a person surnamed 全', () => {
    expect(names('跳水运动员全红婵说，她会继续努力。')).toContain('全红婵');
  });
});
