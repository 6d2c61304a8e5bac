/** Parks, junk18 (issue 13): kinds, titles and unnamed zones that are no park (invented sentences). */
import { describe, expect, it } from 'vitest';
import { extractStory } from './index.ts';

const parks = (text: string) =>
  extractStory(text)
    .entities.filter((e) => e.type === 'park')
    .map((e) => e.name)
    .sort();

describe('parks, junk18', () => {
  it('takes a park pointed at with 这座 for no name', () => {
    expect(parks('位于东岭的这座产业园，前身是化工园。')).toEqual([]);
  });
  it('takes the zones inside a province for a kind (某省内综合保税区)', () => {
    expect(parks('1至5月，东岭省内综合保税区进出口额同比增长三成。')).toEqual([]);
  });
  it("takes a region's industrial-internet zone and a program's zone for titles", () => {
    expect(parks('东岭将加快建设东岭半岛国家级工业互联网示范区。')).toEqual([]);
    expect(parks('该区着力创建国家固边富民行动示范区。')).toEqual([]);
  });
  it('takes a zone named by what is farmed there for no park (水产…养殖示范区)', () => {
    expect(parks('东岭建立水产生态绿色养殖示范区等举措。')).toEqual([]);
  });
});
