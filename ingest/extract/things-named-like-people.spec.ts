/** Things read as people by sight, told apart by what stands right around them. */
import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('things named like people (things-named-like-people.ts)', () => {
  it('reads a "name" counted with a classifier of things or animals as that thing (陶马16匹)', () => {
    expect(names('考古队清理出陶俑180余件，陶马12匹，以及兵器若干。')).toEqual([]);
  });
  it('reads a "name" ending in 党 before a party\'s title as the party', () => {
    const text = '某国人民党主席、政府总理马拉科，斐济潘达党领袖、政府总理兰布卡出席。';
    expect(names(text)).not.toContain('潘达党');
    expect(names(text)).toContain('兰布卡');
  });
  it('reads foreign sounds after 在 and a country, before a verb of holding, as a place', () => {
    expect(names('多国联合演习今天在德国霍恩费尔斯举行。')).toEqual([]);
  });
  it('reads no national body in a list running on from names as a person', () => {
    const text =
      '灵堂摆放着张一民、李二民、王三民、赵四民、钱五民和中共中央、国务院、全国政协敬献的花圈。';
    expect(names(text)).not.toContain('国务院');
    expect(names(text)).toEqual(expect.arrayContaining(['张一民', '钱五民']));
  });
});
