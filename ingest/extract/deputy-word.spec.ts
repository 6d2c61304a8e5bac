/**
 * People and posts on invented sentences modelled on national news (people17, issue 11, from the
 * people golds' leftovers and unseen days): a rare name after 人大代表 the segmenter reads as a
 * number, a name opening a clause before its verb, an unknown word between names of a list, the
 * congress' 来自…的某某代表, a foreign reporter, a session's chair, and 于 after 来往.
 */
import { describe, expect, it } from 'vitest';
import { entityNames, holdsOf } from '../../tests/kit/articles.ts';

const people = (text: string) => entityNames(text, 'person');

describe('代表 ending a longer noun', () => {
  it('reads 代表 ending 人大代表 as the title, not the verb (人大代表万步青带领…)', () => {
    expect(people('来自湖北的人大代表万步青带领团队攻克了深海钻探难题。')).toEqual(['万步青']);
  });
  it('keeps 代表 the verb where no name ends clearly (他代表全体队员宣誓)', () => {
    expect(people('他代表全体参赛队员宣誓。')).toEqual([]);
  });
});

describe('a name opening a clause', () => {
  it('closes before the clause’s verb as before a pause (，某亚平执行…任务)', () => {
    expect(people('2015年9月，周亚平执行首次远洋科考任务，成为队里的骨干。')).toEqual(['周亚平']);
  });
});

describe('a list of names', () => {
  it('takes an unknown word between two names, whatever its first character (甲、铁某、乙)', () => {
    expect(people('郑国强、王立新、铁岚、刘志刚等出席活动。')).toContain('铁岚');
  });
  it('takes an unknown word between a name and a dotted name (甲、琼某、丙·丁)', () => {
    expect(people('政协委员苏立华、马志德、琼达、买买提·艾力也回答了提问。')).toContain('琼达');
  });
});

describe('the congress’ deputies', () => {
  it('opens a name after 来自…的 before 代表, a surname outside the gazetteer too', () => {
    expect(people('来自空军的宛志成代表、来自海军的王丽娜代表依次发言。')).toEqual([
      '宛志成',
      '王丽娜',
    ]);
  });
});

describe('a foreign reporter', () => {
  it('reads the name after 美国记者 (no credit of the programme’s own)', () => {
    expect(people('有关方面应核实美国记者赫什掌握的相关材料。')).toEqual(['赫什']);
  });
});

describe('a session’s chair', () => {
  it('makes 会议主持人 a post, not an occupation', () => {
    expect(holdsOf('全国某某大会主席团会议主持人张立新参加了小组讨论。')).toEqual([
      '张立新|全国某某大会主席团会议主持人',
    ]);
  });
});

describe('于 after a verb of going to and fro', () => {
  it('reads 于 after 来往 as the preposition of the places (来往于京雄两地)', () => {
    expect(people('这趟客车来往于京雄两地。')).toEqual([]);
  });
});

describe('a day pointed at after a name', () => {
  it('closes a name after a title as a date does (某国首相洪某当天表示)', () => {
    expect(holdsOf('某国首相洪文达当天表示，两国合作成果丰硕。')).toEqual(['洪文达|某国首相']);
  });
});

describe('a craft’s serial number', () => {
  it('reads a name before 一号 as a craft, no person (某某星一号运载火箭)', () => {
    expect(people('今天上午，谷雨星一号运载火箭成功发射。')).toEqual([]);
  });
});

describe('a message after 就 and 向', () => {
  it('cuts the matter after 就 at 向 before a title of its own country (古共中央第一书记)', () => {
    expect(
      holdsOf(
        '国家主席李明远就古巴发生强烈地震向古共中央第一书记、古巴国家主席迪亚斯-卡内尔致慰问电。',
      ),
    ).toContain('迪亚斯-卡内尔|古巴共产党中央委员会第一书记');
  });
});

describe('a party membership before an office', () => {
  it('is no part of the office (共和党籍得州州长)', () => {
    expect(holdsOf('共和党籍得州州长卡尔森宣布，将向边境增派人员。')).toEqual(['卡尔森|得州州长']);
  });
});

describe('an idiom after an adverb', () => {
  it('opens no name after a one-character adverb (拿到了真金白银)', () => {
    expect(people('减税降费让小微企业拿到了真金白银的实惠。')).toEqual([]);
  });
});

describe('a list of works', () => {
  it('reads an item by sight in a list naming works as a site (某某、白鹤滩水电站)', () => {
    expect(people('近年来，乌东德、白鹤滩水电站相继投产。')).toEqual([]);
  });
});

describe('a Japanese name of five characters', () => {
  it('reads a family name of two and a given name of three after a title of Japan’s', () => {
    expect(holdsOf('日本某某党党首山口真津男率领代表团访华。')).toEqual([
      '山口真津男|日本某某党党首',
    ]);
  });
});
