/** Posts on invented sentences: role words, back-references, home prefixes, occupations. */
import { describe, expect, it } from 'vitest';
import { holdsOf } from '../../tests/kit/articles.ts';
import { extractStory } from './index.ts';
import { findPeople } from './people.ts';
import { parsePostChain } from './posts.ts';
import { startsWithPlace } from './places.ts';

const people = (text: string) =>
  findPeople(text, startsWithPlace).map((p) => ({
    name: p.name,
    posts: p.posts.filter((x) => !x.occupation).map((x) => x.label),
  }));
const holds = holdsOf;

describe('role words', () => {
  it('reads titles ending in spokespeople, chief specialists and graded officials', () => {
    expect(people('省统计局新闻发言人贺文涛介绍，上半年工业增长。')).toEqual([
      { name: '贺文涛', posts: ['省统计局新闻发言人'] },
    ]);
    expect(people('某某实验室首席科学家林雪松说，')).toEqual([
      { name: '林雪松', posts: ['某某实验室首席科学家'] },
    ]);
    expect(people('市气象台首席预报员范小雨提醒，')[0]!.posts).toEqual(['市气象台首席预报员']);
    expect(people('该行总经济师姜一帆认为，')[0]!.name).toBe('姜一帆');
    expect(people('某某海关副关长苏文博表示，')[0]!.posts).toEqual(['某某海关副关长']);
    expect(people('区乡村振兴局专干孔令杰说，')[0]!.posts).toEqual(['区乡村振兴局专干']);
    expect(people('县防汛抗旱指挥部指挥长梁振国要求，')[0]!.name).toBe('梁振国');
    expect(people('该区人民法院法官唐宁说，')[0]!.posts).toEqual(['该区人民法院法官']);
    expect(people('某某超市店长邓晓丽说，')[0]!.posts).toEqual(['某某超市店长']);
  });
  it('reads heads of state and foreign ministers before their names', () => {
    expect(people('某国总统柯尚文表示，')[0]!.posts).toEqual(['某国总统']);
    expect(people('国务院总理林嘉树会见外宾。')[0]).toEqual({
      name: '林嘉树',
      posts: ['国务院总理'],
    });
  });
});

describe('names before titles', () => {
  it('forms the national office of a bare leader title after a name', () => {
    expect(people('会见时，林嘉树总理指出，')).toEqual([{ name: '林嘉树', posts: ['国务院总理'] }]);
  });
  it('keeps 主席 and 同志 after a name as a person without a post, also after 以', () => {
    expect(people('会上，何振邦主席讲话。')).toEqual([{ name: '何振邦', posts: [] }]);
    expect(people('大家缅怀以何振邦同志为代表的老一辈。')).toEqual([{ name: '何振邦', posts: [] }]);
  });
});

describe('post chains', () => {
  it('expands a bare 区 that refers back to the chain area', () => {
    expect(people('石柱县委农业农村工委书记、县农业农村委主任冉光明说，')[0]!.posts).toEqual([
      '石柱县委农业农村工委书记',
      '石柱县农业农村委主任',
    ]);
  });
  it('keeps the chain area after a back-reference, for the titles after it', () => {
    expect(
      people('石柱县委常委、县农业农村工委书记、县农业农村委主任冉光明说，')[0]!.posts,
    ).toEqual(['石柱县委常委', '石柱县农业农村工委书记', '石柱县农业农村委主任']);
    expect(people('石柱县委常委、县农业农村工委书记、县长冉光明说，')[0]!.posts).toContain(
      '石柱县县长',
    );
  });
  it('gives a bare 镇长 the town of the chain', () => {
    expect(people('青山镇党委副书记、镇长龚丽表示，')[0]!.posts).toEqual([
      '青山镇党委副书记',
      '青山镇镇长',
    ]);
  });
  it('cuts no body name after a role word running on into a body (主席团…宪法和法律委员会)', () => {
    expect(holds('主席团会议听取了宪法和法律委员会主任委员王大山作的报告。')).toEqual([
      '王大山|全国人大宪法和法律委员会主任委员',
    ]);
  });
  it("gives a bare state body after a foreign country's title that country", () => {
    expect(people('越南共产党总书记、国家主席王大山前往陵园。')[0]!.posts).toEqual([
      '越南共产党总书记',
      '越南国家主席',
    ]);
    const chain = parsePostChain(['朝鲜劳动党总书记', '国务委员长'], startsWithPlace);
    expect(chain.map((p) => p.label)).toEqual(['朝鲜劳动党总书记', '朝鲜国务委员长']);
    expect(people('中共中央政治局常委、国务院副总理王大山出席。')[0]!.posts).toEqual([
      '中央政治局常委',
      '国务院副总理',
    ]);
  });
  it("gives the bare roles after an area's 党委 title that 党委 (某自治区党委委员、常委、书记)", () => {
    const chain = parsePostChain(['东岭自治区党委委员', '常委', '书记'], startsWithPlace);
    expect(chain.map((p) => p.label)).toEqual([
      '东岭自治区党委委员',
      '东岭自治区党委常委',
      '东岭自治区党委书记',
    ]);
    const firm = parsePostChain(['东岭公司党委书记', '董事长'], startsWithPlace);
    expect(firm.map((p) => p.label)).toEqual(['东岭公司党委书记', '东岭公司董事长']);
  });
  it('puts a committee body after its committee (市委常委、宣传部部长)', () => {
    expect(people('市委常委、宣传部部长穆文彬出席。')[0]!.posts).toEqual([
      '市委常委',
      '市委宣传部部长',
    ]);
  });
});

describe('occupations', () => {
  it('keeps a person introduced by an occupation, with the occupation as the mention role', () => {
    const story = extractStory(
      '在村口，村民龙大勇说，今年的收成不错。游客柏小琳告诉记者，这里很美。',
    );
    const byName = new Map(story.entities.map((e) => [e.name, e]));
    expect(byName.get('龙大勇')?.role).toBe('村民');
    expect(byName.get('柏小琳')?.role).toBe('游客');
    expect(story.entities.filter((e) => e.type === 'post')).toEqual([]);
  });
  it('takes a worker for no post', () => {
    const story = extractStory('产业工人王某某说，技能很重要。');
    expect(story.entities.filter((e) => e.type === 'post')).toEqual([]);
  });
});

describe('posts given by a verb after a known name', () => {
  it('reads 任/兼任/当选为 chains after a person, with 兼 and shared prefixes', () => {
    const text =
      '经济学家方立群表示，要稳增长。2001年，方立群同志任某某省副省长兼省发展计划委员会主任、党组书记，分管工业。' +
      '此后，方立群同志在全会上当选为省委常委、秘书长。';
    expect(holds(text)).toEqual([
      '方立群|某某省副省长',
      '方立群|某某省发展计划委员会主任',
      '方立群|某某省发展计划委员会党组书记',
      '方立群|省委常委',
      '方立群|省委秘书长',
    ]);
  });
  it('marks 不再担任 as former and cuts 等 and 职务 off the last title', () => {
    const story = extractStory(
      '国务院原副总理方立群同志逝世。方立群同志不再担任某某领导小组组长等职务。',
    );
    const former = story.relations.filter((r) => r.type === 'HOLDS' && r.attributes?.former);
    expect(former.map((r) => r.target.name).sort()).toEqual(['国务院副总理', '某某领导小组组长']);
  });
  it('forms the office in 以某某同志为总书记的党中央', () => {
    expect(holds('坚决拥护以方立群同志为总书记的党中央。')).toContain('方立群|中共中央总书记');
  });
});

describe('title chains', () => {
  it('drops the term of a congress from the office (十五届中央政治局常委)', () => {
    expect(people('中国共产党第十四届、十五届中央政治局常委方立群同志出席。')[0]!.posts).toEqual([
      '中央政治局常委',
    ]);
  });
  it('takes no name from the word after 委员会 or a leader named before the title', () => {
    expect(people('兼任国家某某改革委员会主任。').map((p) => p.name)).toEqual([]);
    const found = people('共同富裕，方立群总书记念兹在兹。');
    expect(found.filter((p) => p.posts.length > 0).map((p) => p.name)).toEqual(['方立群']);
  });
  it('reads a list number and 应 before a title as no part of it', () => {
    expect(people('（2）某国内政部长访华')[0]?.posts ?? []).not.toContain('（2）某国内政部长');
    expect(people('应国家主席方立群邀请，')[0]!.posts).toEqual(['国家主席']);
  });
});

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

describe('home prefixes of autonomous regions', () => {
  it('keeps 自治区 whole when the home is an autonomous region', () => {
    const text =
      '广西壮族自治区工业和信息化厅副厅长龙一鸣到南宁调研。他还去了柳州、桂林。\n南宁的企业很多。';
    expect(holds(text)).toEqual(['龙一鸣|广西壮族自治区工业和信息化厅副厅长']);
    const post = extractStory(text).entities.find((e) => e.type === 'post')!;
    expect(post.surfaces).toContain('自治区工业和信息化厅副厅长');
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

describe('members of a body', () => {
  it('keeps 成员 a role of its body (a post), not a community role', () => {
    expect(people('联合国某委员会前成员伊戈科·尼库科表示，')[0]!.posts).toEqual([
      '联合国某委员会成员',
    ]);
  });
});
