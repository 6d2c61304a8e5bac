/** Industries: no country read as a sector, no 全 of a whole chain in a sector's name. */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const industries = (text: string) => entityNames(text, 'industry');

describe('industry names', () => {
  it('takes a country before a list of sectors for no sector', () => {
    expect(industries('法国、德国等国的金属、食品等多个行业受到冲击。')).toEqual(['食品']);
  });
  it('leaves 全 of a whole chain out of the sector', () => {
    expect(industries('在东岭，形成了完整的风光电储全产业链。')).toEqual(['风光电储']);
    expect(industries('东岭发展网络安全产业链。')).toEqual(['网络安全']);
  });
  it('takes the fields a tool serves for no sectors', () => {
    expect(industries('某星座将满足自然资源、生态环境等多个领域用户的应用需求。')).toEqual([]);
  });
  it('keeps 超高 of 超高清视频, which jieba splits off as a verb', () => {
    expect(industries('某省超高清视频产业规模超过百亿元。')).toEqual(['超高清视频']);
  });
  it('takes the fields of a survey, a resource among them, for no sectors', () => {
    expect(industries('科考将围绕水资源、矿产能源、生态环境等五大领域展开。')).toEqual([]);
  });
});
