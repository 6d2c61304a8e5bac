/** Parks: one park, one node — verbs glued in front are not part of its name. */
import { describe, expect, it } from 'vitest';
import { extractStory } from './index.ts';
import { findParks } from './parks.ts';

const found = (text: string) => findParks(text).map((m) => m.name);
const parks = (text: string) =>
  extractStory(text)
    .entities.filter((e) => e.type === 'park')
    .map((e) => e.name)
    .sort();

describe('park names', () => {
  it('leaves a verb in front out of the name', () => {
    expect(parks('该区将助力枢纽港产业园加快建设。')).toEqual(['枢纽港产业园']);
    expect(parks('某某工业园做优东湖枢纽港产业园，东湖枢纽港产业园已入驻企业。')).toEqual([
      '东湖枢纽港产业园',
    ]);
    expect(parks('全县做强白鹭湾产业园。')).toEqual(['白鹭湾产业园']);
  });
  it('takes a kind of park for no park, and a list number for layout', () => {
    expect(parks('周边产业园区和当地智能制造产业园都在扩建。')).toEqual([]);
    expect(parks('这是全省首个自贸试验区。')).toEqual([]);
    // Counted: a kind of designation, however specific its name.
    expect(parks('规划提出建设70个应急装备产业特色园区。')).toEqual([]);
    expect(parks('我国已建成国家慢病防控示范区578个。')).toEqual([]);
    expect(parks('十年来，东岭区域综合保税区数量由2个增至11个。')).toEqual([]);
    // A kind of park in quotes, like 零碳园区: zero-waste says what it is like, not which.
    expect(parks('鼓励有条件的地区创建“无废园区”和“无废企业”。')).toEqual([]);
    // A list of bays is geography, not a park's zones.
    expect(parks('某市先后对东湖湾、西林湾、北港湾等五个湾区进行综合整治。')).toEqual([]);
    expect(parks('（5）白鹭湾产业园新增企业。')).toEqual(['白鹭湾产业园']);
    // The first of a kind, a zone abroad and a title given to a province name no park.
    expect(parks('全国首条自贸试验区始发的班列开行。')).toEqual([]);
    // A province built into a national rank with no place in it: a title.
    expect(parks('到2030年，该省将基本建成国家级新型储能先行示范区。')).toEqual([]);
    expect(parks('该省将建成国家级数字经济创新示范区。')).toEqual([]);
    expect(parks('东岭加快境外经贸合作区建设。')).toEqual([]);
    expect(parks('支持东岭省共同富裕示范区建设。')).toEqual([]);
    expect(parks('南城市建设中国特色社会主义先行示范区。')).toEqual([]);
    expect(parks('两地共建东岭南岭合作先行示范区。')).toEqual(['东岭南岭合作先行示范区']);
    // A whole city named a pioneer zone (the short form of its national title): no park.
    expect(parks('（2）厦门先行示范区建设三周年 外贸增长。')).toEqual([]);
  });
  it('needs a place or a proper name before the kind word', () => {
    expect(parks('市里新建科学园区。县里也有文创园区。')).toEqual([]);
    expect(parks('县里将建设高端医疗产业园。全功能旅游产业集聚区开放。')).toEqual([]);
    expect(parks('东岭高端医疗产业园开园。')).toEqual(['东岭高端医疗产业园']);
    expect(parks('该市新认定科技型企业孵化器。')).toEqual([]);
    expect(parks('企业入选国家级钢铁清洁生产示范基地。')).toEqual([]);
  });
  it('takes a reform pilot given to a province for a title, not a park', () => {
    expect(parks('东岭省是国家资源型经济转型综合配套改革试验区。')).toEqual([]);
  });
  it('takes a field trial cut at a word for no park', () => {
    // A field trial's description cut at a word: 治理试验示范区, 保护利用核心示范基地.
    expect(parks('在东岭县酸化耕地治理试验示范区，水稻增产。')).toEqual([]);
    expect(parks('在东岭黑土地保护利用核心示范基地，土壤变得疏松。')).toEqual([]);
  });
  it('takes a park described after 的 with no place or proper name for a kind of park', () => {
    expect(parks('该县建成了全球一流的氟硅材料园区。')).toEqual([]);
    expect(parks('位于东岭市的西岭工业园区开园。')).toEqual(['西岭工业园区']);
    expect(parks('浙江衢州的锂电新材料国际产业园加速推进。').length).toBe(1);
  });
  it('takes a 示范区 headed by a theme for a title, not a park', () => {
    expect(parks('该省获批国家新能源综合示范区。')).toEqual([]);
    expect(parks('两县共建生态经济示范区。该地建成页岩油示范区。')).toEqual([]);
    expect(parks('该州创建铸牢中华民族共同体意识示范区。')).toEqual([]);
    expect(parks('东岭生态经济示范区揭牌。')).toEqual(['东岭生态经济示范区']);
  });
  it('cuts a date in front, and takes places nearby, batches and crops for no park', () => {
    expect(parks('3月1日东岭科学城揭牌。')).toEqual(['东岭科学城']);
    expect(parks('当天，附近园区停电。')).toEqual([]);
    expect(parks('获批第二批自由贸易试验区联动创新区。')).toEqual([]);
    expect(parks('村里建起葡萄产业园。')).toEqual([]);
    expect(parks('该县建成吨粮田示范区和稻渔综合种养示范区。')).toEqual([]);
    expect(parks('东岭葡萄产业园开园。')).toEqual(['东岭葡萄产业园']);
  });
  it('cuts a clause ending in an adverb or a time word before the place that starts the name', () => {
    expect(parks('方案明确青海科学城的任务。')).toEqual(['青海科学城']);
    expect(parks('会议期间宁夏软件园签约。')).toEqual(['宁夏软件园']);
  });
  it('takes a counted park, a kind of zone and a quality for no park', () => {
    expect(parks('团队参观了南城一处科技园。')).toEqual([]);
    expect(parks('全国共有国家级经济技术开发区。')).toEqual([]);
    expect(parks('新设跨境电子商务综合试验区。')).toEqual([]);
    expect(parks('形成良好生态圈。')).toEqual([]);
    // cctv25f, issue 13: an innovation ecosystem around a platform is a concept.
    expect(parks('持续推动环大学大科创平台创新生态圈建设。')).toEqual([]);
  });
  it('takes a park counted or measured in mu, or pointed at, for no park', () => {
    expect(parks('企业直接服务240余个国家级产业园区。')).toEqual([]);
    expect(parks('县里建成2000万亩玉米高产示范区和千亩方示范基地。')).toEqual([]);
    expect(parks('村里建成万亩设施农业产业园。')).toEqual([]);
    expect(found('东岭万亩设施农业产业园开园。')).toEqual(['东岭万亩设施农业产业园']);
    expect(parks('外资占该合作示范区的一半。')).toEqual([]);
  });
  it('cuts a visit or a policy verb before the name', () => {
    expect(found('王某某前往东岭智能电气西北产业园考察。')).toEqual(['东岭智能电气西北产业园']);
    // 到 and 赴 as words of their own: 某某到县工业园 is no park's name.
    expect(found('林海峰到青禾产业园调研。')).toEqual(['青禾产业园']);
    expect(found('林海峰赴青禾高新区调研。')).toEqual(['青禾高新区']);
    expect(found('县委常委、副县长林海峰到县工业园调研。')).toEqual([]);
    expect(found('总书记高度重视自由贸易试验区建设。')).toEqual([]);
    expect(found('该市规划AI产业园。')).toEqual([]);
    expect(found('有人称之为美国谷。各族群众代表谷里相聚。')).toEqual([]);
    expect(found('推进地方经贸合作示范区建设。')).toEqual([]);
    expect(found('国务院部署中国（东岭）自由贸易试验区建设。')).toEqual([
      '中国(东岭)自由贸易试验区',
    ]);
  });
  it('starts no name inside a word and takes no solar term for a zone (谷雨)', () => {
    expect(found('可为下游多晶硅产业园提供清洁电能。')).toEqual([]);
    expect(found('从立春到谷雨，春播由南向北推进。')).toEqual([]);
    expect(found('一个集研发、制造等功能于一体的航天科技产业园，在东岭区启用。')).toEqual([]);
    expect(found('多个项目同时布局东岭东湖高新区。')).toEqual(['东岭东湖高新区']);
  });
  it('takes a counted, an edition’s or a described park for no park', () => {
    expect(found('全国有50条产业园区铁路专用线正逐步建设投运。')).toEqual([]);
    expect(found('第十二届中国（东岭）科技城国际科技博览会闭幕。')).toEqual([]);
    expect(found('建成一个集研学、红色旅游等于一体的红色文旅融合示范区。')).toEqual([]);
  });
  it('takes a park pointed at, a part of a list, a province’s title or a kind for no park (junk-6)', () => {
    expect(found('在位于东岭的这个临港产业园，已有企业入驻。')).toEqual([]);
    expect(found('东岭、西岭和部分国家级经开区负责同志作了发言。')).toEqual([]);
    expect(found('要建设好两岸融合发展示范区。')).toEqual([]);
    expect(found('邮局将推出100个农村电商快递协同发展示范区。')).toEqual([]);
    expect(found('东岭生态绿色一体化发展示范区发布成果。')).toEqual([
      '东岭生态绿色一体化发展示范区',
    ]);
  });
  it('cuts a verb from a short name printed alone, and takes a trade zone abroad for a kind (junk-6)', () => {
    expect(parks('东岭示范区建设5年来，海关共监管东岭示范区到发班列2765列。')).toEqual([
      '东岭示范区',
    ]);
    expect(found('中国企业依托在非洲建设运营经贸合作区等加强合作。')).toEqual([]);
  });
  it('takes a region’s opening-up title for no park and cuts a kind printed before the name (junk-6)', () => {
    expect(found('努力打造东岭地区对外开放示范区。')).toEqual([]);
    expect(found('总书记两次来到国家级高新区东岭东湖高新区。')).toEqual(['东岭东湖高新区']);
  });
  it('takes a heritage title and a processing park described for no park (junk-6)', () => {
    expect(found('东岭推进中轴线保护，建设国家文物保护利用示范区。')).toEqual([]);
    expect(found('在对口援助下，这里建成了农产品精深加工产业园。')).toEqual([]);
  });
  it('takes a city’s opening-up title for no park (junk-6)', () => {
    expect(found('深化国家服务业扩大开放综合示范区建设。')).toEqual([]);
  });
  it('takes a verb before the bare park word for no park (local3)', () => {
    expect(found('优化园区软硬环境，做优要素保障。')).toEqual([]);
    expect(found('经济开发区突破项目招引提质园区发展。')).toEqual([]);
  });
  it('keeps a town’s first character that jieba reads with the word before (local3)', () => {
    expect(found('食品工业园区以次东镇工业园区为基础建设。')).toEqual(['次东镇工业园区']);
  });
  it('keeps a preposition or a conjunction before a people’s homeland (X乡) out of the name', () => {
    // junk16: 在侗乡特色产业基地 and 和侗乡… read 在 and 和 as a town's first character.
    expect(found('在苗乡特色产业基地，游客体验蜡染。')).toEqual(['苗乡特色产业基地']);
    expect(found('他走进文化广场和苗乡特色产业基地。')).toEqual(['苗乡特色产业基地']);
  });
  it('takes a zone named by what is processed there for a kind of zone (local3)', () => {
    expect(found('园区分建材及有色金属精深加工园区和农副产品加工园区。')).toEqual([]);
    expect(found('重点布局化工园区、食品工业园区等六大产业园区。')).toEqual([]);
  });
  it('ends the phrase at a locative 中; a program’s name + 示范区 left alone is no park (local3)', () => {
    expect(found('会议就导则中乡村振兴示范区规划作了讲解。')).toEqual([]);
  });
  it('takes a zone rated by capacity or measured in 百亩 for no park (cctv23b, issue 13)', () => {
    expect(found('沿江百万千瓦级风力发电示范区正加紧建设。')).toEqual([]);
    expect(found('合作社决定在村里建设百亩有机示范基地田。')).toEqual([]);
  });
});

describe('no park a leader guides or a city strives to become (lstrat61-l)', () => {
  it('reads 指导 as the leader’s verb before a bare park word', () => {
    expect(found('书记察看工地，指导园区加快推进项目建设。')).toEqual([]);
  });
  it('leaves a zone a city strives to become, keeps one named by its place', () => {
    expect(found('该市全力争当跨海协同发展示范区。')).toEqual([]);
    expect(found('该县全力争创襄阳经济开发区。')).toEqual(['襄阳经济开发区']);
  });
});

describe('a park carried out or enlarged (lthings57-l)', () => {
  it('reads 落实 and 拉大 as verbs before the park', () => {
    expect(found('全面落实山西转型综改试验区建设。')).toEqual(['山西转型综改试验区']);
    expect(found('我们要继续拉大产业集聚区的框架。')).toEqual([]);
  });
});
