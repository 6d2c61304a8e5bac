/** Programs: named strategies, events and idioms, one node per program (invented sentences). */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';
import { extractStory } from './index.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('programs', () => {
  it('finds named national strategies without a program suffix, under one canonical name', () => {
    expect(programs('该市主动融入西部陆海新通道，开行中欧班列十二列。')).toEqual([
      '中欧班列',
      '西部陆海新通道',
    ]);
    expect(programs('全面推进乡村振兴，乡村振兴战略落地见效。')).toEqual(['乡村振兴']);
    expect(programs('共建“一带一路”国家客商来访。')).toEqual(['一带一路']);
  });
  it("takes an article's or a commentary's title for no program (题为《…》, 以《…》为题, 快评《…》)", () => {
    expect(programs('外媒以《东岭决定推进综合改革》为题报道了全会。')).toEqual([]);
    expect(programs('该社报道题为《东岭坚定奉行开放合作政策》。')).toEqual([]);
    expect(programs('本台播发快评《紧紧围绕东岭发展进一步深化综合改革》。')).toEqual([]);
    expect(programs('省政府印发《东岭综合改革试点方案》。')).toEqual(['东岭综合改革试点方案']);
  });
  it("takes a named strategy's mechanism (共建“一带一路”机制) for the strategy", () => {
    expect(programs('完善推进高质量共建“一带一路”机制。')).toEqual(['一带一路']);
    // pjunk59: a mechanism kept up (长效机制) is how work is arranged, junk to the annotations.
    expect(programs('健全“扫黄打非”长效机制。')).toEqual([]);
    // The strategy printed twice beside one of its programs: two programs.
    const text = '完善共建“一带一路”机制。“一带一路”走深走实。实施“一带一路”科技创新行动计划。';
    expect(programs(text)).toEqual(['一带一路', '一带一路科技创新行动计划']);
    // An epithet or a bare program word after the strategy's quote is the strategy.
    expect(programs('“一带一路”重大倡议提出十年。“一带一路”走深走实。')).toEqual(['一带一路']);
  });
  it('takes what a mechanism works against (反“某某”机制) for no program', () => {
    expect(programs('健全反制裁、反干涉、反“长臂追索”机制。')).toEqual([]);
  });
  it('takes events, festivals and idioms for no program', () => {
    expect(programs('当地举办某某主题纪念活动和广泛开展全民健身活动。')).toEqual([]);
    expect(programs('绝不搞面子工程，这是一项系统工程。')).toEqual([]);
    expect(programs('对方发起大规模军事行动。')).toEqual([]);
    expect(programs('一批国家重大水利工程和灌区骨干工程开工。')).toEqual([]);
    // The quoted name of an event is no program where it stands alone either.
    expect(programs('举行“东湖礼赞”纪念活动。“东湖礼赞”引发共鸣。')).toEqual([]);
    // A campaign with a quoted slogan is a program; an edition or a title's dash makes an event.
    expect(programs('全县开展“万企帮万户”活动。')).toEqual(['万企帮万户活动']);
    expect(programs('获第九届“青年讲好乡村”活动十佳。')).toEqual([]);
    expect(programs('“招聘进行时——走进东岭”活动举行。')).toEqual([]);
  });
  it('makes one node of an abbreviation printed beside its expansion', () => {
    const facts = extractStory('构建“45127”现代产业集群体系。“45127”带动全县产业升级。');
    const found = facts.entities.filter((e) => e.type === 'program');
    expect(found.map((e) => e.name)).toEqual(['45127现代产业集群体系']);
    expect(found[0]!.merged).toEqual({ '“45127”': 'abbreviation printed with its expansion' });
  });
  it('reads a name printed without its owner as the owner’s program in the story', () => {
    expect(
      programs(
        '会议批准《东岭联盟未来5年(2026—2030年)发展战略》。各方实施未来5年发展战略，加强合作。',
      ),
    ).toEqual(['东岭联盟未来5年(2026—2030年)发展战略']);
  });
  it('drops a numbered fragment standing beside the whole', () => {
    expect(programs('深化“两改革三攻坚一行动”。其中“两改革”率先落地。')).toEqual([
      '两改革三攻坚一行动',
    ]);
  });
  it('finds strategies named as what is carried out, and global initiatives', () => {
    expect(programs('深入实施东岭粮食安全战略，落实全民健身国家战略。')).toEqual([
      '东岭粮食安全战略',
      '全民健身国家战略',
    ]);
    expect(programs('推动落实全球发展倡议。')).toEqual(['全球发展倡议']);
    // 战略 before a noun qualifies it: no program.
    expect(programs('推进战略合作伙伴关系。')).toEqual([]);
  });
  it('cuts a verb or time word off the front of an unquoted name', () => {
    expect(programs('对方日前拒绝接受东湖和平计划。')).toEqual(['东湖和平计划']);
  });

  it('makes one node of one quoted name printed with different program words', () => {
    const found = programs('北城推出“青砖”改造工程。居民按“青砖”改造行动装修了平房。');
    expect(found).toHaveLength(1);
    expect(
      programs('“春雷行动2030”取得成效。多部门开展的“春雷行动2030”专项执法行动查办案件。'),
    ).toEqual(['春雷行动2030专项执法行动']);
    // A version is another program; a period qualifies many plans.
    expect(programs('“青云”计划升级为“青云”2.0。')).toEqual(['青云2.0', '青云计划']);
  });
  it('reads a numbered five-year plan beside the document that spells it as one plan', () => {
    expect(
      programs('特区政府公布《东岛特别行政区第四个五年规划（2026-2030年）》。“四五”规划提出目标。'),
    ).toEqual(['东岛特别行政区第四个五年规划(2026-2030年)']);
  });
  it('takes slogans of a change, a kind of thing and a quoted clause for no program', () => {
    expect(programs('过去是“人找服务”。从“人找服务”到“服务找人”，理念在变。')).toEqual([]);
    expect(programs('一辆车就是一个“随身式”服务平台。')).toEqual([]);
    expect(programs('对方不会在“压力、威胁或期限”调整自身政策。')).toEqual([]);
  });
  it('takes 规划 before a verb and a count after a quote for no program word', () => {
    expect(programs('全省围绕“城乡融合”规划建设9项重大工程。')).toEqual([]);
    expect(programs('这座“空中廊道”规划设计了步道。')).toEqual([]);
  });
  it('takes the program after a period (“十五五”时期…工程), not the period', () => {
    expect(programs('数字化是“十五五”时期甲骨文工程的主攻方向。')).toEqual(['甲骨文工程']);
    expect(programs('锚定“十五五”时期经济社会发展重大战略任务。')).toEqual([]);
  });
  it('takes models and working plans for no program', () => {
    expect(programs('“华光一号”2.0示范项目开工，“华光一号”机组已投产。')).toEqual([]);
    expect(programs('针对此前港口作业计划与海事动态脱节的情况。')).toEqual([]);
    // A titled working plan of a province is a program.
    expect(programs('印发《东岭省产业集群发展工作方案》。')).toEqual([
      '东岭省产业集群发展工作方案',
    ]);
  });
  it('knows the short name of a named national program (两新)', () => {
    expect(programs('支持“两新”政策优化实施。')).toEqual(['大规模设备更新和消费品以旧换新']);
  });
  it('takes a verb, an adjective or a count after a quote for no program word', () => {
    expect(programs('各国应就“强迫劳动”采取行动。')).toEqual([]);
    expect(programs('论坛围绕“数据促进增长”主题开展高级别政策对话。')).toEqual([]);
    expect(programs('市场采购成为国货“出海”重要路径。')).toEqual([]);
    expect(programs('开展“在发展中改善民生”形势政策宣讲。')).toEqual([]);
    expect(programs('各地编制“十五五”专项规划。')).toEqual([]);
    expect(programs('今年将开工九项工程。')).toEqual([]);
    // A count of actions or reforms may name them: “十项行动”.
    expect(programs('全面落实“十项行动”。')).toEqual(['十项行动']);
  });
  it('reads a named strategy with 战略 after it, and 实施好…战略, as that strategy', () => {
    expect(programs('落实“双碳”战略。')).toEqual(['碳达峰碳中和']);
    expect(programs('实施好扩大内需战略。')).toEqual(['扩大内需战略']);
  });
  it('finds actions, works and plans named as what is carried out', () => {
    expect(programs('今年深入实施促进茶叶加工业发展三年行动，成效明显。')).toEqual([
      '促进茶叶加工业发展三年行动',
    ]);
    expect(programs('制定实施渔民增收计划、清理不合理限制。')).toEqual(['渔民增收计划']);
    expect(programs('实施东岭市场多元化战略和以量取胜战略。')).toEqual([
      '东岭市场多元化战略',
      '以量取胜战略',
    ]);
    expect(programs('坚持东岭优先发展战略，办好民生实事。')).toEqual(['东岭优先发展战略']);
    // A kind of works, a plan as a verb and a list are none.
    expect(programs('今年启动新一批绿化工程，实施一批重大工程。')).toEqual([]);
    expect(programs('对方已制定全面计划应对任何挑衅行动。')).toEqual([]);
    expect(programs('实施百万亩造林等绿化工程。')).toEqual([]);
  });
  it('knows named national strategies of the development plans', () => {
    expect(programs('加快构建新发展格局，深入打好污染防治攻坚战。')).toEqual(['污染防治攻坚战']);
    expect(programs('去年实施了黑猪品牌提升工程。')).toEqual(['黑猪品牌提升工程']);
  });
  it('takes study books, report titles, forum calls and generic big works for no program', () => {
    expect(programs('印发《东岭思想学习纲要》。')).toEqual([]);
    expect(programs('发布报告《面向2050：贸易的共生路径》。')).toEqual([]);
    expect(programs('会议通过《第三届东岭合作论坛(南城)倡议》。')).toEqual([]);
    expect(programs('加快建设淮东防洪关键控制性工程和大科学计划。')).toEqual([]);
    expect(programs('乌军多次突围行动失败。')).toEqual([]);
    expect(programs('他强调“实施创新驱动发展战略”。')).toEqual(['创新驱动发展战略']);
  });
  it('reads 推动实施…战略 as the strategy, and a crackdown or a dated study book as none', () => {
    expect(programs('党中央深入推动实施东岭驱动发展战略，成效明显。')).toEqual([
      '东岭驱动发展战略',
    ]);
    expect(programs('当局开展打击移民行动。')).toEqual([]);
    expect(programs('发行《东岭思想学习纲要（2025年版）》。')).toEqual([]);
    // A special campaign against a crime is a program.
    expect(programs('开展打击拐卖儿童犯罪专项行动。')).toEqual(['打击拐卖儿童犯罪专项行动']);
  });
  it('takes models, platforms, brands, mechanisms and manners in quotes for no program', () => {
    expect(programs('北城推出“青砖式”改造模式。居民按“青砖式”改造方案装修。')).toEqual([]);
    expect(programs('东岭打造“东岭好物”品牌。')).toEqual([]);
    expect(programs('“全国茶叶线上交易平台”上线。')).toEqual([]);
    expect(programs('企业用上了“茶e通”平台。')).toEqual(['茶e通平台']);
    expect(programs('“南岭媒体伙伴”机制成立大会举行。')).toEqual([]);
    expect(programs('“南岭媒体伙伴”机制成立大会举行。“南岭媒体伙伴”机制以合作为宗旨。')).toEqual(
      [],
    );
    expect(programs('农技站“量体裁衣”复产方案送到田间。')).toEqual([]);
    expect(programs('为世界治理贡献中国方案。')).toEqual([]);
    expect(programs('推广“1+N”生物工程育种模式。')).toEqual([]);
  });
  it('takes a policy document titled 关于… for the policy it sets, publications for none', () => {
    expect(programs('印发《关于加快建设东岭林场的意见》。')).toEqual([
      '关于加快建设东岭林场的意见',
    ]);
    expect(programs('出台《关于支持青年来东岭创业的若干措施》。')).toEqual([
      '关于支持青年来东岭创业的若干措施',
    ]);
    expect(programs('两部门印发《关于推动茶馆进社区的指导意见》。')).toEqual([
      '关于推动茶馆进社区的指导意见',
    ]);
    expect(programs('下发《关于加强东岭古桥档案工作的通知》。')).toEqual([
      '关于加强东岭古桥档案工作的通知',
    ]);
    // Amending or studying another title, holding an event: no policy of its own.
    expect(programs('公布《关于修改〈东岭茶叶条例〉的决定》。')).toEqual([]);
    // Amending or repealing a body of rules named without marks inside the title.
    expect(programs('公布《东岭市政府关于修改和废止部分茶叶规章的决定》。')).toEqual([]);
    expect(programs('印发《关于认真组织学习〈东岭文集〉的通知》。')).toEqual([]);
    expect(programs('作出《关于举办纪念东岭建城千年活动的决定》。')).toEqual([]);
    expect(programs('印发《意见》。')).toEqual([]);
    expect(programs('印发《关于学习贯彻某某思想的通知》。')).toEqual([]);
    // A document launching a named program is that program.
    expect(programs('印发《关于组织开展“百校千企”协作行动的通知》。')).toEqual([
      '百校千企协作行动',
    ]);
    // Without 关于 the measures are the program: 《某区推动产业集群发展若干措施》.
    expect(programs('出台《东岭区推动茶产业发展若干措施》。')).toEqual([
      '东岭区推动茶产业发展若干措施',
    ]);
    expect(programs('发布《东岭绿色发展行动》白皮书。')).toEqual([]);
    expect(programs('双方签署《东岭共同防务协议》。')).toEqual([]);
    expect(programs('两区签署《东岭南岭产业协作框架协议》。')).toEqual([
      '东岭南岭产业协作框架协议',
    ]);
  });
  it('takes an advocated slogan and a forum theme in quotes for no program', () => {
    expect(programs('指南倡导“节水行动”、低碳出行。')).toEqual([]);
    expect(programs('在“数字贸易与规则改革”分论坛上发言。')).toEqual([]);
    expect(programs('军方开展“有限度的清剿行动”。')).toEqual([]);
  });
  it('reads “十五五”规划 before 实施 as the plan', () => {
    expect(programs('围绕“十五五”规划实施开展监督。')).toEqual(['十五五规划']);
  });
  it('finds gazetteer names printed with quotation marks inside', () => {
    expect(programs('研究深入实施“两重”建设有关工作。')).toEqual(['两重建设']);
    expect(programs('该线是“八纵八横”高铁网的一段。')).toEqual(['八纵八横高铁网']);
  });
  it('reads a 强国 goal as a strategy and the short forms of national policies under one name', () => {
    expect(programs('东岭为科技强国战略和体育强国战略出力。')).toEqual([
      '体育强国建设',
      '科技强国建设',
    ]);
    expect(programs('南城落实长江禁渔，推进“数据要素×”三年行动。')).toEqual([
      '数据要素×三年行动',
      '长江十年禁渔',
    ]);
  });
  it('takes a kind of action, a category of works, an ordinal and a verb for no program', () => {
    expect(programs('针对市场顽疾开展专项整治行动，效果明显。')).toEqual([]);
    expect(programs('实施一批森林保护和修复重大工程，成效明显。')).toEqual([]);
    expect(programs('今年东岭首条输电工程，开工建设。')).toEqual([]);
    expect(programs('要更加自觉在改革大局下行动，奋发有为。')).toEqual([]);
    expect(programs('对方将采取更多升级行动。')).toEqual([]);
    // A clause is no name: a verb with 了, a protest against a plan, a quote included in a plan.
    expect(programs('东岭以乡镇为基本实施单元建立了46个试点。')).toEqual([]);
    expect(programs('当地民众多次集会抗议核污染水排海计划。')).toEqual(['核污染水排海计划']);
    expect(programs('“东氢西送”管道纳入国家规划。')).toEqual([]);
    // A count of works names many works of a kind, not one program.
    expect(programs('今年东岭将建成一大批水利工程。')).toEqual([]);
    expect(programs('南城今年新开工11项重大水利工程。')).toEqual([]);
  });
  it('keeps a name printed inside a longer program name to the longer one', () => {
    expect(programs('审查国民经济和社会发展计划执行情况。')).toEqual(['国民经济和社会发展计划']);
  });
  it('reads parallel tasks before 行动 as one program', () => {
    expect(programs('部署实施“抗旱情、抢农时、保春播”行动。')).toEqual([
      '抗旱情、抢农时、保春播行动',
    ]);
  });
  it('takes the activities of an occasion, a set of standards and a strategy inside an event name for no program', () => {
    expect(programs('两国举办“中东文化年”活动。')).toEqual([]);
    expect(programs('开展第十个“东岭宣传日”活动。')).toEqual([]);
    expect(programs('构建“1+N”标准体系。')).toEqual([]);
    expect(programs('第八届数字中国建设峰会在东岭开幕。')).toEqual([]);
    expect(programs('推进数字中国建设。')).toEqual(['数字中国建设']);
  });
  it('knows visa-free, tax-refund and zero-tariff policies in their short forms', () => {
    expect(programs('东岭对多国实施单方面免签。')).toEqual(['免签政策']);
    expect(programs('游客可享受离境退税政策。')).toEqual(['离境退税政策']);
    expect(programs('南城推行“即买即走”离境退税政策。')).toEqual(['离境退税政策']);
    expect(programs('落实海南自由贸易港“零关税”政策。')).toEqual(['海南自由贸易港零关税政策']);
    expect(programs('新政在“港车北上”“澳车北上”基础上推出。')).toEqual([
      '港车北上政策',
      '澳车北上政策',
    ]);
  });
  it('takes festive events, a forum call signed in a city and a system to perfect for no program', () => {
    expect(programs('发布《2025年东岭论坛暨友好城市论坛南城倡议》。')).toEqual([]);
    expect(programs('开展“东岭非遗奇妙夜”活动。')).toEqual([]);
    expect(programs('举办“东岭非遗月2025”活动。')).toEqual([]);
    expect(programs('举办“2025东岭之夜”活动。')).toEqual([]);
    expect(programs('要“健全东岭监督体系”。')).toEqual([]);
    expect(programs('开展“万人助万企”活动。')).toEqual(['万人助万企活动']);
  });
  it('reads a name across 与, after a year, with 重点 and 节能 inside, and as 将 plans it (junk9)', () => {
    expect(programs('两部门启动2026年度东岭机器人与智能装备实训专项行动。')).toEqual([
      '东岭机器人与智能装备实训专项行动',
    ]);
    expect(programs('五部门启动重点行业节能降碳改造攻坚三年行动。')).toEqual([
      '重点行业节能降碳改造攻坚三年行动',
    ]);
    // Not where 及 ends a verb (未涉及: the name is not read there) or 与 closes a list.
    expect(programs('协议未涉及东岭导弹计划。')).toEqual([]);
    expect(programs('展品与甲骨文、简牍帛书与古文字工程的成果相匹配。')).toEqual([]);
    expect(programs('新一轮东岭货运枢纽补链强链提升行动将在30个城市落地。')).toEqual([
      '新一轮东岭货运枢纽补链强链提升行动',
    ]);
  });
  it('leaves a count of editions out of the plan’s name (junk9)', () => {
    expect(programs('该国成功实施4期东岭人权行动计划。')).toEqual(['东岭人权行动计划']);
  });
  it('finds the last pilot of a list a verb launches, and a package named by its purpose (junk9)', () => {
    expect(programs('证监会将推出东岭指数基金、商业不动产REITs试点。')).toEqual([
      '商业不动产REITs试点',
    ]);
    expect(programs('要抓好第二轮土地承包到期后再延长三十年试点。')).toEqual([
      '第二轮土地承包到期后再延长三十年试点',
    ]);
    // Places listed before a pilot word name no pilot.
    expect(programs('两部门在东岭、南岭试点。')).toEqual([]);
    // …not the last of short steps that share the pilot: the steps are the pilot's whole name
    // (prog57: prog50-a lists it so).
    expect(programs('东岭开展农机研发、制造、推广、应用一体化试点。')).toEqual([
      '农机研发、制造、推广、应用一体化试点',
    ]);
    expect(programs('我国将推出财政金融协同促内需一揽子政策。')).toEqual([
      '财政金融协同促内需一揽子政策',
    ]);
    expect(programs('财政部将推出一揽子有针对性政策。')).toEqual([]);
  });
  it('reads 在实施某某战略上 as the strategy carried out (junk9)', () => {
    expect(programs('要求东岭在实施数字经济战略上抢新机。')).toEqual(['数字经济战略']);
    expect(programs('实施东岭战略上的部署。')).toEqual([]);
    expect(programs('东岭要在落实国家重大发展战略上走在前。')).toEqual([]);
  });
});

describe('party education campaigns', () => {
  it('names a campaign by what it studies, from the verb that carries it out', () => {
    expect(programs('全省深入开展党纪学习教育，推动作风建设。')).toEqual(['党纪学习教育']);
    expect(programs('各地开展深入贯彻中央八项规定精神学习教育。')).toEqual([
      '深入贯彻中央八项规定精神学习教育',
    ]);
    expect(programs('某省对学习贯彻新时代中国特色社会主义思想主题教育作出部署。')).toEqual([
      '学习贯彻新时代中国特色社会主义思想主题教育',
    ]);
    // 推动 and 履行 carry a campaign out too: 于推动…, 切实履行… are no part of its name.
    expect(programs('通知说，对于推动党史学习教育常态化具有重要意义。')).toEqual(['党史学习教育']);
    expect(programs('各级党委要切实履行党史学习教育工作主体责任。')).toEqual(['党史学习教育']);
    // junk16: 办好 carries it out, and instructions 关于 a campaign are about it.
    expect(programs('东岭区办好党纪学习教育读书班，组织党员参观。')).toEqual(['党纪学习教育']);
    expect(programs('要学习贯彻总书记关于深入贯彻中央八项规定精神学习教育的重要指示。')).toEqual([
      '深入贯彻中央八项规定精神学习教育',
    ]);
  });
  it('takes no training of a kind, and no body named for a campaign', () => {
    expect(programs('各地开展安全学习教育。')).toEqual([]);
    expect(programs('某某主题教育领导小组办公室召开会议。')).toEqual([]);
  });
  it('takes a quote followed by a verb of building for no program (local3)', () => {
    expect(programs('郊区围绕“三大主导产业”加快构建现代农业体系。')).toEqual([]);
    expect(programs('各部门坚持“一链一专班”推进机制。')).toEqual(['一链一专班推进机制']);
  });
  it('takes a stage of a batch of projects (“开工一批”活动) for an event (local3)', () => {
    expect(programs('随后举行了以东岭三期项目为代表的“开工一批”活动。')).toEqual([]);
  });
  it('leaves 长江大保护, a course the national annotations judge junk (local3, prog37)', () => {
    expect(programs('建设临江新区是推动长江大保护、加快东岭高质量发展的重大部署。')).toEqual([]);
  });
  it('reads a pilot of two levels created jointly, its quote a list of levels (prog56)', () => {
    expect(programs('东岭县顺利通过“国、省联创”政务服务标准化试点评估。')).toEqual([
      '国、省联创政务服务标准化试点',
    ]);
  });
  it('reads a campaign named for its hundred days without 行动 (pjunk59)', () => {
    expect(programs('东岭部署开展安全生产百日攻坚，排查整治重大隐患。')).toEqual([
      '安全生产百日攻坚',
    ]);
    expect(programs('东岭启动城市环境整治百日攻坚行动。')).toEqual(['城市环境整治百日攻坚行动']);
    expect(programs('我们要打好这场百日攻坚战。')).toEqual([]);
  });
});

describe('a measure before a works’ kind (lstrat61-l)', () => {
  it('names no programme', () => {
    expect(programs('一行察看了滨江大道绿化9.5米改造提升工程等地。')).toEqual([]);
  });
  it('reads a local five-year plan after the verb that opens the clause', () => {
    expect(programs('全会就制定宁远县国民经济和社会发展第十五个五年规划提出建议。')).toContain(
      '宁远县国民经济和社会发展第十五个五年规划',
    );
  });
  it('ends an action before 为抓手 (program-extent.ts endsName, pjunk62)', () => {
    expect(programs('东岭以实施制造业链条提升行动为抓手，推进转型。')).toEqual([
      '制造业链条提升行动',
    ]);
  });
});
