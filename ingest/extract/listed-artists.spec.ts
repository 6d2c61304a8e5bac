/** Artists and composers named in a list closed by their occupation (listed-artists.ts), invented sentences. */
import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('a list closed by 等 and an occupation of the arts', () => {
  it('reads every item as a person, the first one too (汇集了甲、乙、丙等印象派大师)', () => {
    expect(names('画展汇集了莫奈、梵高、雷诺阿等印象派大师的画作。').sort()).toEqual(
      ['梵高', '莫奈', '雷诺阿'].sort(),
    );
  });
  it('reads no places listed before artists from them', () => {
    expect(names('来自北京、上海等地的艺术家参加活动。')).toEqual([]);
    expect(names('吸引了法国、意大利等欧洲艺术家参展。')).toEqual([]);
  });
});
