/**
 * People and posts on invented sentences modelled on national news (people16, issue 11, from
 * 新闻联播 2024-01-15..19 read by eye and the people golds): a ministry named by a list of fields,
 * a list of terms inside a title, a foreign party leader titled after the name, 代表 before the
 * deputies' places, and a sure surname with a sound as given name in a list of names.
 */
import { describe, expect, it } from 'vitest';
import { entityNames, holdsOf } from '../../tests/kit/articles.ts';

describe('a ministry named by a list of fields', () => {
  it('keeps fields joined by 与 after the country whole (某国农业、食品与海洋事务部长)', () => {
    expect(holdsOf('某国农业、食品与海洋事务部长卡洛斯到机场送行。')).toEqual([
      '卡洛斯|某国农业、食品与海洋事务部长',
    ]);
  });
  it('keeps two fields with no conjunction after 兼 (联邦委员兼经济、教研部长)', () => {
    expect(holdsOf('某国联邦委员兼经济、教研部长卡洛斯参加会谈。')).toContain(
      '卡洛斯|某国联邦经济、教研部长',
    );
  });
  it('gives the title after 兼 the country alone (环境、气候与通讯部长兼交通部长)', () => {
    expect(holdsOf('爱尔兰环境、气候与通讯部长兼交通部长卡洛斯到机场迎接。')).toEqual([
      '卡洛斯|爱尔兰交通部长',
      '卡洛斯|爱尔兰环境、气候与通讯部长',
    ]);
  });
});

describe('a list of terms inside a title', () => {
  it('reads one office, not the last term’s body alone (某同盟第六届、七届中央委员会主席)', () => {
    expect(holdsOf('某某同盟第六届、七届中央委员会主席周立科同志的遗体在京火化。')).toEqual([
      '周立科|某某同盟中央委员会主席',
    ]);
  });
  it('reads the body before the terms (某联谊会第四届、五届会长)', () => {
    expect(holdsOf('全国某某联谊会第四届、五届会长，优秀党员周立科同志逝世。')).toEqual([
      '周立科|全国某某联谊会会长',
    ]);
  });
});

describe('a foreign leader met by a Chinese one, titled after the name', () => {
  it('reads a name the tables lack after 会见 (会见通某总书记)', () => {
    expect(entityNames('国家主席在北京会见通桑总书记、国家主席。', 'person')).toContain('通桑');
  });
  it('reads a Chinese-shaped name after 同 before 总书记, with no Chinese office (同苏某总书记: 苏平/ns)', () => {
    const text = '习近平总书记同苏平总书记就推进两国关系作出战略擘画。';
    expect(entityNames(text, 'person')).toContain('苏平');
    expect(holdsOf(text).filter((h) => h.startsWith('苏平'))).toEqual([]);
  });
});

describe('代表 before the deputies’ places', () => {
  it('reads no name in 代表家站 after a pause', () => {
    expect(entityNames('要建好用好基层立法联系点、代表家站等，让立法满载民意。', 'person')).toEqual(
      [],
    );
  });
  it('still reads a deputy after a noun (全国人大代表冼某)', () => {
    expect(entityNames('全国人大代表冼星说，要加快发展。', 'person')).toEqual(['冼星']);
  });
});

describe('a list of names', () => {
  it('reads a sure surname with a sound as given name inside it (甲、何维、乙)', () => {
    expect(entityNames('出席的还有郑立邦、刘新成、何维、邵鸿和蒋作君等。', 'person')).toContain(
      '何维',
    );
  });
});

describe('a Japanese name of two known words after a title of Japan’s', () => {
  it('reads a place word and a name word as the name (日本某党党首福岛瑞穗率领)', () => {
    expect(holdsOf('部长会见由日本某某党党首福岛瑞穗率领的代表团。')).toEqual([
      '福岛瑞穗|日本某某党党首',
    ]);
  });
  it('reads no such pair outside a Japanese title (某某党党首福岛瑞穗 needs 日本)', () => {
    expect(entityNames('会见由某国某某党党首福岛瑞穗率领的代表团。', 'person')).not.toContain(
      '福岛瑞穗',
    );
  });
});

describe('a monarch’s numbered name after the title', () => {
  it('reads characters outside the tables before the regnal number (国王腓某十世)', () => {
    expect(holdsOf('主席向某国新任国王腓特烈十世致贺电。')).toEqual(['腓特烈十世|某国国王']);
  });
});

describe('the foreign minister’s title of the DPRK and Japan', () => {
  it('reads 外务相 as a post before the name (朝鲜外务相某某)', () => {
    expect(holdsOf('某国总统会见朝鲜外务相崔明姬。')).toContain('崔明姬|朝鲜外务相');
  });
  it('reads no title across 相关 (场外相关人员)', () => {
    expect(holdsOf('场外相关人员李明介绍了情况。')).toEqual([]);
  });
});

describe('a village printed after its county', () => {
  it('reads no name where the story prints it as a village (某县常口村 … 常口村民委员会)', () => {
    const text = '在某某县常口村的展馆里，一张碳票陈列在展台上，由林业局制发给常口村民委员会。';
    expect(entityNames(text, 'person')).toEqual([]);
  });
  it('still reads a name after a head’s title before 村里 (副县长某某村里走访)', () => {
    expect(entityNames('副县长王明村里走访，王明说，要加强合作。', 'person')).toEqual(['王明']);
  });
});
