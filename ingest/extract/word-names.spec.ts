import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

// Invented sentences; each reproduces a false person seen on real 新闻联播 text (cctv26h).
const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('words read as names (word-names.ts)', () => {
  it('takes no frequent dictionary word after an occupation (游客慕名前来)', () => {
    expect(names('这条老街小吃众多，不少游客慕名前来品尝。')).not.toContain('慕名');
  });
  it('takes no four-character phrase after an occupation (学生庄严肃立)', () => {
    expect(names('在纪念碑前，少先队员和大学生庄严肃立、默哀致敬。')).not.toContain('庄严肃立');
  });
  it('keeps a name after an occupation (党员某某带领)', () => {
    expect(names('危急时刻，党员孙立国立即带领队员赶到现场。')).toContain('孙立国');
  });
  it('keeps a name that is a word when a follower of names comes next (村民高峰介绍)', () => {
    expect(names('村民高峰介绍，今年的收成比去年好。')).toContain('高峰');
  });
  it('keeps a name that is a word when a day named comes next (主教练高峰周二说)', () => {
    expect(names('球队主教练高峰周二对记者说，全队已经做好准备。')).toContain('高峰');
    expect(names('球队主教练高峰昨天表示，全队已经做好准备。')).toContain('高峰');
  });
  it('takes no list of things ending in a kind of trade (林油、林药、林蜂等产业)', () => {
    expect(names('当地大力发展林菌、林药、林蜂等产业，带动群众增收。')).toEqual([]);
    // A list of people before 等 and their trade stays.
    expect(names('会上，张伟、王芳等养殖户代表发言。')).toEqual(
      expect.arrayContaining(['张伟', '王芳']),
    );
  });
  it('takes no foreign company after its kind word for a person (投资公司路博迈)', () => {
    expect(names('美国投资公司路博迈表示看好中国市场。')).toEqual([]);
  });
  it('takes no item of a list of areas that opens before the name (戈壁、天然胡杨林等区域)', () => {
    expect(names('沿途经过荒漠、戈壁、天然胡杨林等区域，最终注入湖泊。')).toEqual([]);
  });
  it('takes no doubled adjective before 的 (金灿灿的), keeps a doubled given name', () => {
    expect(names('在种植基地，金灿灿的刺梨挂满枝头。')).toEqual([]);
    expect(names('黄珊珊的父亲说，孩子很争气。')).toEqual(['黄珊珊']);
  });
  it('takes 代表 after a list and 等 as the verb (等代表新技术)', () => {
    expect(names('智能制造、生物医药等代表新技术、新业态的行业增长较快。')).toEqual([]);
  });
  it('takes no founder of a prize for a person (某某科学奖)', () => {
    expect(names('会上，有关领导为林振华科学奖、林振华青年科学奖获得者颁奖。')).toEqual([]);
  });
  it('takes no case name for a person (某某案)', () => {
    expect(names('法院公开审理了郑木案，旁听群众百余人。')).not.toContain('郑木案');
  });
  it('takes no two countries’ short forms before what they share (伊美谈判)', () => {
    expect(names('知情人士强调，有关伊美谈判的任何进展都将通过官方渠道发布。')).toEqual([]);
  });
  it('takes no foreign capital or city of the tables for a person (金沙萨, 马六甲)', () => {
    // countries.txt's capitals and cities block (ingest/gazetteer).
    expect(names('当地时间5日，代表团从金沙萨出发，途经班珠尔，前往拉姆安拉。')).toEqual([]);
    expect(names('他在马六甲参观后表示，合作前景广阔。')).toEqual([]);
  });
  it('takes no counter of times after an occupation (队员单次出舱)', () => {
    expect(names('这次任务中，航天员单次出舱活动时间再创新高。')).toEqual([]);
  });
  it('takes no tail of parallel phrases (以商养官、以官护商), keeps a list of people after a verb', () => {
    expect(names('严肃查处以商养官、以官护商等问题。')).toEqual([]);
    // A title's last character opening the next item is no phrase (国王某某、王储某某).
    expect(names('该国国王萨拉姆、王储兼首相哈桑出席。')).toEqual(
      expect.arrayContaining(['萨拉姆', '哈桑']),
    );
    expect(names('活动由张伟、王芳等养殖户代表发起。')).toEqual(
      expect.arrayContaining(['张伟', '王芳']),
    );
  });
  it('takes no department in a list of hospital departments (骨科、麻醉等多个科室)', () => {
    expect(names('医疗队涵盖外科、麻醉等多个科室。')).toEqual([]);
  });
  it('takes no item of a list beside a foreign city (某城、某某耶的袭击), keeps the name after a title', () => {
    expect(names('其中汗尤尼斯、萨维利耶的袭击造成多人死亡。')).toEqual([]);
    expect(names('会见了萨维利耶、法国总统马克隆。')).toContain('马克隆');
  });
  it('takes no adverb and preposition after a pronoun before a title (我曾同总理), keeps a titled name', () => {
    expect(names('他说，我曾同总理先生多次会晤。')).toEqual([]);
    expect(names('会见了曾同主席。')).toEqual(['曾同']);
  });
  it('takes no document read out after a title (宣读总统贺信。), keeps a name before 的', () => {
    expect(names('该国总统的特别代表宣读总统贺信。')).toEqual([]);
    expect(names('特别代表宣读了总统李明的贺信。')).toContain('李明');
  });
  it('takes no frequent word under a character seldom a surname, a follower after it (官兵满怀对)', () => {
    expect(names('边防官兵满怀对家乡的思念坚守岗位。')).toEqual([]);
  });
  it('reads no person from a firm named after its founder (某某电气的新工厂)', () => {
    expect(names('在成都，艾默生电气的新工厂已经投产。')).toEqual([]);
  });
  it('reads no person from an artefact named after its owner (某侯某编钟)', () => {
    expect(names('馆内展出的曾侯乙编钟引人注目。')).toEqual([]);
  });
  it('keeps a foreign name after an occupation before a follower (主教练某朗的)', () => {
    expect(names('这是留给主教练布朗的一个难题。')).toEqual(['布朗']);
    expect(names('主力前锋琼斯将在下月复出。')).toEqual(['琼斯']);
  });
  it('takes no adjective jieba tags as a name before 地 and a verb (老人辛勤地说, people58)', () => {
    expect(names('老人辛勤地说，如今日子越过越红火。')).toEqual([]);
    expect(names('村民安静地坐在台下听讲。')).toEqual([]);
    // A name ending in 地 keeps it: its first two characters are no frequent word.
    expect(names('村民王大地说，如今日子越过越红火。')).toEqual(['王大地']);
  });
});
