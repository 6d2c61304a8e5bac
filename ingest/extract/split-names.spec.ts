import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) =>
  findPeople(text, startsWithPlace)
    .map((p) => p.name)
    .sort();

describe('names jieba splits across a word boundary (names42, issue 11)', () => {
  it('reads the third character jieba leaves alone after a name word (李广|苏|已经, 杨树|朋)', () => {
    expect(names('据了解，李广苏已经在这里工作了十年。')).toEqual(['李广苏']);
    expect(names('今年，尚志刚尝试新的种植模式。')).toEqual(['尚志刚']);
    expect(names('战士杨树朋壮烈牺牲。')).toEqual(['杨树朋']);
  });
  it('reads the third character jieba glues to a one-character verb (张家|明说)', () => {
    expect(names('张家明说，这里的变化很大。')).toEqual(['张家明']);
  });
  it('keeps places and things that start with such a word no name', () => {
    expect(names('杨树林里鸟儿很多，王府井正在改造。')).not.toContain('王府井');
    expect(names('今年张家口正在建设新的场馆。')).toEqual([]);
    expect(names('这里的王府里有很多文物。')).toEqual([]);
    // An adjective before a noun-verb is no predicate: 祝福|新|生活 is "wish a new life".
    expect(names('大家互致问候，祝福新生活越过越好。')).toEqual([]);
    // Surname + 家 + a settlement's or a works' word is a place (李家窑: a kiln, 王家湾: a bend).
    expect(names('这座古窑与李家窑相邻，游客众多。')).toEqual([]);
  });
  it('ends no list at 和 before a name that ends in a surname (李聪和李广苏)', () => {
    expect(names('队员王聪和李广苏已经出发。')).toEqual(['李广苏', '王聪']);
  });
});

describe('doubles pairs around a slash (names42)', () => {
  it('reads the partner whose given name is a word (某清晨/某一凡, 某思维/某雅琼)', () => {
    expect(names('陈清晨/贾一凡以2比0击败对手，夺得女双冠军。')).toEqual(['贾一凡', '陈清晨']);
    expect(names('郑思维/黄雅琼战胜对手，赢得混双冠军。')).toEqual(['郑思维', '黄雅琼']);
  });
  it('reads no partner out of a ratio or a pair of words', () => {
    expect(names('今年的清晨/傍晚温差很大。')).toEqual([]);
  });
});

describe('Uyghur, Kazakh and Tibetan names with no title or dot (names42)', () => {
  it('reads an undotted Uyghur or Kazakh name as subject or object', () => {
    expect(names('阿依古丽正在给孩子们上课。')).toEqual(['阿依古丽']);
    expect(names('村里的库尔班江每天早上都去放羊。')).toEqual(['库尔班江']);
    expect(names('记者见到阿不都热西提时，他正在果园里忙碌。')).toEqual(['阿不都热西提']);
  });
  it('reads no name out of one element, a festival or a county', () => {
    expect(names('肉孜节期间，阿瓦提县举行了庆祝活动。')).toEqual([]);
  });
  it('reads a Tibetan subject before a time word (达瓦某某今年…)', () => {
    expect(names('达瓦次仁今年种了二十亩青稞。')).toEqual(['达瓦次仁']);
  });
});
