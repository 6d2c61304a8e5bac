/** Things printed like programs (prog35, issue 13): invented sentences. */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('systems of services and of carrying out', () => {
  it('reads a system of services, of carrying out or of sand control as an arrangement', () => {
    expect(programs('新的一年，某省将重点完善“一幼一老”服务体系，新增一批托育机构。')).toEqual([]);
    expect(programs('这标志着“美丽乡镇”建设实施体系初步建立。')).toEqual([]);
    expect(programs('某区将完善“三大沙带”防沙治沙体系，提高植被覆盖率。')).toEqual([]);
  });
});

describe('activities counted by their showings', () => {
  it('reads an activity held once or twenty times as an event', () => {
    expect(programs('在某县，一场“百人舞狮龙”活动吸引了众多游客。')).toEqual([]);
    expect(programs('节日期间，各地还将开展30余场“剪纸进社区”活动。')).toEqual([]);
  });
  it('reads a shopping drive as a sales event', () => {
    expect(programs('今年，某省将持续开展“全省畅购”活动，扩大消费。')).toEqual([]);
  });
});

describe('operations of armies', () => {
  it('reads a search-and-arrest operation or a bare large-scale one as an event', () => {
    expect(programs('报道称，甲国军队开始在某城以东实施大规模搜捕行动。')).toEqual([]);
    expect(programs('联合声明称，当天在某城发起大规模行动，打击当地武装。')).toEqual([]);
  });
  it('reads the plan of a foreign army in the clause as its operation', () => {
    expect(programs('分析人士称，以军此举可能是其在边境建造“隔离带”计划的一部分。')).toEqual([]);
  });
});

describe('a vessel named in quotes', () => {
  it('reads a quoted name ending in 号 before 计划 as a ship that plans', () => {
    expect(programs('今年，“海之星号”计划到访国内多个邮轮港。')).toEqual([]);
  });
});

describe('the kind a list closes with', () => {
  it('reads a quoted name after a list and 等 as the kind of what is listed', () => {
    expect(programs('持续推进规划、标准、体制机制等“软投入”措施。')).toEqual([]);
    expect(programs('开展节水技术、创新创业、遥感科技等“丝路”专项合作计划。')).toEqual([]);
  });
});

describe('quoted runs with their count', () => {
  it('reads “A”“B”两个…方案 as one plan per quote', () => {
    expect(programs('某部印发“清洁城镇”“清洁村庄”两个建设实施方案。')).toEqual([
      '清洁城镇建设实施方案',
      '清洁村庄建设实施方案',
    ]);
  });
  it('keeps a quoted count after a list as the name of the set listed', () => {
    expect(programs('某区深入实施强基、兴业、安民等“三大工程”，边境繁荣稳定。')).toEqual([
      '三大工程',
    ]);
  });
});
