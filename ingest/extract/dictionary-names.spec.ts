/**
 * People on invented sentences (people23, issue 11: recall of names with no title before them):
 * a dictionary name opening a clause, a dictionary name before a word its last character opens,
 * a given name jieba reads as a word of its own before a role word.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const people = (text: string) => entityNames(text, 'person');

describe('a dictionary name opening a clause before its predicate (name-model.ts subjectHeldWhole)', () => {
  it('keeps a name opening the sentence before an adverb (某镕基积极…)', () => {
    expect(people('朱镕基积极评价两国经贸合作的成果。')).toEqual(['朱镕基']);
  });
  it('keeps a name after a comma before a verb jieba glues on in the window (某政道请…)', () => {
    expect(people('会后，李政道请几位同事一起讨论。')).toEqual(['李政道']);
  });
  it('reads no name in a dictionary "name" whose given part is a frequent word (高水平)', () => {
    expect(people('会上，高水平推进开放的举措受到欢迎。')).toEqual([]);
  });
});

describe('a dictionary name before a word its last character opens (name-end-boundary.ts heldAsName)', () => {
  it('keeps a name jieba reads whole before an adverb (某广生|还向…, not 生还)', () => {
    expect(people('石广生还向来访的企业家介绍了投资环境。')).toEqual(['石广生']);
  });
  it('reads no name where a noun follows (某国石|坊: a stone arch)', () => {
    expect(people('许国石坊是当地一处明代古迹。')).toEqual([]);
  });
});

describe('a given name that is a word of its own before a role (role-after-name.ts parts-word)', () => {
  it('keeps a name whose given name jieba reads as a place (某保国/ns 局长)', () => {
    expect(people('退休职工们都记得王保国局长一句朴实的话。')).toEqual(['王保国']);
  });
  it('keeps a name before 上将 after an occupation (老战士某卫国上将)', () => {
    expect(people('老战士赵卫国上将为展览题词。')).toEqual(['赵卫国']);
  });
  it('reads no name in a zone before its head (高新区主任)', () => {
    expect(people('高新区主任会见了客商。')).toEqual([]);
  });
});

describe('a foreign name after a date or a conjunction (false-names.ts aloneBefore)', () => {
  it('keeps a name right after a year (１９９８年|某某斯总统)', () => {
    expect(people('据报道，１９９８年拉莫斯总统曾到访这座城市。')).toEqual(['拉莫斯']);
  });
  it('keeps a name after 但 where a speech verb follows (但|某某维奇认为)', () => {
    expect(people('损失并不大，但卡洛维奇认为情况可能更严重。')).toEqual(['卡洛维奇']);
  });
  it('reads no part of a name of sounds whose sound before it jieba reads as an adverb (阿布都|…)', () => {
    expect(people('面对网友的点赞，阿布都加米尔说得最多的是没想到。')).not.toContain('加米尔');
  });
  it('reads no name after 而 where no speech verb follows (而|某迪内想: a club)', () => {
    expect(people('而乌迪内想摆脱低迷状态。')).toEqual([]);
  });
});

describe('an adverb and a speech verb after a name of sounds (false-names.ts cutAtEnd)', () => {
  it('keeps a name before 也坦言 (某有福|也坦言: 也, 坦 are sounds too)', () => {
    expect(people('不过，罗有福也坦言，困难不少。')).toEqual(['罗有福']);
  });
});

describe('a list whose items carry notes in brackets (name-lists.ts afterNote, beforeNote)', () => {
  it('reads every item of 甲（女，某省）、乙（某大学）、丙（…）', () => {
    expect(
      people('本届获奖选手有：马金梅（女，宁夏）、李涛（北科大）、韩文波（女，天津）。'),
    ).toEqual(['李涛', '韩文波', '马金梅']);
  });
  it('reads no places in a list of places with notes (某地（某国）、某地)', () => {
    expect(people('北京（中国）、上海等城市参加了活动。')).toEqual([]);
  });
});

describe('a two-character name after 人大代表 before a listed follower (posts.ts deputyNoun)', () => {
  it('keeps a name jieba reads as an adjective (人大代表某洁表示)', () => {
    expect(people('全国人大代表高洁表示，要加强基础研究。')).toEqual(['高洁']);
  });
  it('reads no name after 代表 the verb (他代表全体同事表示感谢)', () => {
    expect(people('他代表全体同事表示感谢。')).toEqual([]);
  });
});
