/**
 * 甘肃兰州: a province's short form glued to one of its cities' short forms names both, even where
 * the segmenter reads the pair as one word (province-city-pairs.ts, issue 13). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { findDistricts } from './places.ts';

const places = (text: string) => findDistricts(text).map((m) => m.name);

describe('a province and its city glued', () => {
  it('names both where the pair is one word', () => {
    expect(places('近日，甘肃兰州举行项目推介会。')).toEqual(['甘肃省', '兰州市']);
    expect(places('来自山西太原的客商参加。')).toEqual(['山西省', '太原市']);
  });
});
