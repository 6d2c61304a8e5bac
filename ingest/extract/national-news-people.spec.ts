import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';
import { holdsOf } from '../../tests/kit/articles.ts';

const names = (text: string) =>
  findPeople(text, startsWithPlace)
    .map((p) => p.name)
    .sort();

describe('people and posts on unseen national news (pairs45, issue 11)', () => {
  it('reads every item of a long roll of names, whatever their last characters (某德江, 某岐山)', () => {
    const roll =
      '春节前夕，有关方面看望了周明远、吴立群、郑德江、孙海平、钱岐山、冯晓燕、回秀兰、朱国庆等老同志。';
    expect(names(roll)).toEqual(
      expect.arrayContaining(['郑德江', '钱岐山', '回秀兰', '孙海平', '冯晓燕']),
    );
  });
  it('keeps a short list or a list of places out of it', () => {
    expect(names('他先后到过北京、天津、河北、山东、河南、湖北等地。')).toEqual([]);
  });
  it('reads 财长 and 副财长 as ministers abroad (as 外长, 防长)', () => {
    const people = findPeople(
      '会上，甲国副财长马克西莫夫发言时，乙国财长史密森离开会场。',
      startsWithPlace,
    );
    expect(people.map((p) => [p.name, p.posts.map((x) => x.label)])).toEqual([
      ['马克西莫夫', ['甲国副财长']],
      ['史密森', ['乙国财长']],
    ]);
  });
  it('reads a monarch with a regnal number before 国王 after 转达 (转达某某三世国王的问候)', () => {
    expect(names('首相转达哈拉尔五世国王对主席的问候。')).toEqual(['哈拉尔五世']);
    expect(names('首相抵达马德里后会见国王。')).toEqual([]);
  });
  it('keeps 埃及 whole before 外长: its 及 is no conjunction (the printed form is the alias)', () => {
    const [p] = findPeople('会后，埃及外长阿卜杜拉提表示，双方同意继续沟通。', startsWithPlace);
    expect(p?.posts.map((x) => x.printed)).toEqual(['埃及外长']);
  });
  it('reads a name after an occupation before 家中 (来到院士某某家中)', () => {
    expect(names('随后，他来到院士林方定家中，听取意见。')).toEqual(['林方定']);
  });
  it('reads a run of sounds opened by an inner sound after a country title (外长恰某某某表示)', () => {
    expect(names('会上，土耳其外长恰武什奥伦表示，愿加强合作。')).toEqual(['恰武什奥伦']);
  });
  it('reads 执委 as a title (某党全国执委某某表示)', () => {
    expect(names('会上，南非非国大全国执委莱胡特表示，愿加强合作。')).toEqual(['莱胡特']);
  });
  it('keeps a dotted name whose last part is one character before 、 (某娅·茹、)', () => {
    expect(names('会上，巴西州议会副议长蒂娅·茹、协会会长恩里克·佩雷拉先后发言。')).toEqual([
      '恩里克·佩雷拉',
      '蒂娅·茹',
    ]);
  });
  it('reads an undotted Uyghur name after an occupation, 都 of 阿布都 included (牧民阿布都某某)', () => {
    expect(names('牧区里，牧民阿依古丽说，今年收成不错。')).toEqual(['阿依古丽']);
    expect(names('他记住了帮助游客的牧民阿布都卡哈尔；记住了那些人。')).toEqual(['阿布都卡哈尔']);
  });
});

describe('appointments read in a clause after the first (pairs45, issue 11)', () => {
  it('gives the name opening the next clause its own office (任命甲为…，乙为…副主任)', () => {
    const text = '会议经表决，任命周明远为某某委员会副主任委员，曾芳为某某工作委员会副主任。';
    expect(holdsOf(text)).toEqual(['周明远|某某委员会副主任委员', '曾芳|某某工作委员会副主任']);
  });
});
