/** Names after an occupation word (occupation-names.ts) on invented sentences. */
import { describe, expect, it } from 'vitest';
import { heldForms, inventedArticle } from '../../tests/kit/articles.ts';
import { peopleWithPosts as people } from '../../tests/kit/people.ts';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

describe('a name after an occupation', () => {
  it('reads no predicate as a name (市民乐享…: an unsure surname, a given character no name has)', () => {
    expect(people('周末，居民乐享自然之趣。')).toEqual([]);
    // A surname HanLP's counts vouch for, or a listed word after the name, keeps it.
    expect(people('村民乐平说，今年收成好。').map((p) => p.name)).toEqual(['乐平']);
    expect(people('市民乐享表示，很满意。').map((p) => p.name)).toEqual(['乐享']);
  });
  it('gives the chain before a candidacy to the foreign name after it', () => {
    expect(people('某国某党主席、联盟总理候选人默瓦茨表示，')).toEqual([
      { name: '默瓦茨', posts: ['某国某党主席'] },
    ]);
    // A word of the dictionary after an occupation stays a word (职工基本生活).
    expect(people('保障下岗职工基本生活。')).toEqual([]);
    // The chain is the name's own clause: a title of the clause before is another person's.
    const named = people(
      '法令任命伊朗陆军总司令穆萨达为新任伊朗总参谋长，任命卫队高级指挥官帕克尔为新任卫队总司令。',
    );
    expect(named.find((p) => p.name === '帕克尔')).toEqual({ name: '帕克尔', posts: [] });
  });
});

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('names after an occupation of the arts', () => {
  it('reads a foreign name jieba holds as a person after 画家 (画家某某的名画)', () => {
    expect(names('基金会以高价买下了荷兰画家伦勃朗的名画。')).toEqual(['伦勃朗']);
  });
  it('reads no name where jieba holds none after 导演 (导演|中某某)', () => {
    expect(names('在国内导演中柯平是一位慢工出细活的能手。')).not.toContain('中柯平');
  });
});

describe('an occupation ending in a shorter one', () => {
  it('reads a courier after 快递小哥 or 外卖小哥, no post made (快递小哥某某每天…, cctv29b)', () => {
    const [person] = people('在南方一座城市，快递小哥柳楠每天穿梭于大街小巷。');
    expect(person).toEqual({ name: '柳楠', posts: [] });
    expect(people('外卖小哥严峰每天要送六十多单。').map((p) => p.name)).toEqual(['严峰']);
  });
  it('reads 社区工作者 whole, not 作者 out of it', () => {
    const [person] = findPeople('街道社区工作者黎雪岚和志愿者一起开展宣传。', startsWithPlace);
    expect(person?.name).toBe('黎雪岚');
    expect(person?.posts.map((p) => p.label)).toEqual(['社区工作者']);
  });
  it('reads a name jieba holds as a rare time word (画家唐某、: a noisy tag on a rare entry)', () => {
    expect(people('老画家唐靖、青年教师王丽娜等获奖。').map((p) => p.name)).toContain('唐靖');
  });
  it('reads 萧 as a surname (歌唱演员萧某某和…)', () => {
    expect(people('盲人歌唱演员萧明远和乐队成员一起登台。').map((p) => p.name)).toEqual(['萧明远']);
  });
  it('reads a name after 同胞 (藏族同胞某某家), no word after it (两岸同胞心连心)', () => {
    expect(people('医疗队来到藏族同胞吉珍家帐篷里。').map((p) => p.name)).toEqual(['吉珍']);
    expect(people('两岸同胞心连心，台湾同胞共同见证。')).toEqual([]);
  });
});

describe('a figure after an occupation of the arts', () => {
  it('reads a dictionary word under a surname closed by a pause (诗人屈原。)', () => {
    expect(names('人们赛龙舟纪念爱国诗人屈原。')).toEqual(['屈原']);
    expect(names('工人高峰，')).toEqual([]);
  });
  it('reads a foreign name opening with a character no table has (指挥家捷列金首次…)', () => {
    expect(names('著名指挥家捷列金首次在此执棒。')).toEqual(['捷列金']);
  });
});

describe('no figure where the occupation is the verb or a particle follows it', () => {
  it('reads no noun after 导演 as a figure, nor 的 as a first sound', () => {
    expect(names('最难预测的导演单元，尽管如此')).toEqual([]);
    expect(names('而当时担任设计师的杰里米就修改了作品。')).not.toContain('的杰里米');
  });
});

describe('farm work of the harvest season as an occupation', () => {
  it('reads the name after 农机手 and 种粮大户 (跨区作业的农机手某某原本计划…)', () => {
    const names = (t: string) => findPeople(t, startsWithPlace).map((p) => p.name);
    expect(names('跨区作业的农机手梁秋原本计划回家。')).toEqual(['梁秋']);
    expect(names('种粮大户梁秋原本计划回家。')).toEqual(['梁秋']);
  });
});

describe("a unit's name in quotes before its commander", () => {
  it('keeps the quoted unit in the office (某卫队“某某旅”指挥官), no bare occupation', () => {
    expect(people('某国革命卫队“雄鹰旅”指挥官卡维拉1日表示，将加强戒备。')).toEqual([
      { name: '卡维拉', posts: ['某国革命卫队“雄鹰旅”指挥官'] },
    ]);
  });
});

describe("a quoted unit's commander in the graph", () => {
  it('holds the office with the quoted unit at the end of its body (…“雄鹰旅”指挥官)', () => {
    const held = heldForms([
      inventedArticle('a', '某国革命卫队“雄鹰旅”指挥官卡维拉1日表示，将加强戒备。'),
    ]);
    expect(held).toContain('卡维拉|某国革命卫队“雄鹰旅”指挥官');
  });
});

describe('a returned overseas Chinese visited by leaders (community-roles.txt)', () => {
  it('reads the name after 归国华侨 or 归侨, and no name in 华侨华人', () => {
    expect(names('县委书记一行来到归国华侨柯长远家中。')).toEqual(['柯长远']);
    expect(names('市侨联看望慰问了归侨钟雨桐。')).toEqual(['钟雨桐']);
    expect(names('广大海外华侨华人心系祖国。')).toEqual([]);
  });
});

describe('a sure surname that is a verb, closed by a follower of names (predicateAfterOccupation)', () => {
  it('reads a villager whose given name is a word before 正在 and before a speech verb', () => {
    expect(names('在桃源村，村民顾爱美正在晾晒玉米。')).toEqual(['顾爱美']);
  });
  it('reads no person in a verb with its aspect particle after an occupation', () => {
    expect(names('村民张罗着准备年货。')).toEqual([]);
  });
});
