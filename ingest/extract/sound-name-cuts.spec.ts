/**
 * People on invented sentences (people36, issue 11: kinds of names that unseen news brings, met on
 * eight fresh days of national 新闻联播): a title's transliterated name with a sound the tables
 * lack, a foreign name before 等, dotted names of four parts and of a minority name split by the
 * segmenter, a listed name whose given name is a place, the winner after a count of medals; and
 * false people: an occupation then a word of address, a phrase XYXZ or a one-character verb, an
 * adverb with 地说, 于 after a verb of passing through, a warship.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const people = (text: string) => entityNames(text, 'person');

describe('a title’s name spelt in sounds, cut at a sound the tables lack (story-names.ts soundsNameLeft)', () => {
  it('takes the last character where a verb opens the clause (某卡申|科抵达)', () => {
    expect(people('某国总统马卡申科抵达首都。')).toEqual(['马卡申科']);
  });
  it('takes it before a date too (某卡申|科3日访问)', () => {
    expect(people('某国总统罗卡申科3日访问邻国。')).toEqual(['罗卡申科']);
  });
  it('keeps a Chinese name before a verb as it was (王小明|抵达)', () => {
    expect(people('部长王小明抵达会场。')).toEqual(['王小明']);
  });
});

describe('a foreign name before 等 (false-names.ts cutAtEnd)', () => {
  it('reads 等 as closing the list, not as a sound the name runs on into', () => {
    expect(people('已故外长阿布杜拉希扬等多名遇难者的告别仪式今天举行。')).toEqual([
      '阿布杜拉希扬',
    ]);
  });
});

describe('dotted names (dot-names.ts)', () => {
  it('reads a name of four parts longer than sixteen characters (MAX_DOTTED)', () => {
    expect(people('总统安东尼奥·马里亚诺·恩圭马·姆巴索戈将对中国进行国事访问。')).toEqual([
      '安东尼奥·马里亚诺·恩圭马·姆巴索戈',
    ]);
  });
  it('takes a last part the segmenter split in two before a list mark (某某·依明|巴海、)', () => {
    expect(people('张立、阿不都·依明巴海、李平出席会议。')).toEqual([
      '张立',
      '李平',
      '阿不都·依明巴海',
    ]);
  });
});

describe('a listed name whose given name ends like a place (sight-terms.ts listedWithName)', () => {
  it('keeps a dictionary word of three characters between names (某龙山)', () => {
    expect(people('李明、马龙山、赵平出席会议。')).toEqual(['李明', '赵平', '马龙山']);
  });
  it('still reads a two-character place there as no name (金山)', () => {
    expect(people('李明、金山、赵平出席会议。')).toEqual(['李明', '赵平']);
  });
});

describe('a count of things in a clause describing the person (noun-phrases.ts countedAsThing)', () => {
  it('keeps the winner after 夺得一枚金牌的', () => {
    expect(people('已经夺得一枚金牌的王海涛再添一金。')).toEqual(['王海涛']);
  });
  it('still reads a likeness counted as a thing (像一颗…的蓝宝石)', () => {
    expect(people('湖面像一颗巨大的蓝宝石镶嵌在高原上。')).toEqual([]);
  });
});

describe('false people', () => {
  it('reads an occupation and a word of address as one noun (工人师傅|每在)', () => {
    expect(people('工人师傅每在冰面上走一步都很小心。')).toEqual([]);
  });
  it('reads an adverb, 地 and a speech verb after a title as no Japanese name (深情地说)', () => {
    expect(people('主任深情地说，要把学校办好。')).toEqual([]);
  });
  it('reads 于 after a verb of passing through as its preposition (穿行于雄奇的)', () => {
    expect(people('游客乘船穿行于雄奇的峡谷之间。')).toEqual([]);
  });
  it('reads a phrase XYXZ after an occupation as the predicate (干部包片包组)', () => {
    expect(people('党员干部包片包组，入户走访。')).toEqual([]);
  });
  it('reads a one-character verb after an occupation as the predicate (学生来|研学)', () => {
    expect(people('学生来研学的热情很高。')).toEqual([]);
  });
  it('reads a name and 舰 as a warship (某登舰编队)', () => {
    expect(people('福建海警高登舰编队快速机动。')).toEqual([]);
  });
});
