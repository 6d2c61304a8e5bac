/** Named strategies of the gazetteer as printed: shared ends of a list (invented sentences). */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('named strategies', () => {
  it('gives each name of a list the last word it shares with a gazetteer name', () => {
    expect(programs('该县持续打好蓝天、碧水、净土保卫战。')).toEqual([
      '净土保卫战',
      '碧水保卫战',
      '蓝天保卫战',
    ]);
    // Only where the name with the shared word is in the gazetteer: 红土 is no battle of it.
    expect(programs('该县持续打好红土、净土保卫战。')).toEqual(['净土保卫战']);
  });
  it('gives works listed before the kind they share the word 工程 when the gazetteer knows them', () => {
    expect(programs('该省坚持以天然林保护、退耕还林还草、三北防护林等重大工程带动造林。')).toEqual([
      '三北防护林体系建设工程',
      '天然林保护工程',
      '退耕还林还草',
    ]);
    expect(programs('该区将推进“三北”等重大生态工程建设。')).toEqual(['三北防护林体系建设工程']);
    // A reservoir listed beside them is no named work.
    expect(programs('东岭水库、红石水库等重点工程加快建设。')).toEqual([]);
  });
  it('names a second program joined to one carried out, and one a clause says is launched', () => {
    expect(programs('该省将深入实施“东岭强芯”工程和核心软件攻关工程，加快发展。')).toEqual([
      '东岭强芯工程',
      '核心软件攻关工程',
    ]);
    expect(programs('前不久，全国湿地候鸟保护行动正式启动。')).toEqual(['全国湿地候鸟保护行动']);
    // A kind of action launched, or a ceremony, is no name.
    expect(programs('近日，专项整治行动正式启动。')).toEqual([]);
  });
  it('names the building of a quoted name carried out, not a bare quote with 建设', () => {
    expect(programs('该市加快推进商圈改造和“半小时便民服务圈”建设。')).toEqual([
      '半小时便民服务圈建设',
    ]);
    expect(programs('“蓝色牧场”建设扎实推进，产量增长。')).toEqual(['蓝色牧场建设']);
    expect(programs('这里的“口袋公园”建设者很多。')).toEqual([]);
    expect(programs('“口袋公园”建设让居民受益。')).toEqual([]);
    expect(programs('要加强城市路网的“微小循环”建设。')).toEqual([]);
  });
  it('takes each quote of a run before 等政策 for one of the policies', () => {
    expect(programs('抓好“东岭八条”“西岭六条”等政策落实落地。')).toEqual(['东岭八条', '西岭六条']);
    // A kind of support stays no name, in a run as alone.
    expect(programs('东岭拿出“住房补贴”“创业扶持”等政策。')).toEqual([]);
  });
  it('names a policy continued by what it does, not a kind or a manner of policy', () => {
    expect(programs('会议决定，延续实施小额创业贷款免息及本金延期偿还政策。')).toEqual([
      '小额创业贷款免息及本金延期偿还政策',
    ]);
    expect(programs('该省继续实施小麦、油菜差异化补贴政策，引入种植收入保险。')).toEqual([
      '小麦、油菜差异化补贴政策',
    ]);
    expect(programs('该市出台就业创业扶持政策。')).toEqual([]);
    expect(programs('该市继续实施三项住房公积金政策。')).toEqual([]);
    // The two macro policy stances are no programs (prog52, program-descriptions.ts: the newer
    // annotations junk them, though cctv22m, cctv25f and cctv22x listed them), nor a policy continued.
    expect(programs('要继续实施积极的财政政策和稳健的货币政策。')).toEqual([]);
  });
  it('names a goal of the 中国 kind by its building, the program (a 强国 only as a strategy)', () => {
    // programs26: a 强国 to build is a goal (the independent annotations junk it).
    expect(programs('该市提出，要为加快建设体育强国作出贡献。')).toEqual([]);
    expect(programs('全面推进美丽中国建设。')).toEqual(['美丽中国建设']);
    // The verb 建设 before what a gazetteer program builds, where the bare goal is no name.
    expect(programs('该省要高质量建设国家生态文明试验区。')).toEqual(['国家生态文明试验区建设']);
  });
  it('knows policies and reforms the Government Work Reports name across years', () => {
    expect(programs('前三季度，该省新增减税降费超百亿元。')).toEqual(['减税降费']);
    expect(programs('某企业成为全面实行股票发行注册制后首批上市企业。')).toEqual([
      '股票发行注册制改革',
    ]);
    expect(programs('该市深化产业工人队伍建设改革，落实耕地占补平衡制度。')).toEqual([
      '产业工人队伍建设改革',
      '耕地占补平衡制度',
    ]);
    expect(programs('这座港口是21世纪海上丝绸之路的重要节点。')).toEqual(['21世纪海上丝绸之路']);
    expect(programs('东岭抓住自由贸易港建设的契机。')).toEqual(['海南自由贸易港建设']);
  });
  it('knows the military strategies and the trade and reform strategies by name', () => {
    // 新时代军事战略方针 is a guiding principle, no program (the independent annotations).
    expect(programs('会议要求深入推进依法治军，贯彻新时代军事战略方针。')).toEqual([
      '依法治军战略',
    ]);
    expect(programs('该省拓展市场多元化战略。')).toEqual(['市场多元化战略']);
    expect(programs('更好推动提振消费专项行动落地见效。')).toEqual(['提振消费专项行动']);
  });
  it('knows the energy power, the legal-education plans and the biodiversity works by name', () => {
    expect(programs('该省以新型电网支撑能源强国战略。')).toEqual(['能源强国建设']);
    expect(programs('会议听取了关于“八五”普法工作情况的汇报。')).toEqual(['八五普法']);
    expect(programs('该县实施生物多样性保护重大工程。')).toEqual(['生物多样性保护重大工程']);
    expect(programs('东岭加快保障性住房建设，推进县域商业体系建设。')).toEqual([
      '保障性住房建设',
      '县域商业体系建设',
    ]);
    // prog58: the national parks are a designation of land, no program (program-kinds.ts).
    expect(programs('该省深入推进国家公园建设和革命老区振兴发展。')).toEqual(['革命老区振兴发展']);
    // One park's building is not the national program.
    expect(programs('东岭热带雨林国家公园建设以来，生态持续改善。')).toEqual([]);
    expect(programs('数十项文物科技国家重点研发计划取得进展。')).toEqual(['国家重点研发计划']);
    expect(programs('海南国家生态文明试验区建设稳步推进。')).toEqual(['国家生态文明试验区建设']);
    expect(programs('要深化国家生态文明试验区建设。')).toEqual(['国家生态文明试验区建设']);
  });
  it('takes operations, first-person slogans, kinds of good works and clauses for no program', () => {
    expect(programs('某国宣布对邻国实施特种作战行动。')).toEqual([]);
    expect(programs('某国军方宣布启动“北方之盾”行动。')).toEqual([]);
    expect(programs('支持科技企业上市融资“绿色通道”政策。')).toEqual([]);
    expect(programs('东岭通过成立工作专班、开通办事“绿色通道”等多种举措保障企业。')).toEqual([]);
    expect(programs('在东岭，“文明实践我行动”把服务送到家门口。')).toEqual([]);
    expect(programs('志愿者开展“扶老助残”等公益行动。')).toEqual([]);
    expect(programs('东岭也拿出“住房补贴”“创业扶持”等政策。')).toEqual([]);
    expect(programs('某国总理要求审查购买法国战机计划。')).toEqual([]);
    expect(programs('外长将飞往巴西，在巴西期间计划与某国外长接触。')).toEqual([]);
    expect(programs('各地学校开展“开学第一课”活动。')).toEqual([]);
  });
  it('keeps a gazetteer name whose words look like a kind (一个…)', () => {
    expect(programs('某方表示将继续奉行一个中国政策。')).toEqual(['一个中国政策']);
  });
  it('reads no program inside the name of a body or a post named after it', () => {
    expect(programs('记者从中国载人航天工程办公室获悉，任务准备就绪。')).toEqual([]);
    expect(programs('中国载人航天工程总设计师接受采访。')).toEqual([]);
  });
  it('finds a named pilot carried out or counted, not a kind of pilot', () => {
    expect(programs('东岭大力推进车船互联规模化应用试点。')).toEqual(['车船互联规模化应用试点']);
    expect(programs('允许在三地进行外资独资诊所试点，试点范围逐步扩大。')).toEqual([
      '外资独资诊所试点',
    ]);
    expect(programs('新增7个文旅服务扩大开放试点。')).toEqual(['文旅服务扩大开放试点']);
    expect(programs('该省深化先进制造业和现代物流业融合发展试点工作。')).toEqual([
      '先进制造业和现代物流业融合发展试点',
    ]);
    expect(programs('示范区正在深化综合改革试点。')).toEqual([]);
    expect(programs('支持外资机构参与更多金融业务试点。')).toEqual([]);
    expect(programs('东岭入选首批数据空间建设试点。')).toEqual([]);
    expect(programs('三地开展首批数据空间建设试点。')).toEqual(['数据空间建设试点']);
  });
  it('names short parallel tasks before a program word together', () => {
    expect(programs('东岭大力实施稳产量、提品质、创名牌专项行动计划。')).toEqual([
      '稳产量、提品质、创名牌专项行动计划',
    ]);
    expect(programs('参与国际大科学计划、大数据工程。')).not.toContain('学计划、大数据工程');
    // Their count may stand before the program word.
    expect(programs('东岭全力推进产业升级、城乡融合、开放合作三大工程。')).toEqual([
      '产业升级、城乡融合、开放合作三大工程',
    ]);
  });
  it('takes a short name the gazetteer quotes only where it is printed in quotes', () => {
    expect(programs('今年以来，“两重”“两新”等政策持续发力。')).toEqual([
      '两重建设',
      '大规模设备更新和消费品以旧换新',
    ]);
    expect(programs('这件事有两重含义。')).toEqual([]);
    expect(programs('走访街道、企业、“两新”组织等。')).toEqual([]);
  });
  it('reads the printed names of 放管服, the energy security and factor reforms (cctv23b, issue 13)', () => {
    expect(programs('该省持续深化简政放权、放管结合、优化服务改革。')).toEqual(['放管服改革']);
    expect(programs('当地践行能源安全新战略，推进风电建设。')).toEqual(['能源安全新战略']);
    expect(programs('某区深化数据等要素市场化配置改革。')).toEqual(['要素市场化配置改革']);
    expect(programs('某段长城的国家文化公园建设稳步推进。')).toEqual(['国家文化公园建设']);
  });
  it('reads a quoted building whose progress has an adverb before it (prog56)', () => {
    expect(programs('“绿色粮仓”建设也稳步推进，全年产量再创新高。')).toEqual(['绿色粮仓建设']);
  });
  it('leaves the bare 依法治军 of the list of army principles (prog56)', () => {
    expect(programs('全军坚持政治建军、改革强军、科技强军、人才强军、依法治军。')).toEqual([]);
    expect(programs('要深入贯彻依法治军战略，严格部队管理。')).toEqual(['依法治军战略']);
  });
});

describe('regular assistance after the transition (gazetteer, prog57)', () => {
  it('reads 常态化帮扶 printed short as the named programme', () => {
    expect(programs('今年是某省开展常态化帮扶的第一年，工作体系基本建立。')).toEqual([
      '常态化精准帮扶',
    ]);
  });
});
