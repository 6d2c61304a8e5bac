import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('clause words read as part of a name (people44)', () => {
  it('cuts 因 ("because of") glued to a name after a title', () => {
    expect(names('据通报，副县长罗建因河道污染事件被问责。')).toEqual(['罗建']);
    expect(names('第二名候选人彼得·艾伦因支持票数不足退出了竞选。')).toEqual(['彼得·艾伦']);
  });
  it('keeps a name of sounds ending in 因 before a speech verb or 在', () => {
    expect(names('德国经济部长克莱因表示，形势严峻。')).toEqual(['克莱因']);
  });
  it('reads no person in 时 closing a 在…时 clause after a title', () => {
    expect(names('总理卡尔松在会见邻国官员时明确表示，不会出售港口。')).toEqual(['卡尔松']);
  });
  it('reads no person in 明起/今起 after an occupation, nor in 齐聚 after 代表', () => {
    expect(names('年度考试录用公务员明起报名。')).toEqual([]);
    expect(names('来自各地的企业代表齐聚省城，共商合作。')).toEqual([]);
  });
});

describe('words of a clause read as a name (people44)', () => {
  it('cuts a case’s 案 off an official’s name after the title', () => {
    expect(names('片中讲述了某市政协原主席周立平案、某县违规建房案。')).toEqual(['周立平']);
  });
  it('reads no person in a region before 国家 (the states of a region)', () => {
    expect(names('埃及代表阿拉伯国家提交了决议草案。')).toEqual([]);
  });
  it('reads no person in two frequent words by sight (努力提高)', () => {
    expect(names('希望大家多读书，努力提高思想水平和能力素质。')).toEqual([]);
  });
  it('reads no person in a modifier between 的 and a group of people', () => {
    expect(names('为边疆培养更多忠诚干净担当的高素质干部。')).toEqual([]);
  });
  it('reads no person in a saying’s clause of three characters by sight (路虽远，)', () => {
    expect(names('山区公路建成通车。\n路虽远，行则将至，乡亲们的日子越过越红火。')).toEqual([]);
  });
  it('reads no person in a kind of association before 代表 (商协会代表)', () => {
    expect(names('政府部门、企业、商协会代表参加了座谈。')).toEqual([]);
  });
});
