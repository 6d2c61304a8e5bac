/**
 * Titles on cctv22x's kinds (orgpost20, issue 13; invented sentences modelled on national news):
 * verbs of acting for someone inside a chain, and bodies sharing one title.
 */
import { describe, expect, it } from 'vitest';
import { entityNames, holdsOf } from '../../tests/kit/articles.ts';

describe('a verb between a name and the next title', () => {
  it('reads 代表 after a holder as "on behalf of", not a title', () => {
    const text = '当地时间5日，约旦王储兼首相阿卜杜拉代表国王哈立德举行欢迎仪式。';
    expect(holdsOf(text)).toEqual(['阿卜杜拉|约旦王储', '阿卜杜拉|约旦首相']);
  });
  it('reads 首先代表 as the verb, giving no title to the name after it', () => {
    expect(holdsOf('阿卜杜拉首先代表哈立德国王对来访表示欢迎。')).toEqual([]);
  });
  it('reads 应 (at the invitation of) and 委派 (sent by) as ending the clause before a title', () => {
    expect(holdsOf('国家主席孙立新应约旦国王哈立德邀请出席峰会。')).toEqual([
      '哈立德|约旦国王',
      '孙立新|国家主席',
    ]);
    const sent = '秘鲁总统贝拉斯科和副总统博卢阿尔特委派外长冈萨雷斯、议长索托到使馆吊唁。';
    expect(holdsOf(sent)).toEqual(['博卢阿尔特|秘鲁副总统', '索托|秘鲁议长', '贝拉斯科|秘鲁总统']);
  });
});

describe('bodies sharing one title', () => {
  it('gives each body of 甲委员会、乙委员会中方主席 the title, and reads on to the chain before', () => {
    expect(holdsOf('国务院副总理、中法投资合作委员会、科技合作委员会中方主席孙立新出席。')).toEqual(
      ['孙立新|中法投资合作委员会中方主席', '孙立新|国务院副总理', '孙立新|科技合作委员会中方主席'],
    );
  });
});

describe('titles that name no office', () => {
  it('reads 第一 before a deputy as the rank, not a word of the ministry', () => {
    const text = '机械工业部第一副部长、党组副书记孙立新出席会议。';
    expect(holdsOf(text)).toEqual(['孙立新|机械工业部党组副书记', '孙立新|机械工业部第一副部长']);
    expect(entityNames(text, 'organization')).toEqual(['机械工业部']);
  });
  it("reads a government's 第一副总理 as the country's, as 副总理 is", () => {
    expect(holdsOf('俄罗斯联邦政府第一副总理索科洛夫出席论坛。')).toEqual([
      '索科洛夫|俄罗斯第一副总理',
    ]);
  });
  it('gives a kind of country or a creed before 领导人 no office', () => {
    expect(holdsOf('孙立新同志担任中国国家领导人期间，多次出访。孙立新说。')).toEqual([]);
    expect(holdsOf('他表示，社会主义领导人孙立新作出了贡献。')).toEqual([]);
  });
  it('reads 领导人民 as the verb 领导 and 人民', () => {
    expect(entityNames('要毫不动摇地坚持党领导人民军队。', 'person')).toEqual([]);
    expect(holdsOf('要毫不动摇地坚持党领导人民军队。')).toEqual([]);
  });
  it('makes a team sent out to speak on a subject no body (not 中央宣讲团)', () => {
    const text = '某县农技员孙立新是乡村振兴宣讲团的成员，她常到田间讲课。';
    expect(entityNames(text, 'organization')).toEqual([]);
    expect(entityNames(text, 'post').filter((p) => p.includes('宣讲团'))).toEqual([]);
    expect(entityNames('中央宣讲团成员孙立新作报告。', 'organization')).toEqual(['中央宣讲团']);
  });
  it("gives the last portfolio of a foreign minister's list no ministry of its own", () => {
    const text = '意大利经济、财政及工业、数字转型部长罗西与德国副总理韦伯发表联合声明。';
    expect(holdsOf(text)).toEqual(['韦伯|德国副总理']);
    expect(entityNames(text, 'organization')).toEqual([]);
  });
});

describe('a work of fiction', () => {
  it('keeps the characters a TV drama tells of out of the people, posts and bodies', () => {
    const text =
      '电视剧《山乡岁月》今晚起在综合频道播出，该剧讲述了青河县县委书记林远山带领干部群众解决发展难题的故事。';
    expect(entityNames(text, 'person')).toEqual([]);
    expect(entityNames(text, 'post')).toEqual([]);
    expect(entityNames(text, 'organization')).toEqual([]);
  });
});

describe('one office printed several ways', () => {
  it('reads the Party congress by one short form (党的二十大代表, 二十大代表)', () => {
    expect(holdsOf('某村党支部书记孙立新是党的二十大代表，她时常进村宣讲。')).toContain(
      '孙立新|二十大代表',
    );
    expect(holdsOf('中共十九大代表孙立新说。')).toEqual(['孙立新|十九大代表']);
  });
  it('reads 经合组织 and 老挝人革党 as the bodies they abbreviate', () => {
    expect(holdsOf('经合组织秘书长科恩出席会议。')).toEqual(['科恩|经合组织秘书长']);
    expect(holdsOf('经济合作与发展组织秘书长科恩出席会议。')).toEqual(['科恩|经合组织秘书长']);
    expect(holdsOf('汪洋在北京会见老挝人革党中央总书记宋沙瓦。')).toEqual([
      '宋沙瓦|老挝人民革命党中央总书记',
    ]);
  });
  it('cuts a body joined by 和 before a title of its own party', () => {
    expect(holdsOf('受越共中央政治局和越共中央总书记阮文安委托，代表团前往使馆。')).toEqual([
      '阮文安|越共中央总书记',
    ]);
  });
  it("cuts another holder's long name joined by 和 before an international body's title", () => {
    expect(
      holdsOf('李强会见了国际货币基金组织总裁阿列克桑德罗娃和世界贸易组织总干事罗兰。'),
    ).toEqual(['罗兰|世贸组织总干事', '阿列克桑德罗娃|国际货币基金组织总裁']);
  });
  it('keeps 对华 inside a title (对华合作牵头人)', () => {
    expect(holdsOf('总统委派外长罗萨，对华合作牵头人门多萨到使馆吊唁。')).toContain(
      '门多萨|对华合作牵头人',
    );
  });
});
