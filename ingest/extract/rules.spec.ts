/** Rules for industries, parks, programs and districts, on short invented sentences. */
import { describe, expect, it } from 'vitest';
import { extractStory } from './index.ts';
import { findDistricts } from './places.ts';
import { findIndustries } from './industries.ts';
import { findPrograms } from './programs.ts';
import { resolveOverlaps } from './mentions.ts';

const names = (found: { name: string }[]) => [...new Set(found.map((m) => m.name))].sort();
const industries = (text: string) => names(resolveOverlaps(findIndustries(text)));
const programs = (text: string) => names(resolveOverlaps(findPrograms(text)));
const entities = (text: string, type: string) =>
  names(extractStory(text).entities.filter((e) => e.type === type));

describe('industries', () => {
  it('takes a law, a scope word, demand and a bare craft for no sector', () => {
    expect(industries('新修订的渔业法明年施行。')).toEqual([]);
    expect(industries('数据实时传回智慧农业管理平台，发展智慧农业产业。')).toEqual(['智慧农业']);
    expect(industries('数据实时传回智慧农业管理平台。')).toEqual([]);
    expect(industries('要立足县域产业基础，加快壮大富民产业。')).toEqual([]);
    expect(industries('让观影消费产业链不断延长。')).toEqual([]);
    expect(industries('支持稳外贸主体和稳外贸产业链。')).toEqual([]);
    expect(industries('以新产业、新业态为核心的经济增加值。')).toEqual([]);
    expect(industries('打通“连环还”链条。')).toEqual([]);
    expect(industries('重点围绕科技创新、研发设计等知识密集型产业开展业务。')).toEqual([]);
  });
  it('keeps list items as printed when the list is closed by a sector word', () => {
    expect(industries('该县着力培育茶叶加工、优势畜牧、山地旅游等特色产业。')).toEqual([
      '优势畜牧',
      '山地旅游',
      '茶叶加工',
    ]);
    expect(industries('园区将做大做强集成电路、智能家电两大主导产业。')).toEqual([
      '智能家电',
      '集成电路',
    ]);
  });
  it('keeps A与B as one item of a list separated by 、, and reads scale words before the closer', () => {
    expect(industries('全市将做强茶叶加工、储能与氢能、船舶与航运等4个千亿级支柱产业。')).toEqual([
      '储能与氢能',
      '船舶与航运',
      '茶叶加工',
    ]);
    expect(industries('推动汽车与电子两大产业协同。')).toEqual(['汽车制造业', '电子信息']);
  });
  it('leaves a year, 全省 and a zone before a sector out of its name; 当家 is no sector', () => {
    expect(industries('到2030年全省光电子信息产业规模突破万亿元。')).toEqual(['光电子信息']);
    expect(industries('今年某某高新区集成电路产业产值增长。')).toEqual(['集成电路']);
    expect(industries('白酒是这里的当家产业。')).not.toContain('当家');
  });
  it('drops lists closed by other nouns and broad categories', () => {
    expect(industries('企业普遍加强工业互联网、物联网等应用。')).toEqual([]);
    expect(industries('把物流、金融、用工等要素一体谋划。')).toEqual([]);
    expect(industries('推动先进制造业和现代服务业融合发展。')).toEqual([]);
  });
  it('takes the category after a list as no sector of its own', () => {
    expect(industries('加快中药饮片、医疗器械等医药产业发展。')).not.toContain('医药');
  });
  it('names quoted industrial chains and merges X with X业', () => {
    expect(industries('围绕“光芯屏端”全产业链招商。')).toEqual(['光芯屏端']);
    expect(industries('金融支柱产业地位凸显，金融业增加值增长5%。')).toEqual(['金融业']);
  });
  it('reads lists closed by N条产业链 and long items; strips a region before a sector', () => {
    expect(industries('已梳理出汽车配套、智能装备等8条产业链。')).toEqual(['智能装备', '汽车配套']);
    expect(industries('正在承接盐化工、新能源电池材料等产业。')).toEqual([
      '新能源电池材料',
      '盐化工',
    ]);
    expect(industries('推动川渝新型显示产业协作。')).toEqual(['新型显示']);
  });
  it('takes no headline fragment, pronoun or people for a sector', () => {
    expect(industries('——代表委员热议乡村产业振兴')).toEqual([]);
    expect(industries('“这是产业链分工的样本。”')).toEqual([]);
  });
  it('does not take adjectives or regions for sectors', () => {
    expect(industries('培育科技型产业集群，建设渝东北产业高地。')).toEqual([]);
  });
});

describe('parks', () => {
  it('splits a park from the district whose long name it begins', () => {
    const text = '西部科学城重庆高新区将加快建设。';
    expect(entities(text, 'park')).toEqual(['西部科学城']);
    expect(entities(text, 'district')).toEqual(['重庆高新区']);
  });
  it('finds zones without a park suffix by list, by coordination and before 等园区', () => {
    expect(entities('核心区包括大学城、科技港、智慧岛三个片区。', 'park')).toEqual([
      '大学城',
      '智慧岛',
      '科技港',
    ]);
    expect(entities('推动明月湖科学城与大学城融合发展。', 'park')).toEqual([
      '大学城',
      '明月湖科学城',
    ]);
    expect(entities('高标准打造云杉软件等特色园区。', 'park')).toEqual(['云杉软件']);
  });
  it('rejects descriptions: a sector and generic words before the suffix', () => {
    expect(entities('打造新能源汽车配套产业基地，建设消费品工业集聚区。', 'park')).toEqual([]);
    expect(entities('该孵化器被认定为国家级科技企业孵化器。', 'park')).toEqual([]);
  });
  it('leaves time words and pronouns out of a park name', () => {
    expect(
      entities('去年示范区产值增长，今年园区将扩容，上半年綦江高新区新签项目。', 'park'),
    ).toEqual(['綦江高新区']);
    expect(entities('两地人才可在对方园区落户。', 'park')).toEqual([]);
    expect(entities('现在园区已有企业进驻。', 'park')).toEqual([]);
    expect(entities('到2027年协作区产值将翻番。', 'park')).toEqual([]);
  });
  it('keeps a place jieba reads as a verb, and 高新, in a park name', () => {
    expect(entities('遵义经济技术开发区新签项目12个。', 'park')).toEqual(['遵义经济技术开发区']);
    expect(entities('用好成都高新综合保税区的保税政策。', 'park')).toEqual(['成都高新综合保税区']);
  });
  it('leaves a caption opener out of a park name', () => {
    expect(entities('图为青岚名酒工业园区内，工人在查看窖池。', 'park')).toEqual([
      '青岚名酒工业园区',
    ]);
  });
  it('reads the area of a free-trade zone as part of its name', () => {
    expect(entities('中国（湖南）自由贸易试验区长沙片区揭牌。', 'park')).toEqual([
      '中国(湖南)自由贸易试验区长沙片区',
    ]);
  });
  it('accepts 谷 only as a word of its own', () => {
    expect(entities('加快建设华岩国际创意谷，走出低谷。', 'park')).toEqual(['华岩国际创意谷']);
  });
});

describe('programs', () => {
  it('shares a suffix after quoted names, and joins quoted parts of one name', () => {
    expect(programs('实施“青春留渝”“技能强市”工程。')).toEqual(['技能强市工程', '青春留渝工程']);
    expect(programs('健全“基金+园区”“小巨人”企业培育体系。')).toEqual([
      '基金+园区小巨人企业培育体系',
    ]);
  });
  it('reads 等 after a quoted name, short 改革 names and directives', () => {
    expect(programs('推出“一窗通办”等12项制度创新。')).toEqual(['一窗通办']);
    expect(programs('以“三权”改革激发活力。')).toEqual(['三权改革']);
    expect(programs('落实“加快建设制造强市”战略要求。')).toEqual([]);
    expect(programs('突出“三个面向”战略导向。')).toEqual([]);
  });
  it('keeps a guiding 以…为…的 phrase and names of projects', () => {
    expect(programs('深入实施以数字化为引领的产业升级行动计划。')).toEqual([
      '以数字化为引领的产业升级行动计划',
    ]);
    expect(programs('位于园区的明辉新能源电池工厂项目正在建设。')).toEqual([
      '明辉新能源电池工厂项目',
    ]);
    expect(programs('谋划实施工业提质增效行动，')).toEqual(['工业提质增效行动']);
  });
});

describe('districts', () => {
  it('takes a county after a full province name even when jieba reads a person', () => {
    // 松桃县 is 松桃苗族自治县's short form (gazetteer withAutonomousShortForms)
    expect(names(findDistricts('贵州省松桃县与秀山合作。'))).toContain('松桃苗族自治县');
  });
  it('knows the counties of neighbouring provinces and new areas elsewhere', () => {
    expect(names(findDistricts('游仙区、邻水县和巴东县的企业来到贵安新区。'))).toEqual([
      '巴东县',
      '游仙区',
      '贵安新区',
      '邻水县',
    ]);
    expect(names(findDistricts('提高县域经济水平，推进新城区建设。'))).toEqual([]);
  });
  it('knows every province: cities with short forms, counties by full name', () => {
    expect(names(findDistricts('龙岗区和临安区的企业在嘉兴签约，安吉县代表到会。'))).toEqual([
      '临安区',
      '嘉兴市',
      '安吉县',
      '龙岗区',
    ]);
  });
  it('takes a full county name only where a word starts, and not before 域 or 场', () => {
    expect(names(findDistricts('沿海城市的开放水平不断提高。'))).toEqual([]);
    expect(names(findDistricts('统筹城市中区域协调发展。'))).toEqual([]);
    expect(names(findDistricts('昆山市场主体持续增长。'))).toEqual([]);
    expect(names(findDistricts('会见了江宁区委书记。'))).toEqual(['江宁区']);
  });
  it('gives a name shared by several counties no parent; keeps Chongqing first', () => {
    const [gulou] = findDistricts('鼓楼区召开会议。');
    expect(gulou?.facts?.parent).toBeUndefined();
    expect(findDistricts('江北区召开会议。')[0]?.facts?.parent).toBe('重庆市');
  });
  it("leaves a place inside a person's name, or a compound surname, to the people", () => {
    expect(entities('本报讯（记者 甘清远）4月18日，会议在渝中区召开。', 'district')).toEqual([
      '渝中区',
    ]);
    expect(entities('区委书记濮阳建勋表示，要抓好招商。', 'district')).toEqual([]);
  });
});
