/**
 * The words around a title on invented sentences: clauses, verbs, conjunctions and counts cut
 * before it, and where the name after it ends. Split from posts.spec.ts, which tests the posts a
 * title gives; these test where the title and its name start and stop.
 */
import { describe, expect, it } from 'vitest';
import { peopleWithPosts as people } from '../../tests/kit/people.ts';

describe('clauses before a title', () => {
  it('cuts a clause with a title or a report verb before 向/对/与', () => {
    expect(people('国家主席方立群就地震向某国总统卡斯佩罗致慰问电。')[1]).toEqual({
      name: '卡斯佩罗',
      posts: ['某国总统'],
    });
    expect(people('栏目今晚将播出对某国总统卡斯佩罗的专访。')[0]!.posts).toEqual(['某国总统']);
  });
  it('drops a dash, a count or a demonstrative before a title', () => {
    expect(people('两位国家领导人——某国总统卡斯佩罗表示，')[0]!.posts).toEqual(['某国总统']);
    expect(people('欢迎某国共和国总统卡斯佩罗访华。')[0]!.posts).toEqual(['某国共和国总统']);
  });
  it('keeps organisations with 与 or 和 in their names', () => {
    expect(people('某某交流与合作中心主任柯立说，')[0]!.posts).toEqual(['某某交流与合作中心主任']);
  });
  it('takes no post from a clause ending in a leader and a title', () => {
    const found = people('这充分体现了习近平总书记念兹在兹的情怀。');
    expect(found.filter((p) => p.name !== '习近平').flatMap((p) => p.posts)).toEqual([]);
  });
  it('reads no role word that cuts a word in two (红军长征, 海警长山舰)', () => {
    expect(people('他们重走红军长征小道，感悟初心。')).toEqual([]);
  });
});

describe('conjunctions after a title', () => {
  it('reads 和 after a title as joining two titles, not as a surname', () => {
    expect(people('他担任国务院副总理和国务院总理期间，').map((p) => p.name)).toEqual([]);
    expect(people('全国工商联负责人和无党派人士代表出席。')).toEqual([]);
  });
  it('reads 则, 又, 也 after a title as opening the clause, not as a surname', () => {
    expect(people('某公司董事长何一帆表示乐观，总监则担心，').map((p) => p.name)).toEqual([
      '何一帆',
    ]);
    expect(people('会上，局长又强调，')).toEqual([]);
  });
});

describe('a head of area whose 长 opens a place name', () => {
  it('reads 某县长桂乡党委 as the county and the township 长桂乡, not 县长 and a name', () => {
    expect(people('该县长柏乡党委书记石明远说，')).toEqual([
      { name: '石明远', posts: ['该县长柏乡党委书记'] },
    ]);
    expect(people('区长王镇江说，').map((p) => p.name)).toEqual(['王镇江']);
  });
});

describe('words around a title on real news (national transcripts)', () => {
  const names = (text: string) => people(text).map((p) => p.name);
  it('reads no role inside a longer word (务工人员, 大使馆, 代表性) and no 以…为代表', () => {
    expect(names('针对务工人员反映的问题，')).toEqual([]);
    expect(names('某国驻俄大使馆随后称，')).toEqual([]);
    expect(names('以某某为代表的文化新业态蓬勃发展。')).toEqual([]);
  });
  it('starts no name at an organisation, an adverb or a time word after a title', () => {
    expect(names('看望专家，代表党中央、国务院表示问候。')).toEqual([]);
    expect(names('形成以方立群同志为总书记的党中央。')).toEqual(['方立群']);
    expect(names('周边国家领导人相继访问中国。')).toEqual([]);
  });
  it('cuts a verb acting on the official before the title (发表, 驱逐, 抗议)', () => {
    expect(people('《某》杂志发表中共中央总书记、国家主席方立群的文章。')[0]!.posts).toEqual([
      '中共中央总书记',
      '国家主席',
    ]);
    expect(people('要求政府驱逐美国驻加拿大大使胡克斯科，')[0]!.posts).toEqual([
      '美国驻加拿大大使',
    ]);
  });
  it("cuts an official's 通过 before the title of the one who speaks for them", () => {
    expect(people('某组织秘书长古尔门斯通过副发言人哈克科发表声明。')[1]).toEqual({
      name: '哈克科',
      posts: ['副发言人'],
    });
  });
  it('keeps the own country of a former title after 和 (和时任英国首相)', () => {
    expect(people('德国总理默茨科和时任英国首相斯塔默都来了。')[1]!.posts).toEqual(['英国首相']);
  });
  it('reads 大臣 as a role and a dotted Arabic name with 立 and 本 whole', () => {
    expect(people('某国国防大臣哈立科·本·萨勒科当天表示，')).toEqual([
      { name: '哈立科·本·萨勒科', posts: ['某国国防大臣'] },
    ]);
  });
  it('ends a name before a two-character verb or adverb its third character opens', () => {
    expect(names('无党派人士代表秦岚先后发言。')).toEqual(['秦岚']);
    // 明说 is a verb too, but here 明 ends the name and 说 is the speech verb.
    expect(names('区发展改革委副主任冉志明说，项目进展顺利。')).toEqual(['冉志明']);
    expect(names('某国副总统万科会晤时表示，')).toEqual(['万科']);
    expect(names('市委书记王国强调研时指出，')).toEqual(['王国强']);
  });
  it('reads foreign names with 罕 and 冯, before 警告, and not into 正在', () => {
    expect(names('沙特王储穆罕默德科1日表示，')).toEqual(['穆罕默德科']);
    expect(names('欧盟委员会主席冯德莱科，批评')).toEqual(['冯德莱科']);
    expect(names('联合国秘书长古特雷科警告说，')).toEqual(['古特雷科']);
    expect(names('某国联席会议主席凯恩正在寻找办法。')).toEqual(['凯恩']);
  });
});

describe('clauses before a title in congress and meeting news', () => {
  const posts = (text: string) => people(text).map((p) => `${p.name}|${p.posts.join(',')}`);
  it('cuts 担任, 介绍, 听取了 and a person meeting the official before the title', () => {
    expect(posts('2012年12月，担任中共中央总书记的方立群第一次赴地方考察。')).toEqual([
      '方立群|中共中央总书记',
    ]);
    expect(posts('播音员向观众介绍中国国家主席方立群。')).toEqual(['方立群|中国国家主席']);
    expect(posts('会议听取了全国人大某委员会主任委员石明远作的报告。')).toEqual([
      '石明远|全国人大某委员会主任委员',
    ]);
    expect(posts('方立群同某国总统柯尚文举行会谈。')).toContain('柯尚文|某国总统');
  });
  it('cuts 以及, 将与, 也就是, 会议由 before a title', () => {
    expect(posts('出席的有张明远，以及中央军委委员李华强等。')).toContain('李华强|中央军委委员');
    expect(posts('他表示，将与某国总统柯尚科会面。')).toEqual(['柯尚科|某国总统']);
    expect(posts('马特维科，也就是议会上院主席，')).toEqual([]);
    expect(posts('会议由全国政协副主席石明远主持。')).toEqual(['石明远|全国政协副主席']);
  });
  it('shares no organisation from 国务委员 with the title after 兼', () => {
    expect(posts('国务委员兼外交部部长王明远会见了他。')).toEqual(['王明远|国务委员,外交部部长']);
  });
  it('cuts Markdown emphasis and 在 before a title', () => {
    expect(posts('**某国总统柯尚文当选连任。')).toEqual(['柯尚文|某国总统']);
    expect(posts('21日，在某国外长乔利科讲话现场，')).toEqual(['乔利科|某国外长']);
    expect(posts('会上，而某国总统柯尚文称，')).toEqual(['柯尚文|某国总统']);
    expect(posts('闭幕会由大会主席团常务主席方立群主持。')).toEqual(['方立群|大会主席团常务主席']);
  });
  it('starts no name at a preposition or, after 代表, at a word that is no name', () => {
    expect(posts('运动员陈建新代表全体参赛运动员宣誓。')).toEqual(['陈建新|']);
    expect(posts('方立群委员长向大会报告工作。')).toEqual(['方立群|全国人大常委会委员长']);
  });
});
