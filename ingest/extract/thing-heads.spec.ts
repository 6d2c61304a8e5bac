/**
 * types38 (issue 13): heads that make a name read by sight a thing's (a firm printed short, a
 * venue, a field, a common noun). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const people = (text: string) => entityNames(text, 'person');

describe('a name by sight before a thing’s head', () => {
  it('a firm printed once with its legal form is the firm at every printing', () => {
    const text =
      '当天下午，国务院副总理赴柯维朗电气集团东岭创新中心参观，听取了集团负责人有关情况介绍。' +
      '副总理希望柯维朗电气坚持深耕中国市场，不断创新合作模式。集团负责人表示，柯维朗电气看好中国发展，' +
      '愿继续扩大在华投资，深化同中国伙伴的合作，实现互利共赢，为全球产业链供应链稳定作出贡献。';
    expect(people(text)).not.toContain('柯维朗');
  });
  it('a firm’s 有限公司 is its legal form too', () => {
    const text =
      '在东岭青年创业谷曼金科技有限公司展厅内，公司负责人向记者介绍了最新研发的智能设备。' +
      '据介绍，该公司成立三年来，已获得多项发明专利，产品远销海外二十多个国家和地区，带动当地青年就业上百人。' +
      '园区负责人表示，将继续优化营商环境，吸引更多青年创业团队落户发展，打造青年创新创业高地。';
    expect(people(text)).not.toContain('谷曼金');
  });
  it('a venue of the arts after the name', () => {
    const text =
      '2030年东岭交响乐团新春音乐会近日在美国费城金梅林表演艺术中心举行，拉开了当地欢乐春节活动的序幕。' +
      '音乐会上，乐团演奏了多首中外经典曲目，现场观众掌声不断。主办方表示，希望通过音乐增进两国人民的相互了解和友谊，' +
      '让更多当地民众感受中华文化的魅力。';
    expect(people(text)).not.toContain('金梅林');
  });
  it('a field’s workers after the name', () => {
    const text =
      '他强调，博物馆是保护和传承人类文明的重要场所，文博工作者使命光荣、责任重大。' +
      '希望同志们坚持正确方向，守护好、传承好、展示好中华文明优秀成果，为发展文博事业、' +
      '为建设社会主义文化强国不断作出新贡献。各地博物馆要加强藏品保护，推动文物活起来。';
    expect(people(text)).not.toContain('文博');
  });
  it('a common noun counted as often as the commonest words', () => {
    const text =
      '东岭县地处高原河谷，河谷两旁，雪山、森林、杜鹃花海共同描绘出一幅美丽画卷。近年来，当地依托生态资源发展乡村旅游，' +
      '吸引了大批游客前来观光。村民们开起了民宿和农家乐，腰包越来越鼓，日子越过越红火。' +
      '县里还修建了旅游公路，完善了停车场等配套设施，让游客玩得开心、住得舒心。';
    expect(people(text)).not.toContain('森林');
  });
  it('an item of a list whose next item is a common noun', () => {
    const text =
      '走访中，记者看到，在服务站，农机手不仅可以领到包括风油精、毛巾等在内的爱心服务包，' +
      '还可以获取路线推荐、天气预报等信息服务。今年，东岭县共设立服务站二十余个，' +
      '为跨区作业的农机手提供全方位服务，确保夏收工作顺利推进，颗粒归仓。';
    expect(people(text)).not.toContain('毛巾');
  });
  it('but a list of names the segmenter cut (栗|战书) stays a list of people', () => {
    const text =
      '出席活动的有王建国、栗战明、汪海洋、陈全军等同志。大家一起回顾了过去一年的工作，' +
      '展望了新一年的发展前景，并向全体干部职工致以新春的问候和美好的祝愿。' +
      '活动在热烈的气氛中结束，与会同志纷纷表示要以饱满的热情投入新一年的工作。';
    expect(people(text)).toContain('汪海洋');
  });
  it('a capital’s name after 首府 is a city’s at every printing', () => {
    const text =
      '某国武装部队11日宣布控制中部某某州首府瓦伦迈达尼。反对派武装尚未对此作出回应。' +
      '瓦伦迈达尼是该国中部重要城市，也是重要的农业中心，此前已被反对派武装控制一年多。' +
      '当地民众表示，希望冲突早日结束，恢复正常生活秩序，让流离失所的人们能够返回家园。';
    expect(people(text)).not.toContain('瓦伦迈达尼');
  });
  it('a common noun and 法 is a law’s short name', () => {
    const text =
      '全国人大常委会森林法执法检查组第一次全体会议在京召开。会议强调，森林法是保护的基础性法律，' +
      '要通过执法检查推动法律全面有效实施。检查组将赴多个省区开展检查，听取意见建议，' +
      '深入了解法律实施中存在的突出问题，推动相关配套法规和政策措施落实落地。';
    expect(people(text)).not.toContain('森林法');
  });
  it('a “name” printed right after a district’s name is a place in it', () => {
    const text =
      '考古工作者近日在湖南长沙马王堆遗址开展新一轮研究。据介绍，马王堆出土的丝织品工艺精湛，' +
      '研究人员利用数字技术实现了毫米级精度还原。博物院负责人表示，将推动文物活化利用，' +
      '让更多观众感受中华文明的魅力，并计划明年推出专题展览，向公众展示最新研究成果。';
    expect(people(text)).not.toContain('马王堆');
  });
  it('an item of a list closed by 等 and a count of kinds (10大主题)', () => {
    const text =
      '东岭省日前启动夏季避暑旅游百日行动，打造特色森林游、湿地游及边境游、康养游等10大主题旅游精品，' +
      '推出涵盖业态融合、商品供给等在内的50项具体措施。各地将加强旅游基础设施建设，提升服务质量，' +
      '让游客玩得开心、住得舒心，进一步释放文旅消费潜力。';
    expect(people(text)).not.toContain('康养游');
  });
  it('an activity’s word and a garment’s or a gear’s head', () => {
    const text =
      '依托高端鹅绒产地和冰雪消费需求优势，从防寒服装到高端滑雪服、滑冰服，再到可穿戴智能装备，' +
      '东岭省正以冰雪旅游为牵引，全力打造冰雪装备产业集群。目前，已有多家企业落户当地，' +
      '新建的产业园一系列产品已经完成设计，未来还计划推出上百款新品，带动上下游产业协同发展。';
    expect(people(text)).not.toContain('滑雪服');
    expect(people(text)).not.toContain('滑冰服');
  });
});
