/** A place's short form inside a species' name is no district (things39). Invented sentences. */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const districts = (text: string) => entityNames(text, 'district');

describe('species named after places (things39)', () => {
  it('reads 海南长臂猿 and 攀枝花苏铁 as species, not as the province or the city', () => {
    expect(districts('保护区内的海南长臂猿已增至六群。')).toEqual([]);
    expect(districts('园中移栽了一批攀枝花苏铁。')).toEqual([]);
  });
  it('keeps the place printed apart from the species, and produce named after it', () => {
    expect(districts('在海南，长臂猿种群逐年恢复。')).toEqual(['海南省']);
    expect(districts('陕西猕猴桃丰收。')).toEqual(['陕西省']);
  });
});
