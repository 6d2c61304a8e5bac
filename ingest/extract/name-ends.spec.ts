import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('where a name after a title ends', () => {
  it('ends before 很, 还 or 已, which no given name holds (某某|很有经验)', () => {
    expect(names('车间主任周立很有经验，带着新人调试设备。')).toEqual(['周立']);
    expect(names('画家孙青很有名气，作品常常售罄。')).toEqual(['孙青']);
  });
  it('leaves a two-character follower whole (王某|回答了, not 王某回|答了)', () => {
    expect(names('市疾控中心副主任王晶回答了记者提问。')).toEqual(['王晶']);
  });
  it('keeps a three-character name at the end of the text (某某强 is no 强调)', () => {
    expect(names('学会副会长陈立强')).toEqual(['陈立强']);
  });
  it('keeps the third character when punctuation follows it (余某正；), not a lone adverb', () => {
    expect(names('创办人和总经理余崇正；另一位嘉宾')).toEqual(['余崇正']);
  });
  it('ends a name with a rare last character before 赴 or 前往 (常务副市长某某竑|赴景区)', () => {
    expect(names('市委常委、常务副市长陈锴竑赴景区调研安全生产工作。')).toEqual(['陈锴竑']);
    expect(names('副市长周竑前往某镇督导。')).toEqual(['周竑']);
  });
  it('still ends the name before 说 followed by punctuation (总裁杨科说，)', () => {
    expect(names('中心总裁杨科说，风险很小。')).toEqual(['杨科']);
  });
  it('ends the name before a form of address (许某|博士说, 王某|王总)', () => {
    expect(names('商学院副教授许南博士说，银行有定价权。')).toEqual(['许南']);
    expect(names('集团董事长王诚王总，有请！')).toEqual(['王诚']);
  });
  it('ends the name before 却 and before a verb when jieba reads the two as a place (苏某|否认)', () => {
    expect(names('广州收藏者潘凝却认为价格偏高。')).toEqual(['潘凝']);
    expect(names('央行副行长苏宁否认传闻。')).toEqual(['苏宁']);
  });
  it('takes a first given character that mostly follows names where jieba reads a name (王为民, 于有斌)', () => {
    expect(names('园区管委会主任王为民。')).toEqual(['王为民']);
    expect(names('有请副县长于有斌致辞。')).toEqual(['于有斌']);
    expect(names('市长李为了群众奔走。')).toEqual([]);
  });
});

describe('names role tagging proposes', () => {
  it('keeps a two-character name before a word that follows a subject (某某是…, 某某也…)', () => {
    expect(names('据介绍，陈晶是一名护士。')).toEqual(['陈晶']);
  });
  it('reads no name from a surname and 氏 (杜氏 is Mr Du)', () => {
    expect(names('当年，杜氏在大学任教授。')).toEqual([]);
  });
  it('takes a doubled given name as an item of a list of names (沈某某、…)', () => {
    expect(names('副主席石泰明、胡春方、沈跃跃、王立勇出席。')).toContain('沈跃跃');
  });
  it('reads a one-character given name after a title by its score as a last character (排长冯某见到)', () => {
    expect(names('某部见习排长冯强见到此事，上前制止。')).toEqual(['冯强']);
    expect(names('任何一位专家都不可能知道所有。')).toEqual([]);
  });
});
