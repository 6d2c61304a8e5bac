/**
 * Person–post pairs on invented sentences modelled on national news (pairs11, issue 11, on the
 * unseen days of cctv23n): sounds the tables lacked (赛 and 义 of an Arabic Sa-, a Mongolian
 * -楞), a body read as a name before its title (某国国家杜马主席某某), one character the tables
 * lack ending a name before 总统, a list of practices sharing a prefix (单收、单储), a Japanese
 * name before 首相.
 */
import { describe, expect, it } from 'vitest';
import { entityNames, holdsOf } from '../../tests/kit/articles.ts';

describe('sounds of Arabic and Mongolian names', () => {
  it('reads 赛 opening a name and 义 inside it (外长赛义罗诺夫)', () => {
    expect(holdsOf('国家副主席在北京会见某国外长赛义罗诺夫。')).toEqual(['赛义罗诺夫|某国外长']);
  });
  it('reads 楞 ending a Mongolian name before 率领', () => {
    expect(holdsOf('某某会见由某国人民党总书记巴雅尔格楞率领的代表团。')).toEqual([
      '巴雅尔格楞|某国人民党总书记',
    ]);
  });
});

describe('a body read as a name before a title', () => {
  it('gives the title to the run of sounds after it (某国国家杜马主席沃罗科夫)', () => {
    expect(holdsOf('委员长某某同某国国家杜马主席沃罗科夫举行会谈。')).toEqual([
      '沃罗科夫|某国国家杜马主席',
    ]);
  });
  it('keeps the words after a leader and his title the predicate (某某总书记念兹在兹)', () => {
    expect(holdsOf('中共中央总书记李明远总书记念兹在兹。')).toEqual(['李明远|中共中央总书记']);
  });
});

describe("a foreign name before a head of state's title", () => {
  it('takes one character the tables lack before 总统 (和马克罗龙总统)', () => {
    expect(
      entityNames('在国家主席李明远和马克罗龙总统战略引领下，两国关系稳健发展。', 'person'),
    ).toEqual(['李明远', '马克罗龙']);
  });
  it('leaves a verb or 副 before the title out (普京称总统…, 某某副总统)', () => {
    expect(entityNames('卡罗斯称总统选举将如期举行。', 'person')).toEqual(['卡罗斯']);
  });
});

describe('a list of practices sharing a prefix', () => {
  const PRACTICES = '当地通过单选、单育、单收、单储、单加工，来提高种子品质。';
  it('reads no people in 单选、单育、单收、单储、单加工 (单 also a surname)', () => {
    expect(entityNames(PRACTICES, 'person')).toEqual([]);
  });
  it('keeps brothers of one surname (李强、李明、李华: no given name is a verb)', () => {
    expect(entityNames('获奖的是李志强、李志明、李志华三兄弟。', 'person')).toEqual([
      '李志华',
      '李志强',
      '李志明',
    ]);
  });
});

describe('a Japanese name before 首相', () => {
  it('reads the four characters whole after 同 (同柴崎文雄首相, not 崎文雄)', () => {
    const met = '今年是两国条约缔结45周年，某某总书记日前同柴崎文雄首相举行会晤。';
    expect(entityNames(met, 'person')).toEqual(['柴崎文雄']);
  });
  it('reads no name in a modifier of the title (同新任首相)', () => {
    expect(entityNames('某国总统同新任首相举行会晤。', 'person')).toEqual([]);
  });
});
