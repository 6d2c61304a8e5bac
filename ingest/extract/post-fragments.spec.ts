/**
 * Posts that were fragments, carried a verb or named a country two ways (orgpost18, issue 13;
 * invented sentences modelled on national news).
 */
import { describe, expect, it } from 'vitest';
import { entityNames, holdsOf } from '../../tests/kit/articles.ts';

describe('words glued before a title', () => {
  it('reads 原 opening a word of the body (原子能) as no former marker', () => {
    const text = '巴西原子能委员会主席费雷拉12日表示，新反应堆将于明年运行。';
    expect(holdsOf(text)).toEqual(['费雷拉|巴西原子能委员会主席']);
    expect(entityNames(text, 'organization')).toEqual(['巴西原子能委员会']);
  });
  it('cuts a verb of coinciding (正值) and of questioning (质疑) before the title', () => {
    expect(holdsOf('会议召开之际，正值法国总统马尔丹结束他的亚洲之行。')).toEqual([
      '马尔丹|法国总统',
    ]);
    expect(holdsOf('报道说，议员们质疑工党党首马克斯韦尔的领导能力。')).toEqual([
      '马克斯韦尔|工党党首',
    ]);
  });
  it('cuts 对于 whole, not leaving 于 on the title', () => {
    expect(holdsOf('这样的夜班，对于车站站长刘海涛来说早已习惯。')).toEqual(['刘海涛|车站站长']);
  });
  it('cuts a name joined to the title by 和 (与某某和某院主席), not a country holding 和', () => {
    const text =
      '代表团在首都会见总统卡马尔、总理德瓦，与马斯特科塔和联邦院主席塔帕西纳分别举行会谈。';
    expect(holdsOf(text)).toEqual(['塔帕西纳|联邦院主席']);
    expect(holdsOf('节目将播出对特立尼达和多巴哥总理罗利的专访。')).toEqual([
      '罗利|特立尼达和多巴哥总理',
    ]);
  });
});

describe('one country named one way', () => {
  it("gives a bare 总统助理 after a country's title in a chain that country", () => {
    expect(holdsOf('俄罗斯代表团团长、总统助理沃尔科夫说，谈判将继续。')).toEqual([
      '沃尔科夫|俄罗斯代表团团长',
      '沃尔科夫|俄罗斯总统助理',
    ]);
  });
  it("keeps a title's own short-form country after another country's leader (与乌总统)", () => {
    expect(holdsOf('美国总统卡特勒日前在峰会期间与乌总统马连科会面。')).toEqual([
      '卡特勒|美国总统',
      '马连科|乌克兰总统',
    ]);
  });
  it('names a kingdom, a legislature and a state by one name (泰王国, 美参院, 吉尔吉斯)', () => {
    expect(holdsOf('泰王国总理巴差他出席了开幕式。')).toEqual(['巴差他|泰国总理']);
    expect(holdsOf('美参院共和党领袖布鲁克斯称，法案将在下周表决。')).toEqual([
      '布鲁克斯|美国参院共和党领袖',
    ]);
    expect(holdsOf('吉尔吉斯总统阿坦巴耶夫出席了开幕式。')).toEqual([
      '阿坦巴耶夫|吉尔吉斯斯坦总统',
    ]);
  });
});

describe("a state's head after a party's title", () => {
  it("gives a bare 首相 after a party's title no office of the party (保守党首相)", () => {
    expect(holdsOf('报道说，议员们质疑保守党党首、现任首相马克斯韦尔的领导能力。')).toEqual([
      '马克斯韦尔|保守党党首',
    ]);
  });
});

describe('前 alone marking a former post', () => {
  it('cuts 前 before a body after another title, which gives the body its country', () => {
    const text = '法国友好协会会长、前众议院议长卡尔森出席了招待会。';
    expect(holdsOf(text)).toEqual(['卡尔森|法国众议院议长', '卡尔森|法国友好协会会长']);
  });
  it("gives a bare 国防部长 after a foreign body's title its country (内阁成员、前国防部长)", () => {
    expect(holdsOf('以色列战时内阁成员、前国防部长甘尼斯18日发表讲话。')).toEqual([
      '甘尼斯|以色列国防部长',
      '甘尼斯|以色列战时内阁成员',
    ]);
  });
  it('gives the title after 兼 its country once (副总理兼外交部长)', () => {
    expect(holdsOf('巴基斯坦副总理兼外交部长达尔出席。')).toEqual([
      '达尔|巴基斯坦副总理',
      '达尔|巴基斯坦外交部长',
    ]);
  });
  it('keeps 前 that opens a word of the body (前海)', () => {
    expect(holdsOf('深圳前海管理局局长王立新出席。')).toEqual(['王立新|深圳前海管理局局长']);
  });
});
