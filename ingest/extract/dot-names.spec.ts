import { describe, expect, it } from 'vitest';
import { dotNames } from './dot-names.ts';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

describe('names with a middle dot (dot-names.ts)', () => {
  it('keeps a last sound the segmenter reads as a verb before the predicate (…买提组成)', () => {
    const text = '由周立新、热依拉·木沙买提组成的中国队获得亚军。';
    expect(dotNames(text).map((d) => d.name)).toEqual(['热依拉·木沙买提']);
  });
  it('reads the tokens after a part of one character and a noun once (…艾利夫|表示)', () => {
    const text = '俱乐部发言人汤姆·艾利夫表示，球队将继续努力。';
    expect(dotNames(text).map((d) => d.name)).toEqual(['汤姆·艾利夫']);
  });
  it('ends a part before a verb that leads people along, glued on by the segmenter (…琼戈|率人)', () => {
    const text = '当天，边防部队指挥官维克托·琼戈率人封锁了机场。';
    expect(dotNames(text).map((d) => d.name)).toEqual(['维克托·琼戈']);
  });
  it('reads no person in a hospital or school named after one (…阿德万医院)', () => {
    expect(dotNames('当地的萨利姆·阿德万医院遭到炮击，多人受伤。')).toEqual([]);
    expect(dotNames('位于城西的约翰·霍普金斯大学发布报告。')).toEqual([]);
    // A verb between the name and the place: the name is a person's.
    expect(dotNames('总统约翰·史密斯到医院看望伤员。').map((d) => d.name)).toEqual(['约翰·史密斯']);
  });
});

describe('dotted names, pairs35 (issue 11)', () => {
  it('ends the last part before a speech verb or preposition the segmenter glued on (…胡塞称)', () => {
    const text = '该组织发言人穆罕默德·阿里·胡塞称，行动不会停止。';
    expect(dotNames(text).map((d) => d.name)).toEqual(['穆罕默德·阿里·胡塞']);
    const visit = '欢迎某国总统伊纳西奥·卢拉对我国进行国事访问。';
    expect(dotNames(visit).map((d) => d.name)).toEqual(['伊纳西奥·卢拉']);
  });
  it('reads four parts of a Portuguese name past sixteen characters', () => {
    const text = '欢迎某国总统若昂·曼努埃尔·贡萨尔维斯·佩雷拉对我国进行国事访问。';
    expect(dotNames(text).map((d) => d.name)).toEqual(['若昂·曼努埃尔·贡萨尔维斯·佩雷拉']);
  });
  it('joins a lone sound with a name word of three after it (…·达|席尔瓦)', () => {
    const text = '某国总统安东尼奥·达席尔瓦表示，合作前景广阔。';
    expect(dotNames(text).map((d) => d.name)).toEqual(['安东尼奥·达席尔瓦']);
  });
  it('reads no name where only a part of one character sounds foreign (某茂·古…项目, blocal-f)', () => {
    expect(dotNames('考察组走访了华兴·古龙头产城融合项目。')).toEqual([]);
    // A one-character part beside a foreign one stays a name (乌里·巴, 蒂娅·茹).
    expect(dotNames('议员蒂娅·茹表示，合作前景广阔。').map((d) => d.name)).toEqual(['蒂娅·茹']);
  });
});

describe('a first part opening with a character jieba reads as a pronoun', () => {
  it('keeps 吾 after 的 in the name (某县的吾某某·某某医生)', () => {
    const text = '我们来认识某某县的吾拉木·苏来曼医生。';
    expect(dotNames(text).map((d) => d.name)).toEqual(['吾拉木·苏来曼']);
  });
});

describe('a rank or a kinship glued to a first part (people58)', () => {
  it('starts the part after a rank and ends it before 之孙 (元帅瓦·伊·某可夫之孙尼·弗·某可夫)', () => {
    const text = '苏联元帅瓦·伊·罗可夫之孙尼·弗·罗可夫介绍情况。';
    expect(dotNames(text).map((d) => d.name)).toEqual(['瓦·伊·罗可夫', '尼·弗·罗可夫']);
  });
  it('reads the grandson as a person after 之孙 (false-names.ts cutAtStart)', () => {
    const text = '苏联元帅瓦·伊·罗可夫之孙尼·弗·罗可夫介绍情况。';
    expect(findPeople(text, startsWithPlace).map((p) => p.name)).toEqual([
      '瓦·伊·罗可夫',
      '尼·弗·罗可夫',
    ]);
  });
});
