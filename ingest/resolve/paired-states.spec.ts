/**
 * pairs22 (issue 11): a foreign leader with two titles glued after the name (某某总书记、国家主席)
 * beside China's leader, in a story naming several states: the sentence's pair of states
 * (中老合作) names his. Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { besideLeader, heldLabels as holds } from '../../tests/kit/articles.ts';
import { pairState } from './bare-title-holds.ts';

const besideChina = besideLeader('中共中央总书记、国家主席王大明出席会议。');

/** The counterpart (西萨莫) holds both his titles of the state the sentence pairs with China. */
function holdsBothTitlesOfLaos(story: string) {
  const pairs = holds(besideChina(story));
  expect(pairs).toContain('西萨莫|老挝总书记');
  expect(pairs).toContain('西萨莫|老挝国家主席');
}

describe('a counterpart’s two titles in a story naming several states', () => {
  it('gives both titles the state the sentence pairs with China (同)', () =>
    holdsBothTitlesOfLaos(
      '国家副主席钱宏伟在南宁分别会见缅甸总理吴丹、老挝国家副主席本莱。会见本莱时，钱宏伟表示，不久前，王大明总书记、国家主席同西萨莫总书记、国家主席举行会晤，为深化中老全面战略合作指明方向。',
    ));
  it('reads 会见 and a story naming another state after', () =>
    holdsBothTitlesOfLaos(
      '钱宏伟表示，不久前，王大明总书记、国家主席在北京会见西萨莫总书记、国家主席，共同擘画中老命运共同体建设蓝图。当天中午，斯里兰卡总理前往天安门广场敬献花圈。',
    ));
});

describe('a title after 、 that opens the next name', () => {
  it('is not the first one’s second title', () => {
    const pairs = holds(
      besideChina(
        '孟加拉国方面表示欢迎。王大明总书记同西萨莫总书记、国家副主席本莱举行会谈，深化中老友好合作。',
      ),
    );
    expect(pairs).toContain('西萨莫|老挝总书记');
    expect(pairs.filter((p) => p.startsWith('西萨莫|'))).toEqual(['西萨莫|老挝总书记']);
  });
});

describe('the state a sentence pairs with China', () => {
  it('is none for 中老年 or two pairs', () => {
    expect(pairState('深化中老全面战略合作')).toBe('老挝');
    expect(pairState('关爱中老年人健康')).toBeUndefined();
    expect(pairState('中美关系和中俄关系')).toBeUndefined();
  });
  it('reads the countries’ short forms of country-short.txt, not a copy', () => {
    expect(pairState('推动中俄关系发展')).toBe('俄罗斯');
    expect(pairState('双方愿推动中以友好合作')).toBe('以色列');
    expect(pairState('共同推进中黎传统友谊')).toBe('黎巴嫩');
  });
  it('is none for a short form of two states (中乌: Ukraine or Uzbekistan)', () => {
    expect(pairState('甲主席同乙总统一致决定将中乌关系提升')).toBeUndefined();
  });
});
