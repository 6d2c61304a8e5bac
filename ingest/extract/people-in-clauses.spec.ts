/**
 * People and posts on invented sentences modelled on national news (people18, issue 11, from a
 * fresh stretch of May 2022, cctv22e, the independent cctv22u annotation's junk people and the
 * people golds' leftovers): 党 after 们 and 忘, trades before a name, a list closed by 等 and an
 * occupation, an idiom or two adverbs after a title, Japanese names the surname reader cut, a
 * foreign head's bare title whose country the story names elsewhere, and a party membership
 * between a country and its role.
 */
import { describe, expect, it } from 'vitest';
import { entityNames, holdsOf } from '../../tests/kit/articles.ts';
import { findPeople } from './people.ts';

const people = (text: string) => entityNames(text, 'person');

describe('党 is the Party after 们 and 忘', () => {
  it('reads 我们党 and 不忘党恩 as no name', () => {
    expect(people('他说，我们党永葆初心，始终同人民站在一起。')).toEqual([]);
    expect(people('村里的老人常说要不忘党恩，把日子过得更好。')).toEqual([]);
  });
});

describe('trades of a workshop or a station before a name', () => {
  it('opens a name after 值班员 and 车工', () => {
    expect(people('在城西火车站，客运值班员唐明是应急突击队队长。')).toEqual(['唐明']);
    expect(people('今天我们来认识数控车工阎冬。')).toEqual(['阎冬']);
  });
});

describe('a list closed by 等 and an occupation', () => {
  it('takes the last item before 等杰出科学家 (甲、乙等杰出科学家)', () => {
    expect(people('功勋奖章获得者王淦诚、邓稼迅等杰出科学家在这里工作过。')).toEqual([
      '王淦诚',
      '邓稼迅',
    ]);
  });
  it('keeps places closed by 等地 out', () => {
    expect(people('获奖者王淦诚、江宁等地的学校都来参观。')).not.toContain('江宁');
  });
});

describe('words after a title that are the predicate', () => {
  it('reads an idiom opening after 总书记 as no name (念兹在兹)', () => {
    expect(people('改善民生是总书记念兹在兹的大事。')).toEqual([]);
  });
  it('reads two one-character adverbs after an occupation as no name (都曾)', () => {
    expect(people('周光明、李建华等青年科学家都曾在这里实习。')).not.toContain('都曾');
  });
  it('still takes a longer name jieba holds whole after a head’s title', () => {
    expect(people('国家主席会见来访的白俄罗斯总统卢卡申科。')).toContain('卢卡申科');
  });
});

describe('Japanese names after a title of Japan’s', () => {
  it('takes four characters jieba holds whole as a name (安倍某三 form)', () => {
    expect(people('日本前首相安倍晋三当天出席了纪念活动。')).toEqual(['安倍晋三']);
  });
  it('takes a family name ending in 川 and a given name cut into single characters', () => {
    expect(holdsOf('日本外相上川阳子表示，日方愿同各方保持沟通。')).toEqual(['上川阳子|日本外相']);
  });
});

describe('a foreign head’s bare title after the name', () => {
  it('takes the country from the story’s other printing of the name', () => {
    const text = '国家主席会见塞尔维亚总统马科维奇。双方同意，在马科维奇总统任内深化合作。';
    const second = findPeople(text, () => false).find((p) => p.start > text.indexOf('。'));
    expect(second?.posts.map((p) => `${p.label}|${p.printed}`)).toEqual(['塞尔维亚总统|总统']);
  });
  it('takes the country paired with China in the sentence before (中塞友谊)', () => {
    expect(
      holdsOf(
        '副总理会见塞尔维亚议会副议长拉文科。副总理指出，中塞友谊历久弥坚。两国元首同马科维奇总统多次会晤，为两国关系指明了方向。',
      ),
    ).toContain('马科维奇|塞尔维亚总统');
  });
});

describe('a party membership between a country and its role', () => {
  it('drops 民主党籍 from the office (美国民主党籍参议员某某)', () => {
    expect(holdsOf('美国民主党籍参议员史密斯当天表示反对该法案。')).toEqual(['史密斯|美国参议员']);
  });
});
