/**
 * Foreign officials' person–post pairs on invented sentences modelled on national news reports of
 * visits and meetings (issue 11, helper pairs50, on the fresh days of pairs50-a): a list item
 * opened by 以及 ends the chain before it, a chief of staff in a line of one country's officials,
 * a party's name ending in 党 before its chair, 宣誓就任, an armed group's senior official, an office
 * described by its field (负责…事务的), the last part of a dotted name before 总统, and a leader's
 * counterpart whose glued 总理 is not China's.
 */
import { describe, expect, it } from 'vitest';
import { entityNames, heldForms, holdsOf, inventedArticle } from '../../tests/kit/articles.ts';

describe('a chain of titles before a name', () => {
  it('stops at a list item opened by 以及 (…领导人或代表，以及某组织秘书长)', () => {
    const text =
      '会议由甲国总统科尔多瓦主持，乙国总统帕兰卡和40多位发展中国家领导人或代表，以及联合国秘书长桑托林等出席。';
    expect(holdsOf(text).filter((p) => p.startsWith('桑托林'))).toEqual(['桑托林|联合国秘书长']);
  });
});

describe('a line of one country’s officials', () => {
  it('gives the chief of staff after 和 the line’s country (总理甲、国防部长乙和总参谋长丙)', () => {
    const text = '以色列总理巴拉托夫、国防部长米兰科和总参谋长卡雷夫出席会议。';
    expect(holdsOf(text)).toContain('卡雷夫|以色列总参谋长');
  });
  it('keeps a finance ministry whose name joins two fields with 和 one title', () => {
    const text = '希腊国民经济和财政部长帕帕多斯出席会议。';
    expect(holdsOf(text)).toEqual(['帕帕多斯|希腊国民经济和财政部长']);
  });
});

describe('a party the segmenter splits before its chair', () => {
  it('reads 某国前进党主席某某 as the party’s chair, not a surname 党 addressed as 党主席', () => {
    const text = '蔡建华在北京会见由塞尔维亚前进党主席马尔蒂诺维奇率领的代表团。';
    expect(entityNames(text, 'person')).toContain('马尔蒂诺维奇');
    expect(holdsOf(text)).toContain('马尔蒂诺维奇|塞尔维亚前进党主席');
  });
});

describe('taking office', () => {
  it('reads 宣誓就任 and 正式就任 as 就任 (某某宣誓就任某国总统)', () => {
    expect(
      holdsOf('当地时间7日，米哈伊尔·索科洛夫宣誓就任俄罗斯总统。索科洛夫表示，将推动发展。'),
    ).toContain('米哈伊尔·索科洛夫|俄罗斯总统');
    expect(holdsOf('俄罗斯总统索科洛夫当天正式就任。索科洛夫正式就任俄罗斯总统。')).toContain(
      '索科洛夫|俄罗斯总统',
    );
  });
});

describe('a body’s senior official', () => {
  it('gives an armed group’s or a party’s 高级官员 as a post (哈马斯高级官员某某)', () => {
    expect(holdsOf('哈马斯高级官员阿卜杜勒·哈米德表示，停火谈判仍在进行。')).toEqual([
      '阿卜杜勒·哈米德|哈马斯高级官员',
    ]);
  });
  it('gives a state’s or a side’s senior officials none (美国高级官员, 美方高级官员)', () => {
    expect(holdsOf('美国高级官员沙利文表示，谈判仍在进行。')).toEqual([]);
    expect(holdsOf('美方高级官员沙利文表示，谈判仍在进行。')).toEqual([]);
  });
});

describe('an office described by its field', () => {
  it('reads 联合国负责…事务的副秘书长 as the body’s office, the bare title its alias', () => {
    const a = inventedArticle(
      'a',
      '联合国负责政治与和平建设事务的助理秘书长哈立德·萨米尔表示担忧。',
    );
    expect(heldForms([a]).sort()).toEqual([
      '哈立德·萨米尔|助理秘书长',
      '哈立德·萨米尔|联合国助理秘书长',
    ]);
  });
});

describe('the last part of a dotted name before a head’s title', () => {
  it('reads it though its first sound is outside the tables (同别某某某总统)', () => {
    const a = inventedArticle(
      'a',
      '国家主席王建国会见土库曼斯坦总统谢尔达尔·别尔德穆哈梅多夫。王建国表示，习近平主席同别尔德穆哈梅多夫总统举行会谈。',
    );
    expect(heldForms([a])).toContain('谢尔达尔·别尔德穆哈梅多夫|总统');
  });
  it('reads no mark of the title into it (对某某前总统, after 吉米·某某前总统 elsewhere)', () => {
    const text =
      '王建国对卡拉特前总统逝世表示哀悼。王建国表示，吉米·卡拉特前总统为两国关系作出贡献。';
    expect(entityNames(text, 'person')).not.toContain('卡拉特前');
  });
});

describe('a leader’s counterpart with a title China shares', () => {
  it('gives 某某总理 after 主席同 no premiership of China; the corpus gives his own', () => {
    const visit = inventedArticle('a', '国务院总理王建国会见马来西亚总理安瓦尔。');
    const speech = inventedArticle(
      'b',
      '丁建华表示，习近平主席同安瓦尔总理就共建中马命运共同体达成重要共识。',
    );
    expect(heldForms([visit, speech]).sort()).toEqual([
      '安瓦尔|总理',
      '安瓦尔|马来西亚总理',
      '王建国|国务院总理',
    ]);
  });
});

describe('a dotted name’s last part the segmenter leaves unknown', () => {
  it('reads one sound and an unknown word of three as the part (米哈伊尔·米|舒斯京出席)', () => {
    const text = '俄罗斯联邦政府总理米哈伊尔·米舒斯京出席。米舒斯京表示，俄方愿加强合作。';
    expect(holdsOf(text)).toContain('米哈伊尔·米舒斯京|俄罗斯总理');
    expect(entityNames(text, 'person')).toContain('米哈伊尔·米舒斯京');
  });
});

describe('a list of those present', () => {
  it('reads 的有 before a country’s title as the list’s opening (出席的有某国首相某某)', () => {
    const text = '应邀出席的有柬埔寨首相洪达明、老挝总理宋萨和越南副总理陈春河。';
    expect(holdsOf(text)).toContain('洪达明|柬埔寨首相');
  });
});
