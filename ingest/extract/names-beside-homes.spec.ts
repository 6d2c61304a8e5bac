/**
 * People read wrong or missed around ordinary words of national news (issue 11, fresh national
 * days pairs48-a): a villager's home (某某某家), a surname that is also a verb before a pause
 * (顾某某、), 此前 after a foreign name, and produce listed before 等新鲜果蔬. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { entityNames, holdsOf } from '../../tests/kit/articles.ts';

const people = (text: string) => entityNames(text, 'person');

describe('a name and 家 after an occupation (people.ts japaneseOverSurname)', () => {
  it('reads a villager’s home as the villager, not a four-character name', () => {
    expect(people('在村民陈秀娟家的小院里，大家围坐在一起拉家常。')).toEqual(['陈秀娟']);
    expect(people('记者走进村民王春梅家，院子干净整洁。')).toEqual(['王春梅']);
  });
});

describe('a sure surname that is also a verb (occupation-names.ts predicateAfterOccupation)', () => {
  it('keeps 顾 and two characters closed by a pause after an occupation', () => {
    expect(people('某某大学资深教授顾明达、某某大学教授贺立新先后发言。')).toEqual([
      '贺立新',
      '顾明达',
    ]);
  });
  it('still reads a one-character verb and a word after an occupation as the predicate', () => {
    expect(people('暑假里，学生来研学，感受非遗魅力。')).toEqual([]);
  });
});

describe('此前 after a foreign name (transliterations.ts DATED)', () => {
  it('closes a run of sounds after a title before 此前一天', () => {
    expect(holdsOf('某国总统新闻秘书佩列科夫此前一天称，目前没有会谈计划。')).toContain(
      '佩列科夫|某国总统新闻秘书',
    );
  });
});

describe('produce listed before 等 and its kind (living-things.ts KIND_AFTER_DENG)', () => {
  it('reads no person in fruit named with its place of origin', () => {
    expect(people('广东韭菜、海南西瓜、智利车厘子等新鲜果蔬正源源不断运往各地市场。')).toEqual([]);
  });
  it('keeps people listed before 等 and a person’s noun', () => {
    expect(people('副省长王建国、李红梅等同志出席会议。')).toEqual(['李红梅', '王建国']);
  });
});

describe('a name jieba’s dictionary holds as a place, before a verb of speech (segmenter-names.ts)', () => {
  it('reads the three characters under a surname after an honour as the person', () => {
    expect(people('中国工程院院士钟南山表示，疫情形势总体平稳。')).toEqual(['钟南山']);
  });
  it('reads no person in a place after a title', () => {
    expect(people('市长上海表示欢迎。')).toEqual([]);
  });
});

describe('a verb and its direction glued by jieba is no name (names.ts softGivenName)', () => {
  it('reads no person in 戴上红领巾', () => {
    expect(people('五百多名一年级学生戴上红领巾，和少先队员们同上一节课。')).toEqual([]);
  });
});

describe('an obituary’s opening in the written register (appointments.ts 生前系)', () => {
  it('gives the name before ，生前系 the office after it', () => {
    expect(holdsOf('赵东明，生前系某省公安厅禁毒局副局长，他在基层工作了30年。')).toEqual([
      '赵东明|某省公安厅禁毒局副局长',
    ]);
  });
});
