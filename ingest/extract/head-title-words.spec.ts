/**
 * People on invented sentences (people26, issue 11: leaders' names the cctv25z misses showed): a
 * dictionary word after a head's title before 通电话/举行, a Japanese name of three characters,
 * 干事长 as a title, a headline's titled name the text prints where no reader takes it.
 */
import { describe, expect, it } from 'vitest';
import { extractStory } from './index.ts';
import { entityNames } from '../../tests/kit/articles.ts';

const people = (text: string) => entityNames(text, 'person');

describe('a word after a head title closed by a listed follower (name-edges.ts wordOverLonger)', () => {
  it('keeps a two-character word before 通电话 (not 某河通)', () => {
    expect(people('国家主席同某国党中央总书记黄河通电话。')).toEqual(['黄河']);
  });
  it('keeps a two-character word before 举行会谈', () => {
    expect(people('国家主席同某国党中央总书记柳江举行会谈。')).toEqual(['柳江']);
  });
  it('reads no name in a title followed by a verb phrase with no name', () => {
    expect(people('国家主席举行欢迎仪式。')).toEqual([]);
  });
});

describe('a Japanese name of three characters after a title of Japan (japanese-names.ts)', () => {
  it('keeps a family name jieba reads as a noun and one given character (森川|某、)', () => {
    expect(people('日本某党干事长森山健、另一党干事长北村信出席。')).toEqual(['北村信', '森山健']);
  });
  it('reads no Japanese name without Japan before it', () => {
    expect(people('该党干事长森山健出席。')).not.toContain('森山健');
  });
});

describe('干事长, the secretary-general of a party, is a title (roles.txt)', () => {
  it('reads the name after 干事长', () => {
    expect(people('日本某党干事长西田明仁表示，愿加强交流。')).toEqual(['西田明仁']);
  });
});

describe('a headline titled name the text prints (headline-people.ts)', () => {
  const facts = (title: string, text: string) =>
    extractStory(text, undefined, { title })
      .entities.filter((e) => e.type === 'person')
      .map((e) => e.name)
      .sort();
  it('keeps a foreign leader the headline titles and the text names after 致电', () => {
    expect(
      facts('主席向某国新任总统图恩致贺电', '5月3日，国家主席王明致电图恩，祝贺他就任总统。'),
    ).toEqual(['图恩', '王明']);
  });
  it('adds no one the text does not print', () => {
    expect(facts('主席向某国新任总统图恩致贺电', '5月3日，国家主席王明致电祝贺。')).toEqual([
      '王明',
    ]);
  });
});

describe('a foreign name before 撰文 (lexicon.json nameFollowers)', () => {
  it('keeps a long name of sounds after a title before 撰文指出', () => {
    expect(people('该报总编辑托尔茹姆巴耶夫撰文指出，合作前景广阔。')).toEqual(['托尔茹姆巴耶夫']);
  });
});

describe('总编辑 ends an office, no credit line (credit-runs.ts)', () => {
  it('reads no credits cut from the name after 总编辑', () => {
    expect(people('该报总编辑马尔茹姆巴耶夫撰文指出，合作前景广阔。')).toEqual(['马尔茹姆巴耶夫']);
  });
});

describe('a hyphen inside a dotted name before a sound the tables lack (dot-names.ts)', () => {
  it('keeps the part after the hyphen (某·马丁内斯-培尼亚)', () => {
    expect(people('该国宣布召回驻某国大使卡洛斯·马丁内斯-培尼亚。')).toEqual([
      '卡洛斯·马丁内斯-培尼亚',
    ]);
  });
});

describe('Tibetan names of two name words (tibetan-names.ts)', () => {
  it('keeps one after 代表 (not the verb 代表)', () => {
    expect(people('全国人大代表次仁江村介绍了家乡的新变化。')).toEqual(['次仁江村']);
  });
  it('keeps one in a list of names', () => {
    expect(people('王建华、李明、洛桑次旦、赵刚在主席台就座。')).toContain('洛桑次旦');
  });
  it('keeps one after an occupation', () => {
    expect(people('牧民达瓦卓玛说，今年收成不错。')).toEqual(['达瓦卓玛']);
  });
  it('reads no name in a greeting that opens with a name word (扎西|德勒)', () => {
    expect(people('扎西德勒！村民们向客人献上哈达。')).toEqual([]);
  });
});

describe('keepers and operators introduce a person (occupations.txt)', () => {
  it('reads the name after 管理员', () => {
    expect(people('仓库管理员李想告诉记者，物资已经备齐。')).toEqual(['李想']);
  });
  it('reads the name after 饲养员', () => {
    expect(people('在饲养员巴合江的带领下，马群安全转场。')).toEqual(['巴合江']);
  });
});

describe('a headline reading that is no name (headline-people.ts)', () => {
  it('adds no predicate the headline reader took after a bare title (致口信)', () => {
    const names = extractStory('国家主席王明向某国总统图恩致口信。', undefined, {
      title: '主席向某国总统致口信',
    }).entities.map((e) => e.name);
    expect(names).not.toContain('致口信');
  });
});
