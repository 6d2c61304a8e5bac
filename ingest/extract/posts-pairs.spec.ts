/**
 * Person–post pairs on invented sentences modelled on national news (pairs-6): a verb of
 * introduction or appointment before a title, a title after a long one joined by 和, a list of
 * names given one title up to 为, a foreign name before a noun and 时.
 */
import { describe, expect, it } from 'vitest';
import { holdsOf } from '../../tests/kit/articles.ts';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

describe('verbs before a title', () => {
  it('cuts 认识 (we meet …) and 递补 (promoted from alternate) off the title', () => {
    expect(holdsOf('今天我们来认识某某科技股份有限公司董事长林雪松。')).toEqual([
      '林雪松|某某科技股份有限公司董事长',
    ]);
    expect(holdsOf('全会决定递补中央委员会候补委员周明远。')).toEqual([
      '周明远|中央委员会候补委员',
    ]);
  });
});

describe('a visit before a title', () => {
  it('cuts 来到 and 看望 (a visit to the holder) off the title', () => {
    expect(holdsOf('代表团首先来到某某研究院名誉院长林雪松家中，听取他的建议。')).toEqual([
      '林雪松|某某研究院名誉院长',
    ]);
  });
});

describe('the other person of a clause before a title', () => {
  it('ends the clause at 委员长 and a name before 与 (the chain is not the foreign head’s)', () => {
    const pairs = holdsOf(
      '中共中央政治局常委、全国人大常委会委员长林嘉树与卢旺达总统卡洛斯共同主持会议并致辞。',
    );
    expect(pairs.filter((p) => p.startsWith('卡洛斯'))).toEqual(['卡洛斯|卢旺达总统']);
  });
  it('cuts 逮捕 (a verb acting on the holder) off the title', () => {
    expect(holdsOf('警方3日宣布，逮捕某国情报机构在当地资金网络负责人卡洛斯。')).toEqual([
      '卡洛斯|某国情报机构在当地资金网络负责人',
    ]);
  });
});

describe('lists and long titles', () => {
  it('gives a title before a list of names to each name up to 为 (and the seat after it: pairs23)', () => {
    expect(
      holdsOf('全会决定递补中央委员会候补委员周明远、吴振华、郑海涛为中央委员会委员。'),
    ).toEqual([
      '吴振华|中共中央委员',
      '吴振华|中央委员会候补委员',
      '周明远|中共中央委员',
      '周明远|中央委员会候补委员',
      '郑海涛|中共中央委员',
      '郑海涛|中央委员会候补委员',
    ]);
  });
  it('gives a title before a list of names to each name before any verb (围绕)', () => {
    expect(holdsOf('某某协会副会长林嘉树、周明远、吴振华围绕有关议题作发言。')).toEqual([
      '吴振华|某某协会副会长',
      '周明远|某某协会副会长',
      '林嘉树|某某协会副会长',
    ]);
  });
  it('reads the second of two long titles joined by 和', () => {
    expect(
      holdsOf(
        '我们来认识西部某某风电科技股份有限公司董事长林雪松和某某疾病预防控制中心卫生应急中心主任高文博。',
      ),
    ).toEqual([
      '林雪松|西部某某风电科技股份有限公司董事长',
      '高文博|某某疾病预防控制中心卫生应急中心主任',
    ]);
  });
});

describe('foreign names before a noun and 时', () => {
  it('ends the name before 通话时 (during a call)', () => {
    expect(holdsOf('某国总统泽连斯基通话时称，将继续提供支持。')).toEqual(['泽连斯基|某国总统']);
  });
});

describe('capacities joined by 和', () => {
  it('reads each title after 作为 split at 和', () => {
    expect(
      holdsOf('疫情之初，高文博作为某某援鄂前线工作组组长和某某医院党委书记，带领队员奔赴一线。'),
    ).toEqual(['高文博|某某医院党委书记', '高文博|某某援鄂前线工作组组长']);
  });
});

describe('因 inside a foreign name', () => {
  it('reads 施泰因迈尔 whole after a head of state', () => {
    expect(holdsOf('国家主席林嘉树同某国总统施泰因迈尔互致贺电。')).toEqual([
      '施泰因迈尔|某国总统',
      '林嘉树|国家主席',
    ]);
  });
});

describe('a preposition between two names', () => {
  const people = (text: string) =>
    findPeople(text, startsWithPlace)
      .map((p) => p.name)
      .sort();
  it('reads 向 before a name and a head title as the preposition (向普京总统 is no 向普京)', () => {
    expect(people('周立科向普京总统和某国人民致以新春祝福。')).toEqual(['周立科', '普京']);
  });
  it('ends a name after a title before 致 and another name with its title', () => {
    expect(people('某国某党总书记苏林致周立科总书记的复信。')).toEqual(['周立科', '苏林']);
  });
});

describe('academic and professional ranks', () => {
  it('places the person but makes no post of 教授, 院士, 研究员 or 主任医师', () => {
    const text = '丙丁大学教授、中国工程院院士林嘉树认为，某医院主任医师周明远表示。';
    expect(holdsOf(text)).toEqual([]);
    expect(findPeople(text, startsWithPlace).map((p) => p.name)).toEqual(['林嘉树', '周明远']);
  });
});

describe('a greeting on taking office (pairs10)', () => {
  it('reads a dotted name after 致电 and 就任 in 祝贺他就任 as the post of the name before', () => {
    expect(holdsOf('5月2日，总理李明致电毛加尔·彼得，祝贺他就任某国总理。')).toContain(
      '毛加尔·彼得|某国总理',
    );
  });
  it('reads the first part of a dotted name back to 致电 (毛焦里·, no sounds of the tables)', () => {
    expect(holdsOf('总理李明致电毛焦里·卡洛斯，祝贺他就任某国总理。')).toEqual([
      '毛焦里·卡洛斯|某国总理',
    ]);
  });
});
