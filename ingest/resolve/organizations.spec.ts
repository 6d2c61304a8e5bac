/** Organisations: one node per body, on invented sentences. */
import { describe, expect, it } from 'vitest';
import { extractStory } from '../extract/index.ts';
import { homeArea, resolveOrganization, standingCommitteeMap } from './organizations.ts';

const orgs = (text: string) =>
  extractStory(text)
    .entities.filter((e) => e.type === 'organization')
    .map((e) => e.name)
    .sort();

describe('organisations', () => {
  it('resolves 市委, 重庆市委 and 中共重庆市委 to one body in a story at home in Chongqing', () => {
    const text =
      '重庆日报讯 中共重庆市委常委甲乙丙出席会议。重庆市委副书记丁戊己讲话。市委秘书长庚辛壬主持。';
    expect(resolveOrganization('市委', '秘书长', '重庆市').name).toBe('重庆市委');
    expect(resolveOrganization('中共重庆市委', '常委', '重庆市').name).toBe('重庆市委');
    expect(resolveOrganization('中国共产党重庆市委员会', '书记', '重庆市').name).toBe('重庆市委');
    expect(homeArea(text, [])).toBe('重庆市');
    expect(orgs('重庆日报讯 市委书记张三强调，重庆市委副书记李四出席。')).toEqual(['重庆市委']);
  });
  it('takes the home area from the province named most when no outlet is printed', () => {
    const counts = [
      { name: '四川省', count: 3 },
      { name: '重庆市', count: 1 },
    ];
    expect(homeArea('会议在成都召开。', counts)).toBe('四川省');
    expect(resolveOrganization('省委', '书记', '四川省').name).toBe('四川省委');
    // A national round-up names many provinces as often: no home, 市委 stays as printed.
    expect(
      homeArea('', [
        { name: '四川省', count: 2 },
        { name: '河南省', count: 2 },
      ]),
    ).toBe(undefined);
  });
  it("reads a bare 区委 in a story at home in an autonomous region as a district's, not the region's", () => {
    expect(resolveOrganization('区委', '书记', '广西壮族自治区').name).not.toBe('广西壮族自治区委');
    expect(resolveOrganization('区政协', '主席', '广西壮族自治区').name).not.toBe(
      '广西壮族自治区政协',
    );
    expect(resolveOrganization('自治区党委', '书记', '广西壮族自治区').name).toBe(
      '广西壮族自治区党委',
    );
  });
  it('keeps 市人大 and 市人大常委会 apart, each one node with its qualified form', () => {
    expect(resolveOrganization('市人大常委会', '主任', '重庆市').name).toBe('重庆市人大常委会');
    expect(resolveOrganization('重庆市人大常委会', '副主任', '重庆市').name).toBe(
      '重庆市人大常委会',
    );
    expect(resolveOrganization('市人大', '代表', '重庆市').name).toBe('重庆市人大');
    expect(resolveOrganization('重庆市人民代表大会', '代表', '重庆市').name).toBe('重庆市人大');
  });
  it('cuts the province before a national body (某省全国人大代表 is a deputy to 全国人大)', () => {
    expect(resolveOrganization('河北省全国人大', '代表').name).toBe('全国人大');
    expect(orgs('河北省全国人大代表丁戊己表示，要把建议带到会上。')).toEqual(['全国人大']);
  });
  it("names China's national bodies without 中国 and a country by its full name", () => {
    expect(resolveOrganization('中国全国人大', '代表团团长').name).toBe('全国人大');
    expect(resolveOrganization('黎看守政府', '总理').name).toBe('黎巴嫩看守政府');
  });
  it('never ends a name with a role word', () => {
    expect(resolveOrganization('某某市商务委员会一级', '巡视员').name).toBe('某某市商务委员会');
    expect(resolveOrganization('某某局规划处副', '处长').name).toBe('某某局规划处');
    expect(resolveOrganization('某某集团技术', '总监').name).toBe('某某集团');
    expect(resolveOrganization('某某集团财务', '经理').name).toBe('某某集团');
    expect(resolveOrganization('某某建设公司项目', '经理').name).toBe('某某建设公司');
  });
  it('completes truncated names instead of making nodes of them', () => {
    // 全国总工会 is 中华全国总工会 by its full name.
    expect(resolveOrganization('全国总', '工会副主席').name).toBe('中华全国总工会');
    expect(resolveOrganization('市总', '工会主席', '重庆市').name).toBe('重庆市总工会');
    expect(resolveOrganization('某国外交', '部长').name).toBe('某国外交部');
  });
  it('gives no organisation for a clause, a person or a bare word', () => {
    expect(resolveOrganization('国家', '主席').name).toBe(undefined);
    expect(resolveOrganization('村委会', '主任').name).toBe(undefined);
    expect(resolveOrganization('调查评估组', '组长').name).toBe(undefined);
    expect(resolveOrganization('报告团', '成员').name).toBe(undefined);
    expect(resolveOrganization('总统府', '发言人').name).toBe(undefined);
    // The organs every congress or agency has: whose is not said.
    expect(resolveOrganization('大会执行', '主席').name).toBe(undefined);
    expect(resolveOrganization('主席团', '常务主席').name).toBe('大会主席团');
    expect(resolveOrganization('宪法和法律委员会', '主任委员').name).toBe(
      '全国人大宪法和法律委员会',
    );
    expect(resolveOrganization('秘书处', '执行秘书').name).toBe(undefined);
    expect(resolveOrganization('议会上院', '议长').name).toBe(undefined);
    // 国家安全部长 is the minister of 国家安全部; 国家情报 of 国家情报总监 is no body (报 is a paper's
    // end only in 日报, 晚报…).
    expect(resolveOrganization('东岭国国家安全', '部长').name).toBe('东岭国国家安全部');
    expect(resolveOrganization('东岭国国家情报', '总监').name).toBe(undefined);
    expect(resolveOrganization('东岭日报', '社长').name).toBe('东岭日报');
    expect(resolveOrganization('东岭国常驻维也纳国际组织', '代表').name).toBe(undefined);
    expect(resolveOrganization('东岭国驻南城大使馆', '参赞').name).toBe('东岭国驻南城大使馆');
    // A city or a village after a clause is an area, not a body.
    expect(resolveOrganization('下届运动会主办城市东岭国南城市', '市长').name).toBe(undefined);
    expect(resolveOrganization('东岭省南城市小河子村', '书记').name).toBe(undefined);
    expect(resolveOrganization('他坚决拥护以某某同志为总', '书记').name).toBe(undefined);
    expect(resolveOrganization('张三', '总', undefined, new Set(['张三'])).name).toBe(undefined);
    expect(resolveOrganization('某某委员会3日在某地看望', '书记').name).toBe(undefined);
  });
  it('takes an area named in a title (a state, a special region) for no organisation', () => {
    expect(resolveOrganization('东岭州', '州长').name).toBeUndefined();
    expect(resolveOrganization('澳门特区', '行政长官').name).toBeUndefined();
    expect(orgs('东岭州州长马克当天宣布进入紧急状态。')).toEqual([]);
    expect(resolveOrganization('东岭州政府', '秘书长').name).toBe('东岭州政府');
  });
  it('names a country one way before its ministry (美交通部 → 美国交通部)', () => {
    expect(resolveOrganization('美交通部', '部长').name).toBe('美国交通部');
    expect(resolveOrganization('国家发改委', '主任').name).toBe('国家发展改革委');
    // 美容院, 法院: no country.
    expect(resolveOrganization('东岭美容院', '院长').name).toBe('东岭美容院');
  });
  it('keeps 府 as the end of a body (总统府), not completed by the role', () => {
    expect(resolveOrganization('东岭总统府', '部长').name).toBe('东岭总统府');
  });
  it('takes a province, a known city or a short form for the place, not a body', () => {
    expect(orgs('东岭国麦岭省省长甲乙丙表示。')).toEqual([]);
    expect(orgs('北京市副市长甲乙丙表示。')).toEqual([]);
    expect(resolveOrganization('北京市委', '书记').name).toBe('北京市委');
    expect(resolveOrganization('中央外办', '主任').name).toBe('中央外办');
    // 驻会副主任, 执行主席: ranks of the role, not of the body.
    expect(resolveOrganization('东岭委员会驻会', '副主任').name).toBe('东岭委员会');
    expect(resolveOrganization('东岭大会执行', '主席').name).toBe('东岭大会');
    expect(resolveOrganization('中央外事工作委员会办公室', '主任').name).toBe('中央外办');
  });
  it('takes a city before 市长, a bare level body and an unowned parliament for no body', () => {
    // 某科 ends like a section (科) but before 市长 it is a city.
    expect(resolveOrganization('东岭斯科', '市长').name).toBe(undefined);
    expect(resolveOrganization('加州', '州长').name).toBe(undefined);
    expect(resolveOrganization('县委', '副书记').name).toBe(undefined);
    expect(resolveOrganization('自治区人大', '主任').name).toBe(undefined);
    expect(resolveOrganization('国会', '主席').name).toBe(undefined);
    expect(resolveOrganization('市委', '书记', '重庆市').name).toBe('重庆市委');
    expect(resolveOrganization('东岭省政府', '副省长').name).toBe('东岭省政府');
  });
  it('cuts 前 (former) out of a ministry: the post was held before, the body is the same', () => {
    expect(resolveOrganization('美国前财政部', '部长').name).toBe('美国财政部');
  });
  it('takes a region (某某地区) for no body, with a clause before it or not', () => {
    expect(resolveOrganization('东岭地区', '领导人').name).toBe(undefined);
    expect(resolveOrganization('执意允许东岭地区', '领导人').name).toBe(undefined);
  });
  it('takes a dismissal or a successor glued to a ministry for no body, and cuts a year', () => {
    expect(orgs('东岭总理宣布解除财政部长某某的职务。')).toEqual([]);
    expect(resolveOrganization('外长某某接任国防', '部长').name).toBe(undefined);
    expect(resolveOrganization('2024年东岭合作组织', '领导人').name).toBe('东岭合作组织');
  });
  it('reads a body after a bare 常委会 as the one congress’s body of that name', () => {
    const map = standingCommitteeMap(['全国人大常委会东岭工作委员会', '常委会东岭工作委员会']);
    expect(map.get('常委会东岭工作委员会')).toBe('全国人大常委会东岭工作委员会');
    const two = [
      '全国人大常委会东岭工作委员会',
      '某省人大常委会东岭工作委员会',
      '常委会东岭工作委员会',
    ];
    expect(standingCommitteeMap(two).size).toBe(0);
  });
  it('reads no ministry from a country alone before 部长, no body with 委托 or 根据 glued on, no bare 组委会 (junk-6)', () => {
    expect(resolveOrganization('法国', '部长').name).toBeUndefined();
    // 委托某某常委会秘书长: a verb of the clause glued on (entrusting the secretary-general).
    expect(resolveOrganization('委托全国人大常委会', '秘书长').name).toBeUndefined();
    // 根据某办公室主任某某发布的消息: a preposition glued on; 组委会主席: which games is not said.
    expect(resolveOrganization('根据东岭总统办公室', '主任').name).toBeUndefined();
    expect(resolveOrganization('组委会', '主席').name).toBeUndefined();
    // 某国国务部长 (a minister of state), 主席特别代表某某政治局常委, a bare 基金会.
    expect(resolveOrganization('印度国务', '部长').name).toBeUndefined();
    expect(resolveOrganization('习近平主席特别代表中共中央政治局', '常委').name).toBeUndefined();
    expect(resolveOrganization('基金会', '主席').name).toBeUndefined();
    expect(resolveOrganization('法国国防', '部长').name).toBe('法国国防部');
    expect(orgs('法国副总理兼经济部长某某表示，经济将衰退。')).toEqual([]);
  });
  it("reads no body from a country's or a side's delegation to a visit or a talk (junk-7)", () => {
    expect(resolveOrganization('法国代表团', '团长').name).toBeUndefined();
    expect(resolveOrganization('东西谈判西方代表团', '团长').name).toBeUndefined();
    // A province's delegation to the congress meets every session: it stays.
    expect(resolveOrganization('东岭省代表团', '团长').name).toBe('东岭省代表团');
  });
  it('takes a street’s office printed without its street for no body (local3)', () => {
    expect(orgs('街道党工委副书记、办事处主任甲乙丙，街道办事处副主任丁戊己参加会议。')).toEqual(
      [],
    );
  });
});

describe('no body through a character lost in decoding (lstrat61-l)', () => {
  it('leaves a Latin letter glued to 委', () => {
    expect(orgs('县委书记甲某主持并讲话?h委副书记乙某传达会议精神。')).not.toContain('h委');
  });
});

describe('no body through a report’s dateline (lstrat59-l)', () => {
  it('cuts the congress session the report was given at', () => {
    const text =
      '2024年1月8日在安远县第十届人民代表大会第三次会议上安远县人民政府县长胡立新各位代表:现在,我代表县人民政府向大会报告工作。';
    expect(orgs(text)).toEqual(['安远县政府']);
  });
});
