/**
 * Person–post pairs on invented sentences (pairs38, issue 11): a title before a list of names that
 * holds a Tibetan name the tables lack, then a comma and another title; and the one elected and not
 * yet sworn in (当选总统), before the name or glued after it.
 */
import { describe, expect, it } from 'vitest';
import { heldForms, holdsOf, inventedArticle } from '../../tests/kit/articles.ts';

describe('a title before a list of names (name-lists.ts, false-names.ts)', () => {
  it('goes on past a Tibetan name whose second word the table lacks (白玛|某某)', () => {
    expect(holdsOf('省人大常委会副主任王小明、白玛赤扎、刘振宇、赵德林出席会议。')).toEqual([
      '刘振宇|省人大常委会副主任',
      '王小明|省人大常委会副主任',
      '白玛赤扎|省人大常委会副主任',
      '赵德林|省人大常委会副主任',
    ]);
  });
  it('keeps the last name before a comma and the next title (甲、乙，秘书长丙)', () => {
    expect(
      holdsOf('全国人大常委会副委员长王小明、白玛赤扎、赵德林，秘书长孙立平出席了会议。'),
    ).toEqual([
      // local44: 秘书长 after the committee's deputies is its 秘书长 (as the pairs38 gold holds it)
      '孙立平|全国人大常委会秘书长',
      '王小明|全国人大常委会副委员长',
      '白玛赤扎|全国人大常委会副委员长',
      '赵德林|全国人大常委会副委员长',
    ]);
  });
});

describe('the one elected (bare-titles.ts electForms)', () => {
  const forms = (text: string) => heldForms([inventedArticle('a', text)]);
  it('keeps 某国当选总统 as printed before the name, and 当选总统 glued after it before 一道', () => {
    const held = forms(
      '习近平向纳米比亚当选总统卡西特瓦致贺电。习近平指出，我愿同卡西特瓦当选总统一道努力。',
    );
    expect(held).toContain('卡西特瓦|纳米比亚当选总统');
    expect(held).toContain('卡西特瓦|当选总统');
  });
  it('reads a dotted name by its last part before 当选总统一道', () => {
    expect(
      forms(
        '国家主席习近平致电博拉·提努克，祝贺他当选尼日利亚总统。我愿同提努克当选总统一道努力。',
      ),
    ).toContain('博拉·提努克|当选总统');
  });
  it('gives no such form where 当选 is the verb (祝贺某某当选总统。)', () => {
    expect(forms('国家主席习近平致电博拉·提努克，祝贺他当选尼日利亚总统。').join()).not.toContain(
      '当选',
    );
  });
});

describe('围绕 after a name (lexicon.json nameFollowers)', () => {
  it('closes a name whose given name is a word (某海潮|围绕) after a title chain', () => {
    expect(holdsOf('省卫生健康委党组书记、主任雷海浪围绕健康建设作了介绍。')).toEqual([
      '雷海浪|省卫生健康委主任',
      '雷海浪|省卫生健康委党组书记',
    ]);
  });
});

describe('a bare title without the internal organ (bare-titles.ts INTERNAL)', () => {
  it('keeps 秘书长 printed bare after a pause as the form of 全国人大常委会秘书长', () => {
    expect(
      heldForms([
        inventedArticle(
          'a',
          '副委员长王小明、刘振宇，秘书长孙立平出席了会议。会议听取了全国人大常委会秘书长孙立平作的汇报。',
        ),
      ]),
    ).toContain('孙立平|秘书长');
  });
});

describe('a hyphen part of a dotted name closed by a pause (dot-names.ts)', () => {
  it('runs on over a sound the tables lack (南迪-恩代某瓦，) and keeps 当选总统 for the last part', () => {
    const text =
      '国家主席习近平致电卡通博·南迪-恩代卡瓦，祝贺她当选纳米比亚共和国总统。习近平指出，愿同恩代卡瓦当选总统一道努力。';
    expect(holdsOf(text)).toContain('卡通博·南迪-恩代卡瓦|纳米比亚总统');
    expect(heldForms([inventedArticle('a', text)])).toContain('卡通博·南迪-恩代卡瓦|当选总统');
  });
});
