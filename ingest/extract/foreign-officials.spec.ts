/**
 * Foreign officials after their titles on invented sentences: transliterated names read whole,
 * the country a bare title shares, lists of names after one title, regnal numbers. Split from
 * posts.spec.ts, whose other posts are Chinese offices.
 */
import { describe, expect, it } from 'vitest';
import { holdsOf as holds } from '../../tests/kit/articles.ts';
import { peopleWithPosts as people } from '../../tests/kit/people.ts';

describe('foreign officials', () => {
  it('reads a transliterated name after a title whole, up to a date, verb or punctuation', () => {
    expect(people('某国外长阿德里斯坦今天表示，')).toEqual([
      { name: '阿德里斯坦', posts: ['某国外长'] },
    ]);
    expect(people('某组织秘书长古尔门斯通过发言人发表声明。')[0]!.name).toBe('古尔门斯');
    expect(people('某国议会主席卡斯佩罗举行会谈。')[0]!.name).toBe('卡斯佩罗');
    expect(people('某国总统让-皮埃尔·莫兰12日说，')[0]!.name).toBe('让-皮埃尔·莫兰');
  });
  it('reads a run with 连 and one ended by a verb of diplomacy (会见/n)', () => {
    expect(people('某国总统泽连科夫24日称，')[0]!.name).toBe('泽连科夫');
    expect(people('某国外长阿拉格蒂会见了代表团。')[0]!.name).toBe('阿拉格蒂');
  });
  it('reads a dotted name with 华 whole, and a title whose head the segmenter glued (委员|长)', () => {
    expect(people('某国常驻联合国代表迈克·华尔科26日称，')).toEqual([
      { name: '迈克·华尔科', posts: ['某国常驻联合国代表'] },
    ]);
    expect(people('某国劳动党总书记、国务委员长李英浩表示，')[0]!.posts).toContain(
      '某国劳动党总书记',
    );
  });
  it("cuts a clause after a leader's title before 给/向 (最高领袖某某在给…领导人)", () => {
    expect(people('某国最高领袖穆杰塔科在给某党领导人卡西科的回信中表示，')).toEqual([
      { name: '穆杰塔科', posts: ['某国最高领袖'] },
      { name: '卡西科', posts: ['某党领导人'] },
    ]);
  });
  it("gives a minister's bare title after 和 the country of the title before", () => {
    expect(people('以总理内塔尼亚科和国防部长卡茨基24日发表声明。')).toEqual([
      { name: '内塔尼亚科', posts: ['以总理'] },
      { name: '卡茨基', posts: ['以国防部长'] },
    ]);
    expect(people('美国总统柯尚文和国务卿鲁比科会见了他。')[1]!.posts).toEqual(['美国国务卿']);
  });
  it('ends a transliterated name before 会面 (met), which the segmenter tags as a noun', () => {
    expect(people('某联盟主席邵安德及以色列总理卡斯塔尼亚胡会面。')[1]).toEqual({
      name: '卡斯塔尼亚胡',
      posts: ['以色列总理'],
    });
  });
  it('cuts a clause ending in 与/同 before a country title (不排除某某与某国总统)', () => {
    expect(people('他表示，不排除柯尚文与乌克兰总统邵安德会谈。')[1]).toEqual({
      name: '邵安德',
      posts: ['乌克兰总统'],
    });
  });
  it('takes no country before a title for a person', () => {
    expect(people('与伊拉克总统苏尔马尼、伊拉克总理阿卜杜会面。').map((p) => p.name)).toEqual([
      '苏尔马尼',
      '阿卜杜',
    ]);
  });
  it('starts no name inside a title that runs on (领袖顾问, 董事长)', () => {
    expect(people('某国最高领袖顾问穆萨维13日表示，')[0]).toEqual({
      name: '穆萨维',
      posts: ['某国最高领袖顾问'],
    });
    expect(people('某某公司董事长卢一平说，').map((p) => p.name)).toEqual(['卢一平']);
  });
  it('reads a chair of a standing committee (委员长) and cuts the dated clause before a title', () => {
    expect(people('全国人大常委会委员长方立群20日在北京同某国议会主席卡斯佩罗举行会谈。')).toEqual([
      { name: '方立群', posts: ['全国人大常委会委员长'] },
      { name: '卡斯佩罗', posts: ['某国议会主席'] },
    ]);
  });
  it('reads no appointment in 连任', () => {
    // 连任 is no 任 of 方立群; 卡斯佩罗, read since names40, holds the office he was re-elected to.
    expect(holds('某国外交部长方立群致电祝贺卡斯佩罗当选连任某国总统。')).toEqual([
      '卡斯佩罗|某国总统',
      '方立群|某国外交部长',
    ]);
  });
});

describe('lists and regnal names', () => {
  it('gives a title printed before a list of names to each of them', () => {
    expect(holds('某党中央政治局常委方立群、柯立、苗青山，某国副主席钟雨桐出席大会。')).toEqual([
      '方立群|某党中央政治局常委',
      '柯立|某党中央政治局常委',
      '苗青山|某党中央政治局常委',
      '钟雨桐|某国副主席',
    ]);
  });
  it('keeps a regnal number and a one-character verb after a foreign name', () => {
    expect(people('某国国王阿卜杜拉二世将于下月访华。')[0]!.name).toBe('阿卜杜拉二世');
    expect(people('向某国总统普拉博沃致慰问电。')[0]!.name).toBe('普拉博沃');
  });
});
