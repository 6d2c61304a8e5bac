import { describe, expect, it } from 'vitest';
import { findAppointments, sharedTitleLists } from './appointments.ts';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';
import { holdsOf } from '../../tests/kit/articles.ts';

/** name, start, post labels (former marked) and title span; invented sentences and names. */
const appointed = (text: string, names: string[]) =>
  findAppointments(
    text,
    names.map((name) => ({ name })),
    () => false,
  ).map((f) => ({
    name: f.name,
    start: f.start,
    posts: f.posts.map((p) => p.label + (p.former ? ' (former)' : '')),
    titleSpan: f.titleSpan,
  }));

describe('ingest/extract/appointments: posts given by a verb after a known name', () => {
  it('gives the office after 甲接替乙 to the successor, never to the one replaced', () => {
    expect(
      appointed('赵志刚接替钱卫东担任某省省长。', ['赵志刚', '钱卫东']).map((f) => f.name),
    ).toEqual(['赵志刚']);
    expect(appointed('会议决定接替钱卫东担任某省省长。', ['钱卫东'])).toEqual([]);
  });
  it('reads 同志, a phrase before the verb and a chain of titles', () => {
    const [a] = appointed('甲乙丙同志任国务院副总理兼市委书记。', ['甲乙丙']);
    expect(a).toMatchObject({ name: '甲乙丙', start: 0, titleSpan: [6, 17] });
    expect(a!.posts).toHaveLength(2);
    expect(appointed('丁戊在全会上当选为中央政治局委员、常委。', ['丁戊'])[0]).toMatchObject({
      name: '丁戊',
      titleSpan: [9, 19],
    });
  });

  it('marks 不再担任 as former and takes no 任 that ends another word (主任, 连任)', () => {
    expect(appointed('庚辛不再担任市长职务。', ['庚辛'])[0]!.posts).toEqual([
      expect.stringMatching(/市长 \(former\)$/),
    ]);
    expect(appointed('庚辛主任要求加快进度。', ['庚辛'])).toEqual([]);
    expect(appointed('庚辛留任区长。', ['庚辛'])).toEqual([]);
  });

  it('reads 当选 and 连任 right after the name, and 某某，祝贺他当选… for the name before', () => {
    expect(appointed('庚辛连任东岭国总统。', ['庚辛'])[0]!.posts).toEqual(['东岭国总统']);
    const wish = appointed('甲乙丙致电庚辛，祝贺他当选连任东岭国总统。', ['甲乙丙', '庚辛']);
    expect(wish.map((a) => [a.name, a.posts])).toEqual([['庚辛', ['东岭国总统']]]);
    const again = appointed('甲乙丙致电庚辛，祝贺他再次连任东岭国总理。', ['甲乙丙', '庚辛']);
    expect(again.map((a) => [a.name, a.posts])).toEqual([['庚辛', ['东岭国总理']]]);
    const headline = appointed('甲乙丙致电祝贺庚辛当选东岭国总统。', ['甲乙丙', '庚辛']);
    expect(headline.map((a) => a.name)).toEqual(['庚辛']);
  });

  it('reads the present office of a biography sentence the name opens (某某曾…，…，现为…院长)', () => {
    const bio = appointed('甲乙丙曾长期在海外任教，2010年回国，现为东岭大学物理学院院长。', [
      '甲乙丙',
    ]);
    expect(bio.map((a) => [a.name, a.posts])).toEqual([['甲乙丙', ['东岭大学物理学院院长']]]);
    // Not across another name of the story, nor from a name inside the sentence.
    expect(appointed('甲乙丙会见庚辛，现任东岭大学校长。', ['甲乙丙', '庚辛'])).toEqual([]);
    expect(appointed('据悉，甲乙丙在海外任教，现为东岭大学校长。', ['甲乙丙'])).toEqual([]);
  });

  it('stops the phrase at a clause break and prefers the longer of two names at one place', () => {
    expect(appointed('王大，任区长。', ['王大'])).toEqual([]);
    expect(
      appointed('王大明任区长，王大任副区长。', ['王大', '王大明']).map((a) => a.name),
    ).toEqual(['王大明', '王大']);
  });

  it('reads 以某某同志为总书记', () => {
    expect(appointed('以壬癸同志为总书记的党中央', ['壬癸'])).toMatchObject([
      { name: '壬癸', start: 1 },
    ]);
  });
  it('reads the one title after 作为 (in the capacity of), up to the clause it opens', () => {
    expect(
      appointed('主席赞赏甲乙丙作为某联盟轮值主席为筹备峰会作出的贡献。', ['甲乙丙']),
    ).toMatchObject([{ name: '甲乙丙', posts: ['某联盟轮值主席'] }]);
    expect(appointed('甲乙丙作为某党总书记、某国主席率代表团出席。', ['甲乙丙'])).toMatchObject([
      { name: '甲乙丙', posts: ['某党总书记', '某国主席'] },
    ]);
    // 作为轮值主席国: a country's capacity, no role word ends there.
    expect(appointed('甲乙丙表示，丁方作为某联盟轮值主席国愿加强合作。', ['甲乙丙'])).toEqual([]);
  });
  it('reads the titles after 是 and 生前是 right after the name (a comma before 生前是 too)', () => {
    expect(
      appointed('甲乙丙，生前是某市公安局副局长、交通管理局局长，从警多年。', ['甲乙丙']),
    ).toMatchObject([{ name: '甲乙丙', posts: ['某市公安局副局长', '交通管理局局长'] }]);
    expect(appointed('甲乙丙是某某勘探队的队长，已有多年。', ['甲乙丙'])).toMatchObject([
      { name: '甲乙丙', posts: ['某某勘探队队长'] },
    ]);
    // 是 further on is no copula of the name's: 甲乙丙说，这是…的队长.
    expect(appointed('甲乙丙说，这是某某勘探队的队长。', ['甲乙丙'])).toEqual([]);
  });
  it('gives a shared title to the names after its holder, not to a division (县长甲、张家口)', () => {
    const shared = (text: string) =>
      sharedTitleLists(text, findPeople(text, startsWithPlace)).map((p) => p.name);
    expect(shared('副县长孔德明、闫保国出席。')).toEqual(['闫保国']);
    expect(shared('副县长孔德明、张家口。')).toEqual([]);
  });
});

describe('ingest/extract/appointed-as: the successor of 委任甲代替乙, 任命甲接替乙, 由甲接替乙', () => {
  it('gives the office to the successor and nothing to the one replaced (tail58)', () => {
    expect(holdsOf('省政府决定委任王建国代替李长春任省交通厅厅长。')).toEqual([
      '王建国|省交通厅厅长',
    ]);
    expect(holdsOf('市委决定任命赵立新接替孙海波任县委书记。')).toEqual(['赵立新|县委书记']);
    expect(holdsOf('经研究，由周文明接替吴光辉任县长。')).toEqual(['周文明|县长']);
    expect(holdsOf('会议任命钱立群接替许明亮为县人民政府副县长。')).toEqual([
      '钱立群|县人民政府副县长',
    ]);
  });
  it('reads no successor where 由 governs no one taking office', () => {
    expect(holdsOf('该项目由张立新接替李海波负责。')).toEqual([]);
  });
});

describe('ingest/extract/appointed-as: 决定, and clauses of names after an appointment (tail58)', () => {
  it('reads 决定甲、乙为… as an appointment', () => {
    expect(holdsOf('会议经过表决，决定杨立春、信海燕、李文飞为大会副秘书长。')).toEqual([
      '信海燕|大会副秘书长',
      '李文飞|大会副秘书长',
      '杨立春|大会副秘书长',
    ]);
  });
  it('carries the verb through every clause of names and 为, a list in each', () => {
    const held = holdsOf(
      '增补付立方为经济委员会副主任，韩立勇为人口资源环境委员会副主任，尚志勇、柯尊明为教科卫体委员会副主任，多吉次旦、张裔良、蒋国建为民族和宗教委员会副主任。',
    );
    expect(held).toEqual(
      expect.arrayContaining([
        '尚志勇|教科卫体委员会副主任',
        '柯尊明|教科卫体委员会副主任',
        '张裔良|民族和宗教委员会副主任',
        '蒋国建|民族和宗教委员会副主任',
      ]),
    );
  });
  it('reads the office of one on whose behalf another acts (受…委托), without 受', () => {
    expect(holdsOf('受代市长徐立春委托，谢双明提交人事免职议案。')).toEqual(['徐立春|代市长']);
  });
});
