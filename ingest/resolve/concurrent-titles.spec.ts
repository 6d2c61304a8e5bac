/**
 * pairs23 (issue 11): person–post pairs as news prints them. Invented articles.
 */
import { describe, expect, it } from 'vitest';
import {
  besideLeader,
  heldForms as held,
  inventedArticle as article,
} from '../../tests/kit/articles.ts';

describe('the title after 兼', () => {
  it('keeps its printed form beside the office it inherits the state of', () => {
    const pairs = held([article('a', '卡塔尔首相兼外交大臣阿卜杜勒当天表示，各方应保持克制。')]);
    expect(pairs).toContain('阿卜杜勒|卡塔尔外交大臣');
    expect(pairs).toContain('阿卜杜勒|外交大臣');
  });
  it('and of a body other than a state', () => {
    const pairs = held([article('a', '联合国副秘书长兼人居署执行主任罗莎琳在会上致辞。')]);
    expect(pairs).toContain('罗莎琳|人居署执行主任');
  });
});

describe('a state’s word before a title', () => {
  it('ends the clause: 某方称 is no part of the office', () => {
    const pairs = held([article('a', '俄方称叙总统哈立德·马苏德已前往莫斯科。')]);
    expect(pairs).toContain('哈立德·马苏德|叙利亚总统');
    expect(pairs.some((p) => p.includes('称'))).toBe(false);
  });
});

describe('the bare title glued after the name', () => {
  it('keeps the characters of the office before its role word (参议长)', () => {
    const pairs = held([
      article(
        'a',
        '国家副主席钱宏伟会见美国某某州参议长克莱门斯。钱宏伟表示，希望克莱门斯参议长继续推动双方交流。',
      ),
    ]);
    expect(pairs).toContain('克莱门斯|参议长');
  });
});

describe('an appointing verb before the name, 为 and the office after it', () => {
  it('gives the office to the one appointed', () => {
    const pairs = held([
      article('a', '会议经表决，决定免去王建国的交通运输部部长职务，任命李晓东为交通运输部部长。'),
    ]);
    expect(pairs).toContain('李晓东|交通运输部部长');
    expect(pairs).not.toContain('王建国|交通运输部部长');
  });
  it('to every name of the list before 为', () => {
    const pairs = held([
      article('a', '全会决定递补中央委员会候补委员张一鸣、刘家豪、陈志远为中央委员会委员。'),
    ]);
    for (const name of ['张一鸣', '刘家豪', '陈志远']) {
      expect(pairs).toContain(`${name}|中央委员会候补委员`);
      expect(pairs).toContain(`${name}|中央委员会委员`);
    }
  });
  it('not without the verb (以某某同志为核心)', () => {
    const pairs = held([article('a', '坚持以赵立新同志为组长的工作专班统筹推进。')]);
    expect(pairs.filter((p) => p.startsWith('赵立新|'))).toEqual([]);
  });
});

describe('主席 beside the Party’s general secretary', () => {
  const besideParty = besideLeader('中共中央总书记王大明在北京出席全会并发表重要讲话。');
  it('is the state’s president where the corpus prints no 国家主席 of his', () => {
    const pairs = held(
      besideParty(
        '国家副主席钱宏伟表示，今年以来，王大明主席同克莱门斯总统三次通话，达成重要共识。',
      ),
    );
    expect(pairs).toContain('王大明|国家主席');
    expect(pairs).toContain('王大明|主席');
  });
  it('not in a story of the armed forces', () => {
    const pairs = held(
      besideParty('王大明主席签署命令，发布新修订的解放军内务条令，自下月起施行。'),
    );
    expect(pairs).not.toContain('王大明|国家主席');
  });
});
