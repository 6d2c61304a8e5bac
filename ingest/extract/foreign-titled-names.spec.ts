/**
 * People and person–post pairs on invented sentences modelled on national news (pairs14, issue 11,
 * on the unseen days of cctv26a): a foreign name with a sound of the wider tables after a title
 * (首相克里松) or two characters no word (部长博砚当天), a party member's word between a title
 * and a name (市长、民主党人某某), a party's leader (党首) and a Japanese name the segmenter reads
 * as one word (齐藤健夫), a name after a head's title closed by 和, and a bare title after 和 in a
 * line of one country's officials.
 */
import { describe, expect, it } from 'vitest';
import { holdsOf } from '../../tests/kit/articles.ts';

describe('a foreign name after a title', () => {
  it('reads a run ending in a sound of the wider tables as the title holder (首相克里松批评)', () => {
    expect(holdsOf('某国首相克里松批评了这一言论。')).toEqual(['克里松|某国首相']);
  });
});

describe('a foreign name of two after a title', () => {
  it('reads two characters no word, the second outside the tables, before a time word (部长博砚当天)', () => {
    expect(holdsOf('某国外交部长博砚当天表示反对。')).toEqual(['博砚|某国外交部长']);
  });
});

describe("a party member's word between a title and a name", () => {
  it('keeps the title before 、民主党人 and 、共和党人 (membership, no post)', () => {
    expect(holdsOf('某市市长、民主党人弗雷斯再次强调，调查应由州里参与。')).toEqual([
      '弗雷斯|某市市长',
    ]);
    expect(holdsOf('某部部长、共和党人诺兰当天为执法人员辩护。')).toEqual(['诺兰|某部部长']);
  });
});

describe("a party's leader", () => {
  it('reads 党首 as a title (甲党党首野村佳彦和乙党党首…)', () => {
    expect(holdsOf('新党党首可能由甲党党首野村佳彦和乙党党首斋藤健夫共同担任。')).toEqual([
      '斋藤健夫|乙党党首',
      '野村佳彦|甲党党首',
    ]);
  });
  it('takes four characters the segmenter reads as one word over a surname of three (齐|藤健)', () => {
    expect(holdsOf('甲党党首齐藤健夫共同担任。')).toEqual(['齐藤健夫|甲党党首']);
  });
});

describe('two officials of one country joined by 和', () => {
  it('closes a name the segmenter knows as a word after a head title at 和 (副总统万斯和…)', () => {
    expect(holdsOf('某国外长同挪威副总统万斯和国务卿鲁比斯举行会晤。')).toEqual([
      '万斯|挪威副总统',
      '鲁比斯|挪威国务卿',
    ]);
  });
  it('gives a bare 国务卿 after 和 the country of the line (副总统某某和国务卿某某)', () => {
    expect(holdsOf('丹麦外长同挪威副总统洪森和国务卿鲁比斯举行会晤。')).toEqual([
      '洪森|挪威副总统',
      '鲁比斯|挪威国务卿',
    ]);
  });
});

describe('a Gulf ruler after 酋长 (roles.txt)', () => {
  it('reads the name after an emirate and 酋长 as the title holder', () => {
    expect(holdsOf('沙迦酋长卡西米致函祝贺。')).toEqual(['卡西米|沙迦酋长']);
  });
});

describe("a mission's ranks below the ambassador (people61)", () => {
  it('reads 公使, 总括公使 and 公使衔参赞 as titles before the name', () => {
    expect(holdsOf('韩国外交部召见日本驻韩国大使馆总括公使松尾裕明，提出抗议。')).toEqual([
      '松尾裕明|日本驻韩国大使馆总括公使',
    ]);
    expect(holdsOf('中国驻法国大使馆公使衔参赞王明表示，双方合作良好。')).toEqual([
      '王明|中国驻法国大使馆公使衔参赞',
    ]);
  });
});

describe("a spouse after a country's title (people61)", () => {
  it("gives the spouse no office of the country's head (某国总统夫人某某)", () => {
    expect(holdsOf('出席活动的有阿塞拜疆总统夫人阿利耶娃、马来西亚总理夫人阿兹莎等。')).toEqual([]);
  });
});
