/**
 * Posts on invented sentences: role words, back-references, home prefixes, occupations. Foreign
 * officials are in foreign-officials.spec.ts, the words cut around a title in
 * words-around-titles.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import { holdsOf } from '../../tests/kit/articles.ts';
import { peopleWithPosts as people } from '../../tests/kit/people.ts';
import { extractStory } from './index.ts';
import { parsePostChain } from './posts.ts';
import { startsWithPlace } from './places.ts';

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
  it('gives a firm’s 副总工程师 after another of its titles to the firm (总经理助理、副总工程师)', () => {
    const chain = parsePostChain(['东岭集团总经理助理', '副总工程师'], startsWithPlace);
    expect(chain.map((p) => p.label)).toEqual(['东岭集团总经理助理', '东岭集团副总工程师']);
  });
  it('gives a bare 主席 after an autonomous region’s 党委 title to the region, not the 党委', () => {
    const chain = parsePostChain(['东岭自治区党委常委', '常务副主席'], startsWithPlace);
    expect(chain.map((p) => p.label)).toEqual(['东岭自治区党委常委', '东岭自治区常务副主席']);
    const cppcc = parsePostChain(['东岭自治区政协党组书记', '主席'], startsWithPlace);
    expect(cppcc.map((p) => p.label)).toEqual(['东岭自治区政协党组书记', '东岭自治区政协主席']);
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

describe('home prefixes of autonomous regions', () => {
  it('keeps 自治区 whole when the home is an autonomous region', () => {
    const text =
      '广西壮族自治区工业和信息化厅副厅长龙一鸣到南宁调研。他还去了柳州、桂林。\n南宁的企业很多。';
    expect(holds(text)).toEqual(['龙一鸣|广西壮族自治区工业和信息化厅副厅长']);
    const post = extractStory(text).entities.find((e) => e.type === 'post')!;
    expect(post.surfaces).toContain('自治区工业和信息化厅副厅长');
  });
});

describe('members of a body', () => {
  it('keeps 成员 a role of its body (a post), not a community role', () => {
    expect(people('联合国某委员会前成员伊戈科·尼库科表示，')[0]!.posts).toEqual([
      '联合国某委员会成员',
    ]);
  });
});

describe('a connective opening a word of a body', () => {
  it('keeps the titles before a body whose name opens with 同 (某同学会: no meeting)', () => {
    const labels = parsePostChain(
      ['全国政协副主席', '北欧同学会第九届理事会会长'],
      startsWithPlace,
    ).map((p) => p.label);
    expect(labels).toEqual(['全国政协副主席', '北欧同学会第九届理事会会长']);
  });
});

describe('a surname that is a preposition, after a title and before a pause', () => {
  it('reads the name (主任向某某，)', () => {
    expect(holdsOf('县人大常委会主任向坤道，县政协主席何超出席会议。')).toContain(
      '向坤道|县人大常委会主任',
    );
  });
  it('keeps the preposition where no pause closes two characters (局长向大家介绍)', () => {
    expect(holdsOf('局长向大家介绍情况，主任表示感谢。')).toEqual([]);
  });
});

describe('a surname that reads as a verb, in a roll of titled names', () => {
  it('reads the name where the next item opens with a title (主委谈某某、副主委某某)', () => {
    expect(people('民进某市委会主委谈春光、副主委宋琪参加座谈。').map((p) => p.name)).toContain(
      '谈春光',
    );
  });
  it('keeps the verb and its topic (主任谈思路、副主任谈打算)', () => {
    expect(people('主任谈思路、副主任谈打算。')).toEqual([]);
  });
});
