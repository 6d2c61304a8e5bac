import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const found = (text: string) => findPeople(text, startsWithPlace);
const names = (text: string) => found(text).map((p) => p.name);

describe('names after a title the checks refused (names40, issue 11)', () => {
  it('keeps a title whose last character jieba glues to a name of sounds (防长加|里特)', () => {
    const [p] = found('澳大利亚防长加里特19日表示，将增加防务开支。');
    expect(p?.name).toBe('加里特');
    expect(p?.via).toBe('post');
    expect(p?.posts.map((q) => q.label)).toEqual(['澳大利亚防长']);
  });
  it("reads a head's two-character name whose first character is a verb (通萨将于…)", () => {
    expect(names('某国人革党中央总书记、国家主席通萨将于下月对中国进行国事访问。')).toEqual([
      '通萨',
    ]);
    // A verb and a country's short form, or a name running into another title, stay no name.
    expect(names('主席访伊期间签署了多项协议。')).toEqual([]);
    expect(names('总书记向伊主席问好。')).toEqual([]);
  });
});

describe('names without a title that real news prints (names40)', () => {
  it('reads the members whose seats a decision takes away', () => {
    expect(
      names('会议审议通过了关于撤销钱立志、何松政协第十四届全国委员会委员资格的决定。'),
    ).toEqual(['钱立志', '何松']);
    expect(names('省人大常委会决定终止王大海的省人大代表资格。')).toEqual(['王大海']);
    expect(names('会议决定取消部分企业的代表资格。')).toEqual([]);
  });
  it('ends a name before a preposition and a leader’s bare title (翁华给总书记…)', () => {
    expect(names('当时在门诊大厅，村医翁华给总书记看了自己的诊室。')).toEqual(['翁华']);
  });
});

describe('pieces read as people (names40)', () => {
  it('reads the leader after 牢记 (a verb jieba tags as a noun), not the word after the title', () => {
    expect(names('运动员们牢记习近平总书记关怀嘱托，奋勇争先。')).toEqual(['习近平']);
  });
  it('takes 信中称 for where something is said, not a speaker', () => {
    expect(
      names(
        '某国代表团在发给安理会的一封信中表示，设备在抵达前被植入炸药。信中称，邻国策划了袭击。',
      ),
    ).toEqual([]);
    expect(names('李中说，今年收成好。')).toEqual(['李中']);
  });
});

describe('foreign names after 当选 and Mongolian names (names40)', () => {
  it('reads the foreign name a message congratulates on an election, no surname opening it', () => {
    expect(names('主席致电祝贺帕洛当选某国总统。')).toEqual(['帕洛']);
  });
  it('reads a name of sounds on over a character the tables lack, up to a day of the month', () => {
    expect(names('联合国驻地协调员阿卜杜勒茂尼1日发表声明。')).toEqual(['阿卜杜勒茂尼']);
    expect(names('某国总统阿比纳多宣布，将举行大选。')).toEqual(['阿比纳多']);
  });
  it('reads a pair after a title that jieba holds as a rare place (拉腊/ns, 3)', () => {
    const people = found('同日，国家副主席向某国当选副总统拉腊致贺电。');
    expect(people.map((p) => p.name)).toEqual(['拉腊']);
  });
  it('reads Mongolian names spelt with 呼 and an inner 其', () => {
    expect(names('主席会见由某党主席、国家大呼拉尔主席乌其尔勒率领的代表团。')).toEqual([
      '乌其尔勒',
    ]);
    expect(names('去年，主席同呼日勒苏赫总统成功会晤。')).toEqual(['呼日勒苏赫']);
    expect(names('国家大呼拉尔主席表示欢迎。大家呼吁加强合作。')).toEqual([]);
  });
});
