/**
 * People and person–post pairs on invented sentences modelled on national news (pairs13, issue 11,
 * on the unseen days of cctv25b): a line of condolences from monarchs (埃米尔, 苏丹), a head of
 * state's two-character name after his title (国家主席通坎，), a dotted name with one initial and
 * a long surname (谢·别尔德…夫), a surname of one character and a noun after the dot (列先科), a
 * Japanese name after a company head's title before a time word (会长桥本某二今天…), a bare
 * title after a preposition (针对总统某某), 家 (home) glued to a name (某某家帐篷里), a place of
 * speech after 在 (在信中指出).
 */
import { describe, expect, it } from 'vitest';
import { entityNames, holdsOf } from '../../tests/kit/articles.ts';

describe("a monarch's title before a name", () => {
  it('reads 埃米尔 and 苏丹 as titles (某国埃米尔塔希姆、某国苏丹海达姆)', () => {
    expect(holdsOf('某国埃米尔塔希姆、某国苏丹海达姆向国家主席致电慰问。')).toEqual([
      '塔希姆|某国埃米尔',
      '海达姆|某国苏丹',
    ]);
  });
  it('keeps 苏丹 a country before its president (苏丹总统布尔罕)', () => {
    expect(holdsOf('苏丹总统布尔罕会见了某国外长。')).toEqual(['布尔罕|苏丹总统']);
  });
});

describe("a head of state's two-character name after the title", () => {
  it('reads a verb of one character and a sound jieba tags a place (国家主席通坎，)', () => {
    expect(holdsOf('某国国家主席通坎，某国总统卡罗斯致电慰问。')).toEqual([
      '卡罗斯|某国总统',
      '通坎|某国国家主席',
    ]);
  });
  it('reads no name in a visit (总统访伊，总统抵京，)', () => {
    expect(entityNames('某国总统访伊，会见了某国总统。', 'person')).toEqual([]);
    expect(entityNames('某国总统抵京，开始国事访问。', 'person')).toEqual([]);
  });
});

describe('dotted names the segmenter splits', () => {
  it('takes a surname of eight sounds after one initial (谢·别尔德…夫)', () => {
    expect(holdsOf('某国总统古·别尔德穆哈默多夫表示慰问。')).toEqual([
      '古·别尔德穆哈默多夫|某国总统',
    ]);
  });
  it('takes one character and a noun ending in a sound after the dot (安德烈·列先科说)', () => {
    expect(holdsOf('某国总统办公室顾问安德烈·列先科说，局势正在变化。')).toEqual([
      '安德烈·列先科|某国总统办公室顾问',
    ]);
  });
});

describe("a Japanese name after a company head's title", () => {
  it('reads the four characters before a time word (会长桥本健二今天召开…)', () => {
    expect(holdsOf('某国钢铁公司会长桥本健二今天召开记者会。')).toEqual([
      '桥本健二|某国钢铁公司会长',
    ]);
  });
});

describe('a bare title after a preposition', () => {
  it('gives the country of the sentence to 总统 after 针对 (针对总统罗卡斯的逮捕令)', () => {
    expect(holdsOf('秘鲁法院批准延长针对总统罗卡斯的逮捕令期限。')).toEqual(['罗卡斯|秘鲁总统']);
  });
});

describe('a home glued to a name', () => {
  it('cuts 家 before a noun (来到牧民吉美家帐篷里)', () => {
    expect(entityNames('医生来到牧民吉美家帐篷里换药。', 'person')).toEqual(['吉美']);
  });
});

describe('a place of speech after 在', () => {
  it('reads no speaker in 在信中指出 (信 also a surname)', () => {
    expect(entityNames('某某在信中指出，各级学会做了大量工作。', 'person')).toEqual([]);
  });
});
