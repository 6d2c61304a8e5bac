/** Places inside people's names and street names (invented sentences, stop 45). */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const districts = (text: string) => entityNames(text, 'district');

describe('a place inside a person’s name is no place (places-in-names.ts)', () => {
  it('reads no city from a secretary’s given name, nor from its bare repeat', () => {
    expect(
      districts('安徽省某州市委书记杜延安赴利辛县调研。杜延安首先来到一家纺织企业。'),
    ).not.toContain('延安市');
  });
  it('reads no city from a name printed after its post, nor from its bare repeat (lthings63-l)', () => {
    expect(
      districts('省商务厅副厅长金华率调研组一行来我县。金华在调研中肯定了我县的做法。'),
    ).toEqual([]);
  });
  it('keeps the city printed with its level word beside a namesake', () => {
    expect(districts('副厅长金华率调研组到金华市调研。')).toContain('金华市');
  });
  it('keeps the city printed apart from a namesake', () => {
    expect(districts('市长王成都在成都调研。')).toContain('成都市');
  });
});

describe('a street named after a city or a man is no place (places.ts NOT_AFTER_SHORT)', () => {
  it('reads no city from 中山老街 or 中山大街', () => {
    expect(districts('近日，在古镇中山老街修缮提升项目现场，技术人员正在施工。')).toEqual([]);
  });
  it('still reads the city before the idiom 大街小巷 (streets and alleys)', () => {
    expect(districts('这两天，在厦门大街小巷，智能客车正在试运行。')).toEqual(['厦门市']);
  });
});
