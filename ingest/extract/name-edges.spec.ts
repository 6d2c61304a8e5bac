import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('where a name printed after a title ends (name-edges.ts)', () => {
  it('ends a two-character name before a character that opens the next word (杨某|拿起, 何某|本报)', () => {
    expect(names('茶艺协会会长杨斌拿起一把茶壶。')).toEqual(['杨斌']);
    expect(names('某大学教授何佳本报记者前去采访。')).toContain('何佳');
    expect(names('接下来有请某集团董事长王诚做主题发言。')).toEqual(['王诚']);
  });
  it('ends a name before a character seldom a given name and no name character (崔某|出, 傅某|给)', () => {
    expect(names('最后总设计师崔恺出了这个方案。')).toEqual(['崔恺']);
    expect(names('请频道主编傅硕给我们介绍一下。')).toEqual(['傅硕']);
    expect(names('被美食评论家蔡澜倾力推荐。')).toEqual(['蔡澜']);
  });
  it('keeps a doubled given name whose character is rare in names (黄某某)', () => {
    expect(names('图为某公司设计师黄珊珊讲授装修经验')).toEqual(['黄珊珊']);
  });
  it('cuts no name short that jieba holds whole, and ends none at 一 before punctuation', () => {
    expect(names('总参谋长傅全有上将今天会见了客人。')).not.toContain('傅全');
    expect(names('某协会秘书长朱中一：行业的发展机会')).toEqual(['朱中一']);
  });
  it('still reads no name from words after an occupation (艺人都靠自我)', () => {
    expect(names('旧时的艺人都靠自我奋斗。')).toEqual([]);
  });
  it('reads a name after a title whose last character jieba glues into a compound surname (副署|长孙)', () => {
    expect(names('某总署副署长孙立山曾表示，要推动产业升级。')).toEqual(['孙立山']);
  });
  it('keeps a two-sound transliterated name after a role when a clear end follows (主教练某某公布)', () => {
    expect(names('该队主教练勒佩公布了大名单。')).toEqual(['勒佩']);
    expect(names('该队前锋弗诺伤愈复出。')).toEqual(['弗诺']);
    expect(names('会见该国国防部长费尔南德斯等人')).not.toContain('费尔');
    expect(names('听障舞蹈演员默契配合，翩翩起舞。')).toEqual([]);
  });
  it('reads a name that is also a word between a title and a comma (经理某某，), not a verb', () => {
    expect(names('某公司策划经理舒心，负责推广。')).toEqual(['舒心']);
    expect(names('会上，区委书记强调，要抓好落实。')).toEqual([]);
  });
  it('ends a name after a title before 会谈/会见 (大臣西田康稔会谈时)', () => {
    expect(names('日本经济产业大臣西田康稔会谈时表示。')).toEqual(['西田康稔']);
    expect(names('日本外务大臣上村康稔会见时表示。')).toEqual(['上村康稔']);
  });
  it("reads a place word after a head of state's title before a verb (国家主席某某将于…访华)", () => {
    expect(names('某国国家主席黄山将于明日对中国进行国事访问。')).toEqual(['黄山']);
    expect(names('市长黄山将于明日出席。')).toEqual([]);
  });
  it("closes a name with 证实, a speaker's verb jieba tags as a noun (某国驻华大使某某证实，)", () => {
    expect(names('某国驻华大使莱克证实，双方同意。')).toEqual(['莱克']);
  });
});

describe('a name that is also a noun, after a title and before a speech verb', () => {
  it('is the name (主任黄河告诉记者)', () => {
    expect(names('县农业农村委主任黄河告诉记者，今年将推广新模式。')).toEqual(['黄河']);
  });
  it('is not a place the gazetteers know, nor a noun with no speech verb after it', () => {
    expect(names('县农业农村委主任江津表示，今年将推广新模式。')).toEqual([]);
    expect(names('县农业农村委主任黄河流域调研。')).toEqual([]);
  });
  it('is the name before a follower of names after an office (政协主席高洁出席), not after an occupation or as an adverb', () => {
    expect(names('市政协主席高洁出席开幕式。')).toEqual(['高洁']);
    expect(names('村党支部书记何来这么大的干劲？')).toEqual([]);
  });
});

describe('words after a title that only look like a name (words-across-name.ts wordsAcrossName, name-edges.ts placeTrip)', () => {
  it('reads no name where the surname opens a word and the "name" ends inside the next (殷切|勉励)', () => {
    expect(names('部长的殷切勉励，让大家倍感振奋。')).toEqual([]);
    expect(names('推行“书记党课领学、支部送学”等方式。')).toEqual([]);
  });
  it('keeps a name that ends where a word ends (书记高峰|表示)', () => {
    expect(names('村支部书记高峰表示，要加快发展。')).toEqual(['高峰']);
    // Or opens with a proper noun jieba knows (野田/nz) before a part it does not (佳彦/x).
    expect(names('新党党首可能由民主党党首野田健彦和公明党党首共同担任。')).toContain('野田健彦');
  });
  it('reads no name from a place and 行 after a title (“博士沈阳行”招聘会)', () => {
    expect(names('今年的“博士沈阳行”招聘会开幕。')).toEqual([]);
  });
});
