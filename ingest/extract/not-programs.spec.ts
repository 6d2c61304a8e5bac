/** What is printed like a program but names none: topics, schedules, documents, kinds (invented sentences). */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('not programs', () => {
  it('takes a quoted topic of a meeting for no program', () => {
    expect(programs('会议围绕“东岭治理机构改革”议题展开讨论。')).toEqual([]);
  });
  it('reads a program word that starts another noun as no program word', () => {
    expect(programs('在企业的“远航”计划表里，记者看到各种展会信息。')).toEqual([]);
  });
  it('takes a series of strategies, an annual plan and a plan one improves for no program', () => {
    expect(programs('部署实施城市领域一系列重大战略和重要举措。')).toEqual([]);
    expect(programs('南岭调水一期工程超额完成年度调水计划。')).toEqual([]);
    expect(programs('要完善技能人才发展规划和服务体系。')).toEqual([]);
  });
  it('takes a speech title, an implementation plan and a spatial layout for no program', () => {
    expect(programs('他发表题为《携手构建公正合理的东岭治理体系》的讲话。')).toEqual([]);
    expect(programs('双方要落实好新一轮文化合作执行计划。')).toEqual([]);
    expect(programs('围绕“花园城镇”空间布局，打造生态之都。')).toEqual([]);
  });
  it('takes a quoted tour (“…行”活动), a message (“…说”活动) and a night tour for events', () => {
    expect(programs('“百家创新平台东岭行”活动今天（11月17日）举行。')).toEqual([]);
    expect(programs('东岭发起“想对英雄说”活动。')).toEqual([]);
    expect(programs('当地推出夜游东岭湖活动。')).toEqual([]);
  });
  it('takes a facility described by what it combines for no program', () => {
    expect(programs('作为集桥岛隧为一体的跨海集群工程，大桥通车。')).toEqual([]);
  });
  it('finds a works named as it starts', () => {
    expect(programs('东岭文明研究工程启动，将研究引向深入。')).toEqual(['东岭文明研究工程']);
    expect(programs('东岭考古研究工程正式启动。')).toEqual(['东岭考古研究工程']);
  });
  it('reads a quoted short name as the longer name it ends, not a slogan’s', () => {
    expect(programs('“东岭文明探源工程”成果丰硕。“探源工程”相关工作持续深化。')).toEqual([
      '东岭文明探源工程',
    ]);
    // The motto printed before the name with a space is the year's, not part of the name.
    expect(programs('“奋斗有我 聘才行动”专场启动。“聘才行动”第四季举行。')).toEqual(['聘才行动']);
    expect(programs('“不负韶华 聘才行动”东岭专场启动。')).toEqual(['聘才行动']);
  });
  it('knows the full name of the ten partnership actions with Africa', () => {
    expect(programs('中方支持中非携手推进现代化十大伙伴行动。')).toEqual(['中非合作十大伙伴行动']);
  });
  it('takes troops acting somewhere, a total plan, an idiom, rebuilding works, a first-of-kind for no program', () => {
    expect(programs('乌军仍在东岭及附近地区行动。')).toEqual([]);
    expect(programs('山东已完成春播面积553万亩，占春播总计划的18%。')).toEqual([]);
    expect(programs('东岭港项目是两省相向而行的“头号工程”。')).toEqual([]);
    expect(programs('2020年，东岭体育场启动改造复建工程，采用国际主流方案。')).toEqual([]);
    expect(programs('某某公司首个海外储能超级工厂项目落户东岭。')).toEqual([]);
  });
  it('takes a name cut after a joining 及 or inside a word for no program', () => {
    expect(programs('察看南岭老街历史风貌保护及城市更新工程、东岭某胡同展示。')).toEqual([]);
    expect(programs('今年国家将着力补上民生水利工程的短板。')).toEqual([]);
    expect(programs('葛店区还与东岭区互通产业发展规划。')).toEqual([]);
  });
  it('knows the population strategy of the new era', () => {
    expect(programs('完善新时代人口发展战略，推动人口高质量发展。')).toEqual([
      '新时代人口发展战略',
    ]);
  });
  it('takes a visit, a plan described by its parties and two joined things for no program', () => {
    expect(programs('这是一次重大外交行动，意义重大。')).toEqual([]);
    expect(programs('双方应积极落实两国全面合作计划。')).toEqual([]);
    expect(programs('加强“东岭西岭”倡议同各国发展战略及其他倡议对接。')).not.toContain(
      '东岭西岭倡议同各国发展战略',
    );
  });
  it('takes platforms, a summit format and operating works for no program', () => {
    expect(programs('大型机械搭乘“东岭号”水上作业平台前往下游。')).toEqual([]);
    expect(programs('新闻中心搭建“云采访”平台，为记者提供服务。')).toEqual([]);
  });
  it('takes a list item cut from its head word and a plan a body reviews for no program (junk-7)', () => {
    expect(programs('东岭推进干部进园区、进农村专项行动，服务发展。')).toEqual([]);
    expect(programs('该委员会负责审查国防计划，提升作战能力。')).toEqual([]);
    expect(programs('开展进校园、进社区专项行动。')).toEqual(['进校园、进社区专项行动']);
    expect(programs('排水管网改造是城市的“里子”工程。')).toEqual([]);
    expect(programs('相继开展东岭防治行动、打赢碧水保卫战三年行动。')).toContain(
      '碧水保卫战三年行动',
    );
    expect(programs('双方在“东岭+西岭”会晤机制框架内合作。')).toEqual([]);
    expect(programs('通过科学精细调度水利工程，损失下降。')).toEqual([]);
  });
  it('reads no 长制 where 制 starts a word (延长制造业)', () => {
    expect(programs('会议决定进一步延长制造业缓税补缴期限。')).toEqual([]);
    expect(programs('东岭全面推行河长制。')).toEqual(['河长制']);
  });
  it('takes works of many places, a staff plan and one plant for no program', () => {
    expect(programs('多地引调水工程、地下管廊建设开始动工。')).toEqual([]);
    expect(programs('年底前，东岭高铁将启动本土员工培训计划。')).toEqual([]);
    expect(programs('东岭集团年产5万吨聚乙醇酸可降解材料示范项目建成投产。')).toEqual([]);
  });
  it('takes a budget, an epithet, a joint call and a foreign annual plan for no program (junk-6)', () => {
    expect(programs('提前下达明年1000亿元中央预算内投资计划。')).toEqual([]);
    expect(programs('把走廊打造成合作的标志性工程和示范性工程。')).toEqual([]);
    expect(programs('会议发布《东岭国家智库携手共建繁荣世界倡议》。')).toEqual([]);
    expect(programs('他向议会提交了国家年度计划。')).toEqual([]);
    expect(programs('会议讨论通过《东岭省2025年重点工作分工方案》。')).toEqual([]);
  });
  it('takes a works built, supporting works and a works pointed at for no program (junk-6)', () => {
    expect(programs('这个示范区建设了引水上山工程，产量大增。')).toEqual([]);
    expect(programs('原本靠天吃饭的地区建起了引水灌溉配套工程。')).toEqual([]);
    expect(programs('东岭灌区科学制定灌溉用水计划，启动春灌。')).toEqual([]);
    expect(programs('把这项惠及百万群众的圆梦工程切实搞好。')).toEqual([]);
    expect(programs('东岭全面实施引水上山工程。')).toEqual(['引水上山工程']);
  });
  it('takes a technique, a field’s major action and a project named by a verb for no program (junk-6)', () => {
    expect(programs('东岭大面积推广“密植+水肥精准调控”等增产措施。')).toEqual([]);
    expect(programs('实施科技重大攻关行动，强化企业主体地位。')).toEqual([]);
    expect(programs('我国首个十万吨级，利用风能，生产绿色航油示范项目，今天开工。')).toEqual([]);
    expect(programs('邮局将推出300个快递服务现代农业示范项目。')).toEqual([]);
    expect(programs('东岭国土绿化示范项目通过验收。')).toEqual(['东岭国土绿化示范项目']);
  });
  it('takes 行动 after 上 for a verb and a bare count of actions for no program (junk-6)', () => {
    expect(programs('对方称，部队正在一个广泛的战线上行动。')).toEqual([]);
    expect(programs('（2）东岭部部署六大行动 推进集中学习教育工作；')).toEqual([]);
    expect(programs('双方落实东岭十大伙伴行动。')).toEqual(['东岭十大伙伴行动']);
    expect(programs('东岭实施“五大工程”，成效明显。')).toEqual(['五大工程']);
  });
  it('takes counted plans, a kind describing a plan and a range in quotes for no program (junk-6)', () => {
    expect(programs('东岭编制了30多个重点规划、100多项具体行动方案。')).toEqual([]);
    expect(programs('东岭累计开展2000余项改革试点，形成一批制度成果。')).toEqual([]);
    // An offshore processing platform is a facility; a logistics system a network of means.
    expect(programs('（3）“东岭一号”二期综合处理平台安装就位。')).toEqual([]);
    expect(programs('加强“换新+回收”物流体系和新模式发展。')).toEqual([]);
    // One quoted character after a noun is the tail of a name printed before the quote.
    expect(programs('考察队员完成南极冰盖“环”国际合作计划任务。')).toEqual([]);
    expect(programs('全市开展“净”行动。')).toEqual(['净行动']);
    // 又一: one more of a kind, no name.
    expect(programs('东岭通道是南岭湾区又一超级工程。')).toEqual([]);
    expect(programs('东岭扩大三项跨境结算便利化试点。')).toEqual(['三项跨境结算便利化试点']);
    expect(programs('“东岭计划”是一项为脱贫家庭量身打造的就业技能提升计划。')).toEqual([
      '东岭计划',
    ]);
    expect(programs('从基础设施“硬联通”到规则机制“软联通”，合作更加深入。')).toEqual([]);
  });
  it('takes a next step’s plan and a study plan printed after 印发 for no program (junk-6)', () => {
    expect(programs('目前已有51个场馆制定了下一步具体利用计划。')).toEqual([]);
    expect(programs('东岭把建章立制贯穿全过程，制定印发理论学习指导计划。')).toEqual([]);
  });
  it('takes a highlight works of an initiative for an epithet (junk-6)', () => {
    expect(programs('双方要打造东岭倡议亮点工程。')).toEqual([]);
  });
  it('takes counted works with what they are for as a kind of works (junk9)', () => {
    expect(programs('眼下，该省开启了14条“通港达园”的支线航道提升工程。')).toEqual([]);
    expect(programs('该省开工了3座东岭河治理工程。')).toEqual([]);
    expect(programs('总统批准涉及两国28个行业的一体化计划。')).toEqual(['一体化计划']);
  });
  it('takes repairing works of a kind for a task, not a program ', () => {
    expect(programs('东岭县通过修复供水工程、新辟水源，解决了群众饮水困难。')).toEqual([]);
  });
  it('cuts a government and its verb off a plan, for they make a clause', () => {
    expect(programs('渔民们举行抗议，反对东岭政府强推南湾污水排海计划，同时要求赔偿。')).toEqual(
      [],
    );
    expect(programs('民众反对某国政府强推核废水排海计划。')).toEqual([]);
  });
  it('takes a plan tailored per unit (“一桥一策”) for a way of working, no one program', () => {
    expect(programs('多地对古桥建档立案，制定“一桥一策”精准管理养护方案。')).toEqual([]);
  });
  it('takes a round of a plan and relief after a disaster for no program (cctv23b, issue 13)', () => {
    expect(programs('新的一年，这家企业开启了在华的新一轮发展规划。')).toEqual([]);
    expect(programs('洪灾发生后，多个国际组织立即开启灾后援助行动。')).toEqual([]);
    expect(programs('消防员连夜在山区开展被困人员搜救行动。')).toEqual([]);
    expect(programs('该国军队正在受灾城市实施紧急救援行动。')).toEqual([]);
    expect(programs('该国政府正拟订灾区综合发展规划。')).toEqual([]);
    expect(programs('某省启动新一轮千亿斤粮食产能提升行动。')).toEqual([
      '新一轮千亿斤粮食产能提升行动',
    ]);
  });
  it('reads 等 before a clause’s verb as no kind of program (cctv23b, issue 13)', () => {
    expect(programs('它生产的“超薄钢”等精密产品是卫星工程的原材料。')).toEqual([]);
  });
  it('takes films listed in 《》 for no program (cctv25f, issue 13)', () => {
    expect(programs('《东岭1900》《南岭行动》等多部春节档新片在海外上映。')).toEqual([]);
    expect(programs('电影《南岭行动》在海外上映。')).toEqual([]);
  });
  it('takes a broadcast or an online platform for no program (cctv25f, issue 13)', () => {
    expect(programs('晚会在“千城万屏”8K超高清传播平台同步播出。')).toEqual([]);
    expect(programs('当地搭建“线上东集”平台，销售农特产品。')).toEqual([]);
  });
  it('takes a part of one construction site for no program (cctv25f, issue 13)', () => {
    expect(programs('建设者全力投入导流洞工程、沿江道路等施工作业。')).toEqual([]);
  });
  it('reads no gazetteer name cut inside 网络 (cctv25f, issue 13)', () => {
    expect(programs('一张安全、便捷的现代综合立体交通网络加快形成。')).toEqual([]);
  });
  it('cuts a time glued before an unquoted action (cctv25f, issue 13)', () => {
    expect(programs('自2月上旬2025年东岭助企行动启动以来，各地举办招聘会。')).toEqual([
      '2025年东岭助企行动',
    ]);
  });
  it('reads 计划 before a year or a deadline verb as the verb (cctv25f, issue 13)', () => {
    expect(programs('“东电入岭”工程计划今年建成投运。')).toEqual(['东电入岭工程']);
  });
  it('takes a plant named by what it produces for no program (cctv25f, issue 13)', () => {
    expect(programs('在东岭，东岭风光制绿氢合成氨一体化示范项目正在施工。')).toEqual([]);
  });
  it('reads a pilot launched, carried out (推行) or quoted before 等试点 (cctv25f, issue 13)', () => {
    expect(programs('在全国范围内，千兆东网试点正式启动。')).toEqual(['千兆东网试点']);
    expect(programs('今年，东岭全面推行农具券政策试点。')).toEqual(['农具券政策试点']);
    expect(programs('当地有序开展“光伏治岭”等试点工作。')).toEqual(['光伏治岭']);
  });
  it('takes acts listed as kinds of a measure, and a volume of a book, for no program (cctv32a)', () => {
    expect(programs('检察机关加强对“查封、扣押、冻结”等强制性措施的监督。')).toEqual([]);
    expect(programs('《论东岭治理改革》第一卷、第二卷出版发行。')).toEqual([]);
    expect(programs('会议审议了《东岭治理改革方案》。')).toEqual(['东岭治理改革方案']);
  });
  it('takes outings, folk shows and role plays held as quoted …活动 for events (pjunk60)', () => {
    expect(programs('两部门今天启动“书香进社区”“书香进公园”活动。')).toEqual([]);
    expect(programs('2025年“医保服务进万家”活动今天启动。')).toEqual([]);
    expect(programs('各地新闻单位组织开展“金秋走基层”活动。')).toEqual([]);
    expect(programs('有着百年历史的“东岭舞火龙”活动连续三天举行。')).toEqual([]);
    expect(programs('学生们开展“模拟听证会”活动，学习宪法知识。')).toEqual([]);
    expect(programs('司法行政机关开展“证明减免便民提速”活动。')).toEqual(['证明减免便民提速活动']);
  });
  it('takes a mechanism of sanctions for no program (pjunk60)', () => {
    expect(programs('欧洲方面启动“自动恢复制裁”机制，改变了局势。')).toEqual([]);
  });
});

describe('common nouns printed like programmes (pjunk61, prog61-a)', () => {
  it('takes a figure of speech (“大政策”) for no programme', () => {
    expect(programs('宣讲员用“家常话”解读“大政策”，用“身边事”印证“大变化”。')).toEqual([]);
  });
  it('takes a body’s schedule of meetings for no programme', () => {
    expect(programs('会议审议通过年度视察安排及有关学习培训、会议活动计划等。')).toEqual([]);
  });
  it('takes a system of operating or of organising for no programme', () => {
    expect(programs('东岭市构架起“干线+支线+末端”城乡物流运行体系。')).toEqual([]);
    expect(programs('学院依托“东岭讲堂”系列公益讲座组织体系，开展理论宣讲。')).toEqual([]);
  });
});
