/** Runs of sounds after a foreign country's title (titled-sound-runs.ts), invented sentences. */
import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('a long name after a country and its title', () => {
  it('reads the whole run up to the verb, past characters no table has (武, 季)', () => {
    expect(names('斐济总统武卡纳罗武热烈祝贺大会召开。')).toEqual(['武卡纳罗武']);
    expect(names('塞浦路斯总统赫里斯托多利季斯表示，愿深化合作。')).toEqual(['赫里斯托多利季斯']);
  });
  it('ends a name where a shorter run ends clearly, or before a common word', () => {
    expect(names('俄罗斯总统普京今天表示，')).toEqual(['普京']);
    expect(names('刚果（金）总统齐塞克迪独家专访今晚播出。')).toEqual(['齐塞克迪']);
  });
});

describe('a run ending in a frequent word', () => {
  it('ends the name before a word jieba counts often, even as a name (光荣当选)', () => {
    expect(names('利物浦主帅贝尼蒂斯光荣当选。')).toEqual(['贝尼蒂斯']);
  });
});

describe('a run before 此前', () => {
  it('ends the name before 此前 (特朗普此前一天称), a function word no last sound', () => {
    expect(names('据报道，美国总统特朗普此前一天称不会加码。')).toEqual(['特朗普']);
  });
});

describe('function characters at the ends of a run', () => {
  it('reads no 的 before the name nor a preposition after it', () => {
    expect(names('再度出任法国总理的勒科纳尔公布了名单。')).not.toContain('的勒科纳尔');
    expect(names('联合国秘书长古特雷斯用视频致以问候。')).toEqual(['古特雷斯']);
  });

  it('ends the name before a common word no table has (任命), which jieba tags a noun there', () => {
    expect(names('乌克兰总统泽连斯基任命德拉帕特为总司令。')).toEqual(['泽连斯基', '德拉帕特']);
  });
});

describe('a run past an adverb', () => {
  it('ends the name before a common adverb after it (卡普罗多次扬言要), no name of eight', () => {
    expect(names('巴西总统卡普罗多次扬言要收回运河。')).toEqual(['卡普罗']);
  });
});

describe('a name after 辞职的, 离任的, 前任 (tail58)', () => {
  it('reads the one who left office as a person, past one character no table has (坚)', () => {
    expect(names('已辞职的斯维里坚科表示，将继续支持改革。')).toEqual(['斯维里坚科']);
    expect(names('离任的卡里莫夫当天抵达首都。')).toEqual(['卡里莫夫']);
  });
  it('reads no place after such a cue', () => {
    expect(names('离任的莫斯科将变得不同。')).toEqual([]);
  });
});

describe("a run after a country's ministry title whose second character no table has (people61)", () => {
  it('reads the whole run (莫措…: 措) up to the conjunction or verb closing it', () => {
    expect(names('肯尼亚卫生部长莫措卡西迪和中国驻肯尼亚大使到机场迎接。')).toEqual(['莫措卡西迪']);
  });
  it('still reads a Chinese name of two after such a title', () => {
    expect(names('肯尼亚卫生部长莫言表示，合作良好。')).toEqual(['莫言']);
  });
});
