import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { nameLists } from './names-by-role.ts';
import { roleNames } from './person-roles.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('names by role tagging (HanLP role statistics over jieba tokens)', () => {
  it('tags surname and given name where nothing but the words around say person', () => {
    expect(roleNames('郑立岗带着村民修通了山路')).toEqual([
      { name: '郑立岗', start: 0, pattern: 'BCD' },
    ]);
    expect(names('这一年，郑立岗带着村民修通了山路。')).toEqual(['郑立岗']);
  });
  it('keeps no role-tagged name that the name statistics refuse', () => {
    expect(names('要有生产许可证，产品须检验合格。')).toEqual([]);
    expect(names('向高端制造迈进，区建设局牵头。')).toEqual([]);
    expect(names('种艳红代表（左二）在讨论。')).toEqual(['种艳红']);
  });
  it('closes a two-character name with an adverb or verb that opens the predicate (某某确实)', () => {
    expect(names('代理人说，刘博确实在该行办理了业务。')).toEqual(['刘博']);
  });
  it('reads the author of a theory named after a person, not of an -ism (sight-pieces.ts)', () => {
    // 马克思主义 names the doctrine: no people gold counts 马克思 there, and five of six annotations
    // of real days judge the node junk (stop 46).
    expect(names('全市上下深入学习邓小平理论和马克思主义。')).toEqual(['邓小平']);
    expect(names('坚持社会主义，发展理论。')).toEqual([]);
  });
});

describe('lists made only of names', () => {
  it('takes every item, cutting the first and last out of the words around them', () => {
    expect(names('女队由黎秀、汪楠、杨柳影、邬娟出征。')).toEqual([
      '黎秀',
      '汪楠',
      '杨柳影',
      '邬娟',
    ]);
  });
  it('takes no list of places, words or family names', () => {
    expect(names('金融、高科技、文化、旅游等产业')).toEqual([]);
    expect(names('张家、李家、王家三户')).toEqual([]);
  });
});

describe('the name after a title does not run into the next word', () => {
  it('stops before a speech verb, a time word or a count', () => {
    expect(names('办公室副主任严立认为，现在还不够。')).toEqual(['严立']);
    expect(names('副市长谢非今天下午在会上讲话。')).toEqual(['谢非']);
    expect(names('副县长陈雷六次上门。')).toEqual(['陈雷']);
    // Unless the next two characters are a word of their own (强调 is not read in 王国强调研).
    expect(names('市委书记王国强调研时指出，')).toEqual(['王国强']);
  });
  it('keeps a name whose last character makes another word with the next', () => {
    expect(names('学院教授鄢明实则关注科技支撑。')).toEqual(['鄢明实']);
    expect(names('经信委主任蓝立华表示，')).toEqual(['蓝立华']);
    // A number closes a name as punctuation does.
    expect(names('国务院副总理陈强19日在京会见客人。')).toEqual(['陈强']);
    // A given name that is a word (忠义) after a common surname.
    expect(names('协会副秘书长张忠义用“空前繁荣”来评价。')).toEqual(['张忠义']);
  });
  it('takes no "name" of words after an occupation', () => {
    expect(names('社区的居民都清醒地认识到这一点。')).toEqual([]);
  });
});

describe('a distinguishing word before a role-tagged name (pairs14)', () => {
  it('reads no name after 大型 (鼓励电商平台、大型商超等…: a kind of shop)', () => {
    expect(names('鼓励电商平台、大型商超等拓展服务功能。')).toEqual([]);
  });
});

describe('a list of names whose last item is closed by a separator (names-by-role.ts)', () => {
  it('cuts no name out of the head of a four-character item (索朗曲珍／丙)', () => {
    const text =
      '混合接力决赛，周立新/卡洛斯、于明萱/毕禹文、扎西曲珍/刘建国三对组合分获金、银、铜牌。';
    const listed = nameLists(text, () => false).map((n) => n.name);
    expect(listed).toContain('毕禹文');
    expect(listed).not.toContain('扎西');
  });
});

describe('于 after a verb of origin (clue, 2026-12-04)', () => {
  it('reads 来自于 as the verb and its preposition, no surname (来自于某某商务区)', () => {
    expect(names('最大的客流来自于丽泽商务区。')).toEqual([]);
  });
  it('keeps 于 a surname after a verb that takes a person (释放于某)', () => {
    expect(names('法院当天决定释放于海，')).toEqual(['于海']);
  });
});
