/**
 * types38 (issue 13): "names" glued out of the words around them. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const people = (text: string) => entityNames(text, 'person');

describe('a name glued out of the words around it', () => {
  it('a name whose last character opens a meeting’s word (迎春座|谈会)', () => {
    const text =
      '全国政协主席23日出席全国性宗教团体负责人迎春座谈会，同宗教界人士共庆新春佳节，并代表中共中央、国务院，' +
      '向全国宗教界人士和广大信教群众致以节日的问候。他表示，希望宗教界人士坚持爱国爱教，' +
      '在促进经济社会发展中发挥积极作用。座谈会上，多位宗教团体负责人先后发言。';
    expect(people(text)).not.toContain('迎春座');
  });
  it('a tenure verb read as a surname before a foreign city’s office', () => {
    const text =
      '某国总统当天提名副总理兼国防部长维尔科为新一届政府总理人选。维尔科现年50岁，曾任诺维萨德市长，' +
      '自去年10月起担任国防部长。根据该国宪法，议会须在90天内对新政府组成进行表决，' +
      '新政府将面临推动经济复苏、改善民生等多重挑战。';
    expect(people(text)).not.toContain('曾任诺');
  });
  it('the modes of a multimodal route before 联运', () => {
    const text =
      '东岭省将高标准建设内河港口，高水平打造国际门户港，提高江铁海多式联运能力和自动化水平，' +
      '推动物流降本增效。同时，加快建设综合交通枢纽，完善集疏运体系，' +
      '让更多货物通过水路和铁路运输，助力区域经济高质量发展。';
    expect(people(text)).not.toContain('江铁海');
  });
});
