/** A named new town, new district or corridor built (lstrat62-l, issue 13; invented sentences). */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('a named new town, new district or corridor built', () => {
  it('reads a new town built or planned', () => {
    expect(programs('全力提升市区和西岭新城建设水平。')).toEqual(['西岭新城建设']);
    expect(programs('严格按照青溪新城总体规划推进项目。')).toEqual(['青溪新城总体规划']);
  });
  it('reads a new district developed and a corridor built', () => {
    expect(programs('县里尽快成立柳岸新区开发领导小组。')).toEqual(['柳岸新区开发']);
    expect(programs('加快推进G99科创走廊建设。')).toEqual(['G99科创走廊建设']);
  });
  it('leaves a kind of town, an unnamed one and a new district only built', () => {
    expect(programs('加快生态新城建设。')).toEqual([]);
    expect(programs('全力推进新城建设。')).toEqual([]);
    expect(programs('全力推进南湖新区建设。')).toEqual([]);
  });
  it('leaves an economic corridor to the gazetteer', () => {
    expect(programs('加快重要经济走廊建设。')).toEqual([]);
    expect(programs('推进中巴经济走廊建设。')).toEqual(['中巴经济走廊']);
  });
  it('leaves a district named 新区 a district', () => {
    expect(programs('天津滨海新区开发取得新进展。')).toEqual([]);
    expect(entityNames('天津滨海新区开发取得新进展。', 'district')).toContain('滨海新区');
  });
});
