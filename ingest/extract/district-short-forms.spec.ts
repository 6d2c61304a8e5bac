/**
 * Districts, things21 (issue 13; invented sentences): a place name read inside another name — a
 * province before 区位, a mountain range or a park of another province sharing a short form, a
 * company opened by a short form — is no mention of that district.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';
import { extractStory } from './index.ts';

const districts = (text: string) => entityNames(text, 'district');

describe('districts, things21', () => {
  it('reads 河北区位 as the province and 区位, not 河北区', () => {
    expect(districts('河北区位优势独特，交通便利。')).not.toContain('河北区');
  });
  it('takes a short form glued after another province for that province’s thing', () => {
    expect(districts('在内蒙古大兴安岭，杜鹃花漫山遍野。')).toEqual(['内蒙古自治区']);
    // After its own province the short form is the district.
    expect(districts('在黑龙江大兴安岭，林场迎来春天。')).toContain('大兴安岭地区');
    // Two cities of one province joined (宁波舟山) are both named.
    expect(districts('加快宁波舟山国际航运中心建设。')).toContain('舟山市');
  });
  it('takes a park of another city sharing a short form for no mention of the district', () => {
    expect(districts('在青海西宁的南川工业园区，工人们正在赶制订单。')).not.toContain('南川区');
    // Nor is the park placed in it.
    const placed = extractStory('在青海西宁的南川工业园区，工人们正在赶制订单。')
      .relations.filter((r) => r.type === 'LOCATED_IN')
      .map((r) => r.target.name);
    expect(placed).not.toContain('南川区');
  });
  it('takes a short form opening a company’s name for part of that name', () => {
    expect(districts('他会见了阿克苏诺贝尔公司负责人。')).not.toContain('阿克苏地区');
  });
  it('reads a county made a city under its former county name (lthings56)', () => {
    expect(districts('新年伊始，禄丰县召开经济工作会议。')).toEqual(['禄丰市']);
    // A county that still holds the name beside a city of the same stem stays itself.
    expect(districts('衡阳县干部到衡阳市学习。')).toEqual(['衡阳县', '衡阳市']);
  });
});
