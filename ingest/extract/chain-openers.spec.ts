/**
 * Person–post pairs on invented sentences (pairs42, issue 11): a body acting on an official before
 * his chain and the 有 of a list of those present (chain-openers.ts), a pronoun meeting an official
 * (post-clauses.ts), the field commanders of a unit and a work team's head (command-offices.ts), a
 * company's legal representative (roles.txt), a town's head after its 党委 title
 * (posts-at-home.ts), a bare council or commission after the body was named (referred-abroad.ts).
 */
import { describe, expect, it } from 'vitest';
import { heldForms, holdsOf, inventedArticle } from '../../tests/kit/articles.ts';

const forms = (text: string) => heldForms([inventedArticle('a', text)]);

describe('a body acting on an official before his chain (chain-openers.ts cutActingBody)', () => {
  it('starts the chain, and the area its bare titles refer back to, after 对', () => {
    const held = forms('经研究，省纪委对临川市委常委、副市长周某峰的问题进行了立案审查。');
    expect(held).toContain('周某峰|临川市委常委');
    expect(held).toContain('周某峰|临川市副市长');
    expect(held.filter((h) => h.includes('纪委对'))).toEqual([]);
  });
  it('keeps a body of its own that opens with 对 (对外联络部)', () => {
    expect(holdsOf('中共中央对外联络部部长林某出席。')).toEqual(['林某|中共中央对外联络部部长']);
  });
});

describe('a pronoun meeting an official before his title (post-clauses.ts LEADING_WORDS)', () => {
  it('leaves the study verbs of local papers and the 企业代表 of a signing out of the title (blocal-f)', () => {
    const held = forms(
      '会议传达学习省委书记郑某明同志讲话精神，要迅速把思想统一到市委书记钱某华同志的讲话精神上来。签约企业代表某某新材料科技有限公司总经理孙某杰作了发言。',
    );
    expect(held.filter((h) => /传达|统一|代表/.test(h))).toEqual([]);
    expect(held).toContain('孙某杰|某某新材料科技有限公司总经理');
  });
  it('is no part of the title', () => {
    expect(holdsOf('他与阿曼外交大臣哈里斯当天通话，双方同意保持沟通。')).toEqual([
      '哈里斯|阿曼外交大臣',
    ]);
  });
});

describe('a unit’s commanders (command-offices.ts commandsUnit)', () => {
  it('counts a field commander of an armed wing or a headquarters', () => {
    expect(holdsOf('此前，某党武装军事指挥官舒某尔在袭击中死亡。')).toEqual([
      '舒某尔|某党武装军事指挥官',
    ]);
    expect(holdsOf('以军称当天在某地打死某党北部战线司令部后勤指挥官卡尔杰。')).toEqual([
      '卡尔杰|某党北部战线司令部后勤指挥官',
    ]);
    expect(holdsOf('以军称打死某某旅副指挥官马某·伊萨。')).toEqual(['马某·伊萨|某某旅副指挥官']);
  });
  it('counts the commander of any 队 (a patrol, a squad)', () => {
    expect(holdsOf('据报道，边境巡逻队指挥官博瓦诺预计将于明天离开该市。')).toEqual([
      '博瓦诺|边境巡逻队指挥官',
    ]);
  });
  it('leaves a grade (高级指挥官) a description', () => {
    expect(holdsOf('任命某国革命卫队高级指挥官帕某为新任司令。')).toEqual([]);
  });
  it('counts the head of a named work team, not 班长 alone', () => {
    expect(holdsOf('我们来认识某电力公司配电抢修班班长张某明。')).toEqual([
      '张某明|某电力公司配电抢修班班长',
    ]);
    expect(holdsOf('班长张某的马前蹄突然陷进雪坑。')).toEqual([]);
  });
});

describe('a company’s legal representative (roles.txt 法定代表人)', () => {
  it('ends the title, and the name after it is whole', () => {
    expect(
      holdsOf('某某制冷设备有限公司法定代表人吴某根、某批发部实际经营者李勇等人被立案侦查。'),
    ).toEqual(['吴某根|某某制冷设备有限公司法定代表人']);
  });
});

describe('a town’s head after its 党委 title (posts-at-home.ts isBareLevel)', () => {
  it('is that town’s 镇长 where the chain names the town', () => {
    const held = forms('青山县石门镇党委副书记、镇长李明华介绍，今年全镇种植面积扩大。');
    expect(held).toContain('李明华|青山县石门镇镇长');
    expect(held).toContain('李明华|镇长');
  });
  it('stays a role where no town is named', () => {
    expect(holdsOf('镇长王晓东表示，将继续推进。')).toEqual([]);
  });
});

describe('a bare council or commission before its head’s title (referred-abroad.ts bareBody)', () => {
  it('is the body the story named in full before it', () => {
    const held = forms('非洲联盟委员会当天发表声明。委员会主席塔瓦雷斯表示，将作出回应。');
    expect(held).toContain('塔瓦雷斯|非洲联盟委员会主席');
    expect(held).toContain('塔瓦雷斯|委员会主席');
  });
});

describe('the 有 that opens a list of those present (chain-openers.ts cutListOpener)', () => {
  it('is no part of the title the list shares', () => {
    expect(holdsOf('出席会议的有省委常委王建军、李明华。')).toEqual([
      '李明华|省委常委',
      '王建军|省委常委',
    ]);
  });
  it('keeps 有 that starts a name (有色金属)', () => {
    expect(holdsOf('有色金属工业协会会长王建军出席。')).toEqual(['王建军|有色金属工业协会会长']);
  });
});

describe('a standing committee’s officer after its first title (posts.ts partBase)', () => {
  it('is the standing committee’s, not the congress’s', () => {
    const held = forms('全国人大常委会副委员长、秘书长刘某出席。');
    expect(held).toContain('刘某|全国人大常委会秘书长');
    expect(held).not.toContain('刘某|全国人大秘书长');
  });
});

describe('a party committee’s department after an autonomous region’s or a prefecture’s title (back-references.ts COMMITTEE)', () => {
  it('is that committee’s department', () => {
    expect(holdsOf('某某自治区党委常委、宣传部部长王某出席。')).toContain(
      '王某|某某自治区党委宣传部部长',
    );
    expect(holdsOf('某某州委常委、统战部部长王某出席。')).toContain('王某|某某州委统战部部长');
  });
});
