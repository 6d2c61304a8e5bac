/**
 * People, posts and things the lead's round of stop 52 found missed or wrong on real pages and
 * transcripts (blind cctv37a, cctv37b, blocal-n after their first scores). Invented sentences;
 * each fails without its rule.
 */
import { describe, expect, it } from 'vitest';
import { entityNames, holdsOf } from '../../tests/kit/articles.ts';

const people = (text: string) => entityNames(text, 'person');

describe('people and posts', () => {
  it('reads a Japanese name before 政府 though no Chinese surname opens it (people.ts)', () => {
    expect(people('民众集会，反对岸田文雄政府扩军。')).toEqual(['岸田文雄']);
  });
  it('ends a foreign name before 主张, a stance verb jieba tags as a noun (name-followers.ts)', () => {
    expect(holdsOf('日本首相高市早苗主张进一步扩大支出。')).toEqual(['高市早苗|日本首相']);
    expect(people('他的主张得到支持。')).toEqual([]);
  });
  it('reads a dictionary name beside a frequent word of things in a list as a thing (things-lists.ts)', () => {
    expect(people('商场里还有展览、沙龙等丰富市民的消费体验。')).toEqual([]);
    expect(people('县长王明、李华等出席了展览。')).toEqual(['李华', '王明']);
  });
  it('reads a place running into the word of a zone as no person (zone-name-parts.ts)', () => {
    expect(people('加快建设远洋渔业基地、环马祖澳滨海旅游度假区等产业平台。')).toEqual([]);
    expect(people('今天，刘建华在产业园调研。')).toEqual(['刘建华']);
  });
  it("keeps a bare prefecture congress's delegate before a second title (names-in-titles.ts)", () => {
    expect(holdsOf('1月21日，州人大代表、某市市长王海峰说，报告提及本市。')).toContain(
      '王海峰|州人大代表',
    );
  });
  it("reads a Uyghur name's first part back to a pause, its last part up to a list mark (dot-names.ts)", () => {
    expect(people('在女子双人决赛中，古丽洁乃提·阿迪克尤木、赵佳颖的组合获得第8名。')).toContain(
      '古丽洁乃提·阿迪克尤木',
    );
    expect(people('活动中，中国金茂·古鳌头产城融合项目开工。')).toEqual([]);
  });
});

describe('people in attendance lines', () => {
  it('reads an attendance line closed by 参加有关活动 (clause-names.ts)', () => {
    expect(people('县长李强出席。\n顿儒萍、李尚桃参加有关活动。')).toContain('顿儒萍');
  });
});

describe('things', () => {
  it("reads a park's zone named in a body's name as no district (organization-areas.ts)", () => {
    const text = '副县长、新河合作区管委会主任王海峰介绍了项目情况。';
    expect(entityNames(text, 'district')).toEqual([]);
    expect(entityNames('江阳区委书记王海峰出席。', 'district')).toContain('江阳区');
  });
  it("starts a park's name after a project's word or 以 (park-name-starts.ts)", () => {
    const parks = (text: string) => entityNames(text, 'park');
    expect(parks('某区招商项目万洋产业园项目荣耀上榜。')).toEqual(['万洋产业园']);
    expect(parks('按照“一区三园”思路建设，即以集聚区为基础。')).toEqual([]);
  });
  it('reads a guarantee plan set up, and subsidies listed before the 政策 they share (spans.ts, listed-programmes.ts)', () => {
    const programs = (text: string) => entityNames(text, 'program');
    expect(programs('其中，首次设立民营投资专项担保计划，规模5000亿元。')).toEqual([
      '民营投资专项担保计划',
    ]);
    expect(programs('今天还优化实施了商户经营贷款贴息、家庭消费贷款财政贴息等政策。')).toEqual([
      '商户经营贷款贴息政策',
      '家庭消费贷款财政贴息政策',
    ]);
    expect(programs('会议要求出台了税收、金融、土地等政策。')).toEqual([]);
    expect(programs('加力落实社保补贴、培训补贴等政策。')).toEqual([]);
  });
  it("reads a field before a quoted period's 规划 as that field's plan (period-plans.ts)", () => {
    const programs = (text: string) => entityNames(text, 'program');
    expect(programs('制定实施扩大消费“十五五”规划。')).toEqual(['扩大消费十五五规划']);
    expect(programs('要科学编制“十五五”规划。')).toEqual(['十五五规划']);
    expect(programs('助力中小微企业拓展对接“十五五”规划的渠道。')).toEqual(['十五五规划']);
    expect(programs('积极对接国家“十五五”规划。')).toEqual(['十五五规划']);
    expect(programs('为开通做准备，确保铁路“十四五”规划圆满收官。')).toEqual(['十四五规划']);
  });
  it("reads codes of several bodies before one shared frame, and a body's 总体要求 (framed-codes.ts)", () => {
    const programs = (text: string) => entityNames(text, 'program');
    expect(
      programs('县委认真落实省委“三为三高两同步”、市委“一二四三”工作思路和总体要求。'),
    ).toEqual(['一二四三', '三为三高两同步']);
    expect(programs('贯彻落实省委“三为三高两同步”总体要求。')).toEqual(['三为三高两同步']);
  });
  it('reads a year of project building carried out as a campaign (theme-years.ts)', () => {
    expect(entityNames('深入开展提速转型项目建设年活动。', 'program')).toEqual([
      '转型项目建设年活动',
    ]);
  });
  it('names the national strategic hinterland, a cultural park by its bare name, 农业供给侧改革 (gazetteer)', () => {
    const programs = (text: string) => entityNames(text, 'program');
    expect(programs('随着国家战略腹地建设的深入实施，本县迎来机遇。')).toEqual([
      '国家战略腹地建设',
    ]);
    expect(programs('要结合长征国家文化公园某某段建设工作，挖掘历史。')).toEqual([
      '长征国家文化公园建设',
    ]);
    expect(programs('稳步推进农业供给侧改革。')).toEqual(['农业供给侧结构性改革']);
  });
  it('reads no sector in 做足产业, no action in 自由行动', () => {
    expect(entityNames('坚持生态优先，做足产业“四地”文章。', 'industry')).toEqual([]);
    expect(entityNames('协议不能允许该国军队在邻国境内自由行动。', 'program')).toEqual([]);
  });
});
