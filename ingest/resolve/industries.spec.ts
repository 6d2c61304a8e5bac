/** Industries: one node per sector, no junk (invented sentences). */
import { describe, expect, it } from 'vitest';
import { findIndustries } from '../extract/industries.ts';
import { resolveOverlaps } from '../extract/mentions.ts';
import { resolveSector } from './industries.ts';
import { buildGraph } from '../build.ts';
import { inventedArticle } from '../../tests/kit/articles.ts';

const industries = (text: string) =>
  [...new Set(resolveOverlaps(findIndustries(text)).map((m) => m.name))].sort();

describe('sectors', () => {
  it('gives one canonical name to the forms of one sector', () => {
    expect(resolveSector('汽车').name).toBe('汽车制造业');
    expect(resolveSector('汽车制造').name).toBe('汽车制造业');
    expect(industries('该区做强汽车产业，汽车制造产值增长。')).toEqual(['汽车制造业']);
    expect(resolveSector('电子').name).toBe('电子信息');
    // 特钢 is the short form of special steel (cctv23b, issue 13).
    expect(resolveSector('特钢材料').name).toBe('特种钢材');
    expect(resolveSector('冰雪运动').name).toBe('冰雪产业');
    // Making a product is its sector; 安全生产 is no product's.
    expect(resolveSector('茶叶生产').name).toBe('茶叶');
    expect(resolveSector('安全生产').name).not.toBe('安全');
  });
  it('cuts a body’s setting up or investing from a sector and takes chains and greenhouses for none (junk9)', () => {
    expect(resolveSector('专门设置低空经济').name).toBe('低空经济');
    expect(resolveSector('外商投资高新技术').name).toBe('高新技术');
    expect(resolveSector('技术链').name).toBe(undefined);
    expect(resolveSector('蔬菜大棚').name).toBe(undefined);
  });
  it('refuses weather, lone verbs and words that are no sector', () => {
    expect(resolveSector('雷雨大风').name).toBe(undefined);
    expect(resolveSector('谋划').name).toBe(undefined);
    expect(resolveSector('乡村').name).toBe(undefined);
    expect(resolveSector('单打独斗模式制约').name).toBe(undefined);
    expect(resolveSector('中小微企业').name).toBe(undefined);
  });
  it('takes a named strategy for no sector (长江经济带产业链)', () => {
    expect(industries('持续为长江经济带产业链稳定作出贡献。')).toEqual([]);
  });
  it('cuts a verb or a region glued in front of a sector', () => {
    expect(resolveSector('驱动新材料')).toEqual({ name: '新材料', reason: 'verb in front cut' });
    expect(resolveSector('川渝汽车').name).toBe('汽车制造业');
    expect(resolveSector('当地高端智能制造').name).toBe('高端智能制造');
  });
  it('names energy storage one way (储能, 新能源储能 → 新型储能)', () => {
    expect(resolveSector('储能').name).toBe('新型储能');
    expect(resolveSector('新能源储能').name).toBe('新型储能');
  });
  it('keeps 新型储能 whole instead of cutting 储能 out of it', () => {
    expect(industries('园区聚焦新能源及新型储能等产业，推动储能企业集聚。')).toEqual([
      '新型储能',
      '新能源',
    ]);
  });
  it('takes goals and qualities for no sector (粮食安全, 上下游, 零碳)', () => {
    expect(resolveSector('国家粮食安全').name).toBe(undefined);
    expect(resolveSector('上下游').name).toBe(undefined);
    expect(resolveSector('零碳').name).toBe(undefined);
    expect(resolveSector('网络安全').name).toBe('网络安全');
  });
  it('cuts a country in front, and knows one name for e-commerce, biopharma and mining', () => {
    expect(resolveSector('中德汽车').name).toBe('汽车制造业');
    expect(resolveSector('日本出口').name).toBe(undefined);
    expect(resolveSector('研判人工智能').name).toBe('人工智能');
    expect(resolveSector('电商').name).toBe('电子商务');
    expect(resolveSector('生物制药').name).toBe('生物医药');
    expect(resolveSector('矿山').name).toBe('矿业');
  });
  it('takes policies, procedures and counted groups for no sector', () => {
    expect(resolveSector('过境政策').name).toBe(undefined);
    expect(resolveSector('证件办理').name).toBe(undefined);
    expect(resolveSector('四大粮商').name).toBe(undefined);
  });
  it('takes a process, talent and a place with a colour for no sector', () => {
    expect(industries('全县加快建强数字化产业。')).toEqual([]);
    expect(industries('引进科技人才产业联盟成员。')).toEqual([]);
    expect(industries('东岭蓝色产业起步。')).toEqual([]);
    expect(resolveSector('临海蓝色').name).toBe(undefined);
    expect(resolveSector('中试基地').name).toBe(undefined);
    expect(resolveSector('石化').name).toBe('石化');
  });
  it('gives a short and a long form of one sector one name (水产, 高端装备制造业)', () => {
    expect(resolveSector('水产').name).toBe('渔业');
    expect(resolveSector('家用电器').name).toBe('家电');
    expect(resolveSector('高端装备制造业').name).toBe('高端装备');
  });
  it('cuts a scope, an ordinal or a visiting verb in front, and drops counted fragments', () => {
    expect(resolveSector('特别是在汽车').name).toBe('汽车制造业');
    expect(resolveSector('第三大汽车').name).toBe('汽车制造业');
    expect(resolveSector('调研北斗').name).toBe('北斗');
    expect(resolveSector('近五年体育').name).toBe(undefined);
    expect(resolveSector('人工智能三大先导').name).toBe(undefined);
    expect(resolveSector('东岭港全球').name).toBe(undefined);
    expect(resolveSector('完整清洁能源').name).toBe('清洁能源');
    expect(resolveSector('利用区内文旅').name).toBe(undefined);
    expect(resolveSector('距离').name).toBe(undefined);
    expect(resolveSector('卫健').name).toBe(undefined);
  });
  it('takes goals, rankings, designations of firms, investment, shops and areas for no sector', () => {
    expect(industries('该省加快培育新质生产力产业，专精特新企业增多。')).toEqual([]);
    expect(resolveSector('民营经济百强').name).toBe(undefined);
    expect(resolveSector('绿色转型').name).toBe(undefined);
    expect(resolveSector('碳达峰').name).toBe(undefined);
    expect(resolveSector('外商投资').name).toBe(undefined);
    expect(resolveSector('品牌专卖店').name).toBe(undefined);
    expect(resolveSector('社区工厂').name).toBe(undefined);
    expect(resolveSector('万平方米高标准').name).toBe(undefined);
  });
  it('merges a sector and its material across articles (先进钢铁, 先进钢铁材料)', () => {
    const g = buildGraph([
      inventedArticle('a0', '该省推进绿色化工、先进钢铁、生物医药等产业转型升级。'),
      inventedArticle('a1', '该市推进工程机械、先进钢铁材料等重点产业链倍增计划。'),
    ]);
    const sectors = g
      .filterNodes((_, a) => a.type === 'industry')
      .map((k) => g.getNodeAttribute(k, 'label'));
    expect(sectors.filter((l) => l.startsWith('先进钢铁'))).toEqual(['先进钢铁材料']);
  });
  it('cuts a verb of aim, a first or a region word in front (面向汽车, 沿线旅游)', () => {
    expect(resolveSector('面向汽车').name).toBe('汽车制造业');
    expect(industries('预计钢铁、建材等行业也将纳入全国碳市场。')).toEqual(['建材', '钢铁']);
    expect(resolveSector('促进医药').name).toBe('医药');
    expect(resolveSector('面向').name).toBe(undefined);
    expect(resolveSector('首个影视').name).toBe(undefined);
    expect(resolveSector('沿线旅游').name).toBe('文化旅游');
    expect(resolveSector('自治区农牧业').name).toBe('农牧业');
    expect(resolveSector('京津冀').name).toBe(undefined);
    expect(resolveSector('试点茶').name).toBe(undefined);
    // A visit before a park's 产业园 is no sector (the park is the name there).
    expect(industries('王某某前往东岭智能电气西北产业园考察。')).toEqual([]);
  });
  it('takes spending, an event title and workers for no sector (汽车消费, 产业工人)', () => {
    expect(industries('各地发放补贴，带动家电消费、餐饮消费等消费产业回暖。')).toEqual([]);
    expect(resolveSector('电影消费').name).toBe(undefined);
    expect(resolveSector('消费新热点').name).toBe(undefined);
    expect(resolveSector('旅游消费').name).toBe('旅游消费');
    expect(resolveSector('世界智能').name).toBe(undefined);
    expect(industries('东岭省要培养一支高素质产业工人队伍。')).toEqual([]);
  });
  it('takes a catalogue class, a whole, a clause piece for no sector; cuts 两地', () => {
    expect(industries('东岭合作区鼓励类产业目录发布。')).toEqual([]);
    expect(industries('增强整体产业竞争力。')).toEqual([]);
    expect(industries('为此，服务专班为产业链提供了全流程服务。')).toEqual([]);
    expect(resolveSector('两地汽车').name).toBe('汽车制造业');
    expect(resolveSector('川渝两地汽车').name).toBe('汽车制造业');
    expect(resolveSector('钢材').name).toBe('钢铁');
    expect(resolveSector('光伏发电').name).toBe('光伏');
    expect(resolveSector('下游多晶硅').name).toBe('多晶硅');
    expect(resolveSector('酒类').name).toBe('酒类');
  });
  it('reads X行业 as the sector X and cuts a setting in front', () => {
    expect(resolveSector('钢铁行业').name).toBe('钢铁');
    expect(resolveSector('汽车行业').name).toBe('汽车制造业');
    expect(resolveSector('银行业').name).toBe('银行业');
    expect(resolveSector('运输大变局下航运').name).toBe('航运');
    expect(resolveSector('运河沿线文旅').name).toBe('文化旅游');
  });
  it('reads 旅游 as 文化旅游, 智造 as 智能制造 and a size (万亿级规模产业) as no sector', () => {
    expect(industries('东岭县做强旅游产业，带动文旅产业融合发展。')).toEqual(['文化旅游']);
    expect(resolveSector('智造').name).toBe('智能制造');
    expect(resolveSector('电动汽车').name).toBe('新能源汽车');
    expect(resolveSector('绿色环保').name).toBe('环保');
    expect(industries('该集团建成了储能、新材料等3个万亿级规模产业。')).not.toContain('规模');
  });
  it('knows 房地产业 and 金融服务 in the sector vocabulary', () => {
    expect(industries('金融服务、房地产业生产指数回升。')).toEqual(['房地产业', '金融业']);
  });
  it('takes fields of science, ways of developing and a new town for no sector (junk-6)', () => {
    expect(industries('东岭规划了月球科学、月基科学等3个领域。')).toEqual([]);
    expect(industries('东岭规划了月球科学、月基科学和资源勘查利用3个领域。')).toEqual([]);
    expect(industries('东岭发展生物医药、新材料和资源勘查利用3个领域。')).toContain('资源勘查利用');
    expect(industries('拓展数字经济、绿色发展等新兴产业合作。')).toEqual(['数字经济']);
    expect(industries('拓展绿色科技、新能源等新兴领域合作。')).toEqual(['新能源']);
    expect(resolveSector('工程科技').name).toBeUndefined();
    expect(industries('拓展量子科技、新能源等新兴领域合作。')).toEqual(['新能源', '量子科技']);
    expect(industries('他来到东岭码头公司、武清京津产业新城调研。')).toEqual([]);
  });
  it('takes a government for no sector (junk-6)', () => {
    expect(resolveSector('北京市政府').name).toBeUndefined(); // of 北京市政府产业投资
  });
  it('takes 国家, a verb of control and a level in front for no sector (junk-6)', () => {
    expect(industries('这是国家产业链安全的关键。')).toEqual([]);
    expect(industries('企业要掌控产业发展主导权。')).toEqual([]);
    expect(resolveSector('省级东岭农业').name).toBeUndefined();
    expect(resolveSector('省级汽车').name).toBe('汽车制造业');
  });
  it('cuts 两国 in front; takes partners, trends, paths, online and a standard for no sector (junk-6)', () => {
    expect(industries('深化两国农业、投资等领域务实合作。')).toEqual([]); // 农业: a category
    expect(industries('我国与“一带一路”伙伴产业链合作更加紧密。')).toEqual([]);
    expect(industries('嘉宾围绕智能媒体发展前沿趋势、创新路径等行业话题交流。')).toEqual([]);
    expect(industries('搭建面向全国的线上线下科技产业金融合作对接平台。')).toEqual([]);
    expect(resolveSector('高标准现代蔬菜').name).toBeUndefined();
  });
  it('takes a region and investment promotion for no sector (junk-6)', () => {
    expect(industries('开幕当天签约招商引资产业项目137个。')).toEqual([]);
    expect(industries('共同维护亚太产业链供应链稳定。')).toEqual([]);
  });
});
