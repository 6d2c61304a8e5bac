/** Posts in the story's home area, on invented sentences (posts-at-home.ts). */
import { describe, expect, it } from 'vitest';
import { holdsOf } from '../../tests/kit/articles.ts';
import { extractStory } from './index.ts';
import { atHome, parsePostChain } from './posts.ts';
import { startsWithPlace } from './places.ts';

const holds = holdsOf;

describe('one post per office at home', () => {
  it('reads 省委副书记 as the 某省委副书记 of a story about that province', () => {
    const text =
      '四川省委副书记龙一鸣到成都调研。他来到绵阳、德阳等地。\n省委副书记龙一鸣强调，要抓好四川的秋粮生产。';
    expect(holds(text)).toEqual(['龙一鸣|四川省委副书记']);
    const post = extractStory(text).entities.find((e) => e.name === '四川省委副书记')!;
    expect(post.surfaces).toContain('省委副书记');
  });
  it("keeps a township's title without its township as a role, not one office for every township", () => {
    expect(holds('乡人大主席王大山介绍，今年种了茶叶。镇长李小川也来了。')).toEqual([]);
    expect(holds('青山镇镇长李小川说，今年种了茶叶。')).toEqual(['李小川|青山镇镇长']);
  });
  it('names the home once when the chain already gave a bare 市长 its city', () => {
    const [deputy, mayor] = parsePostChain(['东岭市委副书记', '市长'], startsWithPlace);
    expect(atHome(mayor!, '东岭市').label).toBe('东岭市市长');
    expect(atHome(deputy!, '东岭市').label).toBe('东岭市委副书记');
  });
  it("keeps a district's 区长 in a story at home in an autonomous region", () => {
    const [deputy, head] = parsePostChain(['区委副书记', '区长'], startsWithPlace);
    expect(atHome(head!, '广西壮族自治区').label).toBe('区长');
    expect(atHome(deputy!, '广西壮族自治区').label).toBe('区委副书记');
  });
  it('names the office of a province by the province, never a bare 省委书记 or 省长 for all', () => {
    const text = '湖南省委书记沈一鸣在长沙调研。湖南省委副书记李一鸣、省长王一鸣参加。';
    expect(holds(text)).toEqual([
      '李一鸣|湖南省委副书记',
      '沈一鸣|湖南省委书记',
      '王一鸣|湖南省省长',
    ]);
  });
  it('keeps the province in the post when the story is about elsewhere', () => {
    const text = '四川省委副书记龙一鸣到北京出席会议。会议在北京、天津两地举行。';
    expect(holds(text)).toEqual(['龙一鸣|四川省委副书记']);
  });
  it('names the home in a listed body the segmenter reads past its level word (市经信委, 市教委)', () => {
    const text = '重庆日报讯 市经济信息委党组书记、主任方卫川，市教委主任龙一鸣出席。';
    expect(holds(text)).toEqual(
      expect.arrayContaining(['方卫川|重庆市经信委主任', '龙一鸣|重庆市教委主任']),
    );
  });
});
