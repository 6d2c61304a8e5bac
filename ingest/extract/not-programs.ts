/** What a program-shaped name may be instead: an event, an idiom, a kind of works, a model. */
import type { Mention } from './mentions.ts';
import { canonicalProgram } from './named-programs.ts';
import { doctrineOrMethod } from './program-doctrine.ts';
import { unnamedActivity } from './unnamed-activities.ts';
import { tag } from '../text/segmenter.ts';
import { PUSH, TASK_YEAR } from './theme-years.ts';

/**
 * Events (…纪念活动, …节, …峰会) are not programs; a campaign is (“万人助万企”活动, …创建活动,
 * …实践活动). Idioms built on 工程 (面子工程 and its opposite 里子工程, 系统工程) name no program.
 */
const EVENT = /(活动|节|峰会|论坛|博览会|展览会|交易会|大会|大赛|比赛|赛事|典礼|仪式|晚会)$/;
// prog55: …个年活动, a set of theme years run together (全区“6+1”个年活动, blocal-f), is a campaign.
const CAMPAIGN = new RegExp(
  `(创建|实践|专项|整治|攻坚|行动|主题教育|提升|示范|个年|(${PUSH})年)活动$`,
);
/**
 * A quoted slogan of four or more characters + 活动 is a campaign unless it says it is an event:
 * an event word, or a title's separator (“某某——走进某地”, “学雷锋 当先锋”).
 */
const QUOTED_CAMPAIGN = /^[“"‘「][^”"’」\s—·]{4,}[”"’」]活动$/;
const EVENT_WORD =
  /第一课|讲座|纪念|歌咏|庆祝|文艺|展演|社教|主题|健身|促消费|演出|跟着|之夜|奇妙夜|嘉年华|大集|庙会|之旅|行活动$|说活动$|夜游|音乐会|灯会|市集|村歌|大展|一批活动$|表彰|颁奖|评选|乐购|畅购|惠购|购物|消费季/;
/**
 * pjunk60: what a quoted …活动 brings somewhere (“某某进社区”“某某进公园”活动, “某某进万家”活动), the
 * reporters' outing (“新春走基层”), a folk show (“某地舞火龙”, 舞狮, 舞麒麟) and a role play (“模拟
 * 法庭”): outings and shows held on days, not campaigns (the lead's blind annotations judge such
 * …活动 junk; a programme bringing something to places keeps its own word: “快递进村”工程, “万企进
 * 校园”计划, 电子商务进农村综合示范).
 */
const OUTING_OR_SHOW =
  /进(社区|公园|万家|千家万户|校园|学校|课堂|乡村|农村|基层|企业|家庭|景区|商圈|军营|机关|园区|工地|楼宇|网格|商场|医院)[”"’」]?活动$|走基层|舞(火)?龙|舞狮|舞麒麟|^模拟/;
const IDIOM =
  /(面子|里子|形象|政绩|系统|民心|德政|豆腐渣|样板|头号|一号|一把手)工程$|^(一项|一个|一次|一场|这项|这个|这次|此次|该|此|首条|首个|首座|第一条)|^[大小好](政策|工程|项目|计划)$/;
// pjunk61: 用“家常话”解读“大政策”: a size or a virtue (大, 小, 好) before a bare program word is a
// figure of speech for policies at large, no name (the whole quote is the word: prog61-a).
/** lstrat58: “十大暖民心工程”: a counted set quoted whole is a province's name (lstrat57-l), not the
 * idiom of works that win hearts (民心工程) it ends with. */
const COUNTED_SET_NAMED = /^[“"‘「][一二三四五六七八九十]+大\p{Script=Han}{2,8}[”"’」]$/u;
/** 某企业首个海外工厂项目: a first of a kind described, not a program's name. */
const FIRST_OF = /首个|首座|首条/;
/** 在某地附近地区行动: 行动 after a place is the verb of troops acting there. */
const ACTING_THERE = /(地区|附近|境内|一带|前线|阵地)行动$/;
/** A numbered model (华龙一号, 某某五号 and its 2.0) is a product or a craft, not a program. */
const MODEL = /[一二三四五六七八九十0-9]号(?:[0-9.]+版?)?$/;
/**
 * A model, a path or a brand (揭榜挂帅模式, 共生路径, 区域公用品牌) is a way of working or a label,
 * not a program; so is tailoring by the unit (“一村一策”方案: one plan per village, many plans,
 * none named). They are read as names first so that no program word inside them (1+N生物工程
 * 育种模式) is taken for a program's end.
 */
const WAY_OR_BRAND = /(模式|路径|品牌)$|^一\p{Script=Han}一策/u;
/**
 * A firm's or a port's working plan (港口作业计划, 生产计划), a study plan (理论学习指导计划) or a
 * venue's use plan (具体利用计划) or a body's year of meetings (会议活动计划, pjunk61) is a common
 * noun, not a named program; so is a reservoir's or a canal's schedule of letting water out
 * (开闸放水计划, 供水方案) or of dispatching it (水量调度计划: an operating schedule, fresh days of
 * prog40), or an airline's timetable for a season (夏秋航季航班计划); so is a district's plan of
 * water for its fields (科学制定灌溉用水计划: pjunk62, prog62-a), drawn up each season.
 */
const WORKING_PLAN =
  /(作业|生产|工作|采购|出行|旅行|销售|经营|施工|运输|招生|发行|经济发展|学习|学习指导|会议活动|利用|放水|供水|用水|调水|调度|泄洪|灌溉|航班)(计划|方案)$|^(本土|本地)?(员工|职工)\p{Script=Han}{0,4}(计划|方案)$/u;
/**
 * A work platform (某某号作业平台), a press or service platform (云采访平台) is a facility or a
 * website; a summit format (某某会晤机制) is diplomacy; operating works (调度水利工程) is a task.
 * An offshore processing or production platform (某某号二期综合处理平台) is a facility too, and a
 * logistics, recycling, tracking or title system (“某某”物流体系) a network of means, not a program;
 * so is a system of services, of carrying out or of sand control (“一老一小”服务体系, “美丽中国”建设
 * 实施体系, 防沙治沙体系: junk in the cctv22u and cctv25r annotations, kept in none); so is a system
 * of operating or of organising (“某某+某某”现代物流运行体系, “某某”系列讲座组织体系: prog61-a).
 * (A coined platform name, “某某通”平台, stays a program for the seeds' golds; the blind
 * annotations of issue 13 judge it junk: a call for the lead.)
 */
const FACILITY =
  /(作业|采访|交易|信息|处理|生产|钻井|传播|播出|直播|销售)平台$|(会晤|对话|磋商)机制$|(调度|管护|维护)\p{Script=Han}{0,2}工程$|(物流|回收|测控|职称|服务|实施|治沙|运行|组织)体系$/u;
/** “线上某集”平台, “云某某”平台: a platform that says it is online is a website, not a program. */
const ONLINE_PLATFORM = /^[“"‘「](线上|网上|云上|云端|在线)[^”"’」]*[”"’」]平台$/;
/**
 * 两国全面合作计划: a plan described by its parties is whatever those parties agreed, no name;
 * 某倡议同各国发展战略: two things joined by 同 (with), not one program.
 */
const DESCRIBED_BY_PARTIES = /^(两国|双方|两党|两军|中方|我方)|(倡议|战略|计划|政策|规划)同/;
/**
 * A category of works, not one program: 国家重大水利工程, 灌区骨干工程, 灌溉配套工程 (what supports
 * another works), 科技重大攻关行动 (a field's major actions), 国家大工程 (the country's big
 * works: a kind, prog37).
 */
const GENERIC_WORKS =
  /(重大|重点)工程$|^(?:[0-9一二三四五六七八九十百]+[项个批])?(国家)?(重大|重点|骨干|基础|配套|关键|控制性|大科学)\p{Script=Han}{0,4}工程$|(骨干|控制性)工程$|^\p{Script=Han}{0,2}配套工程$|^[0-9一二三四五六七八九十百千]+项\p{Script=Han}*工程$|^(科技|科研|技术)?(大科学|重大)\p{Script=Han}{0,6}(计划|行动)$|^(国家|全国|地方)?大工程$/u;
/**
 * A count of works or plans (一大批水利工程, 新开工11项重大水利工程, 100多项具体行动方案, 开放5处人防工程), or a
 * tally of pilots (3000余项改革试点; not a named bundle, 三项…便利化试点): many of a kind, not one.
 */
const COUNTED_WORKS =
  /^(一大批|大批|一批|一系列|多地|各地|多个|多项)|[0-9一二三四五六七八九十百千]+[多余]?[项个批座条处]\p{Script=Han}{0,8}(工程|项目|方案|计划)$|([0-9]+|[多余])[项个批]\p{Script=Han}{0,8}试点$/u;
/**
 * 中非合作论坛“九项工程”: a count quoted whole with its program word is a name of its own (as
 * “五大工程”, “八大共同行动”: every independent annotation that meets one lists it), not a tally.
 */
const COUNT_NAMED = /^[“"‘「][一二三四五六七八九十]+[项大个]\p{Script=Han}{1,4}[”"’」]$/u;
/**
 * lstrat60: 市委“重大战略融入行动”的要求: a campaign quoted whole, its program word inside the
 * marks and a task of four characters or more after 重大, is one named action, not a tally of major
 * works (重大科技计划, unquoted, stays a kind).
 */
const MAJOR_NAMED = /^[“"‘「]重大\p{Script=Han}{4,}(行动|计划)[”"’」]$/u;
/**
 * An unquoted count right before the program word (某部部署六大行动): many actions of a kind; not
 * 十大伙伴行动, tasks listed before 三大工程, nor a quoted “五大工程” (a name of its own).
 */
const COUNT_ONLY = /^[^、]*[一二三四五六七八九十两几]大(行动|工程|计划)$/;
/**
 * Military and hostile actions are events, not programs (大规模军事行动, 海上封锁行动, 大规模搜捕
 * 行动: a raid to arrest, junk in cctv25r; 地面过境行动, 越境行动: troops crossing a border, prog37); military
 * plans are in program-lookalikes.ts (MILITARY_PLAN).
 */
const HOSTILE =
  /(军事|作战|非法|冒险|封锁|打击|袭击|报复|毁灭性|恐怖|挑衅|侵略|入侵|经济|突围|地面|秘密|隐蔽|搜捕|清剿|围剿|突袭|空袭|轰炸|扫荡|过境|越境|越界)行动$|^打击(?!.*专项)\p{Script=Han}{1,6}行动$|^\p{Script=Han}{1,4}军\p{Script=Han}{0,4}行动$/u;
/**
 * 专项整治行动, 集中攻坚行动, 大规模行动: only words of a kind or a scale of action, no name of one.
 */
const GENERIC_ACTION =
  /^(专项|集中|联合|重点|系列|相关|有关|各项|统一|大规模)*(整治|治理|执法|攻坚|检查|督查|整改|提升|清理|打击|排查)*(专项)?(行动|工程|计划)$/;
/**
 * pjunk60: 欧洲方面启动“快速恢复制裁”机制: a mechanism, plan or action of sanctions is a measure one
 * side takes against another, hostile as a raid is, not a programme carried out for people.
 */
const SANCTIONS = /制裁\p{Script=Han}{0,4}(机制|计划|方案|行动|政策)$/u;
/** 南方之矛行动, 某某之盾行动: the way military operations are named. */
const OPERATION = /之(矛|盾|剑|锤|鹰|狮|怒|火|刃|箭)行动$/;
/** 绿色通道(政策): a fast lane for a service, not a program. */
const FAST_LANE = /绿色通道/;
/**
 * “大走访大调研大服务大解题”活动: a slogan listing the same-shaped drives (one head character, two
 * more each) is the working style of a period, not a named campaign (cctv23y's annotation and every
 * other independent one junk such …活动; “万人助万企” is one sentence, no list, and stays).
 */
const PARALLEL_DRIVES = /^(\p{Script=Han})\p{Script=Han}{2}(?:\1\p{Script=Han}{2})+活动$/u;
/** 文明实践我行动: a slogan in the first person names no program. */
const FIRST_PERSON = /我们?(行动|先行|参与|来)$/;
/**
 * An occasion's activities (…宣传日活动, “某某文化年”活动, 质量月活动): an event on a date; so is
 * what is done on a day named by its date (5·10某某日媒体行动: the day's media event). Not a
 * set of theme years printed after its quote (“6+1”个年活动: a campaign, prog55; isEventOrIdiom).
 */
const OCCASION = new RegExp(
  `(?<!${PUSH})[年日周月节季][0-9]*[”"’」]?(系列|主题|专题)?活动$|^[0-9]{4}(?!年).*活动$|^[0-9]{1,2}[·.][0-9]{1,2}\\p{Script=Han}*日`,
  'u',
);
/**
 * A series of themed activities (某某系列主题实践活动), an award ceremony (…表彰活动, 颁奖, 评选):
 * events, whatever campaign word precedes 活动 (all nine independent annotations that met one
 * judge every …活动 junk; a campaign's own practice, 我为群众办实事实践活动, stays).
 */
const SERIES_OR_AWARD = /(系列|表彰|颁奖|评选|评比)|主题(?!教育)/;
/**
 * 关键在于行动, 付诸行动: 行动 as the noun "action" after a verb of being or of turning into, no
 * program's name.
 */
const ACTION_AS_NOUN = /(在于|付诸|见诸|化为|化作|转化为|落到)行动$/;
/**
 * A count before a name of four characters or more (两项助力中小企业专项行动, 三项…工程): several
 * programs described together, not one (十项行动, a count and the word alone, is a name).
 */
const COUNTED_AHEAD =
  /(?:^|[^\p{Script=Han}])(两|[0-9一二三四五六七八九十]+)项\p{Script=Han}{4,}(行动|工程|计划|方案)$/u;
/**
 * A set of standards (“1+N”标准体系) is documents, a system of institutions (“某某”制度体系) what a
 * principle is built into, and a system to perfect (健全…体系, 完善…监督体系)
 * a goal, not a program carried out.
 */
const STANDARDS =
  /(标准|制度)体系$|^(携手|共同|合力|加快|着力)?(健全|完善|构建|建立|形成)\p{Script=Han}*体系$|^(携手|共同)构建.*体系$/u;
/**
 * An annual or a next step's plan (年度调水计划, 下一步…计划), an agreement's implementation plan (文化合作执行计划) and a
 * spatial layout (“花园城市”空间布局) and a division of tasks (《…重点工作分工方案》) are working
 * documents or maps, not programs.
 */
const WORKING_DOCUMENT =
  /^(下一步|下阶段)|^(国家|政府)?(年度|季度|月度)\p{Script=Han}{0,6}(计划|方案)$|执行计划$|总计划$|分工方案$|空间布局$|^(改造|复建|改扩建|扩建|新建)+工程$/u;
/**
 * 1000亿元中央预算内投资计划: an amount of money planned is a budget line; 标志性工程, 示范性工程:
 * what a works is like (an epithet: 某倡议亮点工程 too), not its name; 某国媒体携手…倡议,
 * …智库携手…倡议: a joint call of a forum's participants, not a program carried out.
 */
const BUDGET_OR_EPITHET =
  /^[0-9.０-９一二三四五六七八九十百千万亿]+(亿|万|千)?(元|美元)|^\p{Script=Han}{1,3}性(工程|项目|计划|行动)$|(亮点|标杆|样板|窗口)(工程|项目)$|(媒体|智库|青年|企业|学者|高校|机构)\p{Script=Han}{0,2}携手\p{Script=Han}*倡议$/u;
/**
 * 审查国防计划, 审议年度投资方案: a plan a body reviews, approves or discusses is any plan of its
 * field, the object of the verb, not one named program.
 */
const REVIEWED =
  /^(审查|审议|审批|批准|讨论|评估|修改|修订|检查|监督)\p{Script=Han}{2,6}(计划|方案|规划)$/u;
/** 部署实施城市领域一系列重大战略: many strategies of a field, not one named. */
const MANY = /一系列/;
/**
 * 某地风光制氢一体化示范项目, 某某海上风电示范项目: a project named by what it produces (power,
 * hydrogen, ammonia, fuel, a material) is one plant, not a program.
 */
const PLANT =
  /(风光|风电|光伏|发电|制氢|绿氢|合成氨|制甲醇|航油|煤制|储能电站|材料)\p{Script=Han}*(示范项目|一体化项目)$/u;
/**
 * 导流洞工程, 主体工程, 大坝工程: a part of one construction site (its tunnel, its dam, its main
 * body) is a stage of works, not a program; so is the main body of one named project (某航道改建
 * 项目主体工程); 完成了二层主体工程 (lthings63-l): a storey of a building counted before its
 * main body is how far one building has risen.
 */
const PART_OF_WORKS =
  /^(?:[0-9一二三四五六七八九十两]+层)?(导流洞|导流|泄洪洞|引水隧洞|隧洞|围堰|大坝|坝体|厂房|主体|土建|路基|桥梁|附属|配套)工程$|项目(主体|土建|附属|配套)工程$/;
/**
 * 修复供水工程, 抢修水毁工程: repairing works of a kind is a task, not a named program (生态修复工程,
 * where 修复 is what the works does, does not start with it).
 */
const REPAIR = /^(修复|抢修|修缮|加固|维修)\p{Script=Han}{1,4}工程$/u;
/** 某国政府强推…计划: a government and its verb make a clause; the plan's name follows them. */
const GOVERNMENT_DOING =
  /^\p{Script=Han}{0,8}(政府|当局)(强推|强行|执意|推动|推进|实施|出台|启动|宣布)/u;
/**
 * 开启了新一轮发展规划: a round and a plan word say which round, not which plan; 灾后援助行动,
 * 灾区综合发展规划: relief after a disaster and a plan for the stricken area answer one event,
 * described, not named.
 */
const ROUND_OR_RELIEF =
  /^[新下上本首]?[0-9一二三四五六七八九十两]+[期轮届批]\p{Script=Han}{0,2}(发展规划|规划|计划|行动|工程|方案)$|(救援|搜救|救助|援助|救灾|抢险|营救)行动$|^(灾区|灾后|震后|受灾地区)/u;
/**
 * “某某一号”核岛安装工程: the works of a numbered model (a reactor, a craft) builds that one unit,
 * and an installation works is one stage of a site; neither is a program. A quoted name ending in
 * 号 is a vessel or a craft however named (“某某·某都号”计划到访…: the ship plans, junk in cctv25r).
 */
const MODEL_WORKS = /^[“"‘「][^”"’」]*号[”"’」]|(安装|吊装)工程$/;
/** “中国诉某国某某措施”: a dispute case named by who sues whom, not a program of either side. */
const CASE = /^(中国|美国|欧盟|日本|加拿大|印度|俄罗斯|[中美欧日加印俄韩英法德澳])诉/;
/**
 * 领导制订某地经济发展规划: a place's plan named only by its field (经济/社会/城市 发展 or 建设) is
 * a description of whatever plan the place had, not a plan's name (a title in 《》 is one).
 */
const FIELD_PLAN = /^\p{Script=Han}{2,3}(经济社会|经济|社会|城市)(发展|建设)规划$/u;
/** 了解某某生态产业园发展规划: a park's plan printed untitled describes whatever plan the park has,
 * as a place's plan does (lthings44-a). */
const PARK_PLAN = /(园区?|开发区)(发展|建设)?规划$/;
/**
 * 大功率半导体科学与工程, 能源与动力工程: a subject of study (…科学与工程, …与工程: an undergraduate
 * major's name, listed in a catalogue of majors) is no works.
 */
const SUBJECT = /(科学|技术|信息|动力|材料)与工程$/;
/**
 * “13+2”合作机制, “欧佩克+”机制: a formula counting members (a group plus others) before 机制 is the
 * grouping that meets, not a program (junk in the cctv22u and cctv24y annotations; 中国+中亚五国
 * 会晤机制 in cctv22s's).
 */
const MEMBERS_FORMULA =
  /^[“"‘「]([0-9]+\+[0-9]+|[^”"’」]+\+)[”"’」](合作|会晤|对话|协调|磋商|伙伴)?机制$/;
/**
 * lstrat60: “四位一体”推进责任体系, “六个一”机制: a quoted count of the parts that share a duty
 * (so many bodies in one, one of each of six things) before a system of responsibility or a bare
 * mechanism is how work is divided, not a program carried out (“一四六十”工作体系, a city's whole
 * frame of work, is none of these; nor is a mechanism named for what it pushes, “一链一专班”推进机制,
 * local3).
 */
const COUNTED_MECHANISM =
  /^[“"‘「][^”"’」]*[一二三四五六七八九十两0-9][^”"’」]*[”"’」](?:\p{Script=Han}{0,2}责任体系|机制)$/u;
/**
 * 把惠民工程建设成优质工程: what a works is made into (建设成, 打造成, 办成) is a quality it should
 * have, not a program's name; cut after the verb, the name opens with 成 as a word of its own.
 */
const MADE_INTO = /(建设|打造|建|办|做|变)成(?!都|渝)\p{Script=Han}/u;
function madeInto(m: Mention): boolean {
  if (/^[《“"‘「]/.test(m.surface)) return false;
  return MADE_INTO.test(m.name) || (m.name.startsWith('成') && tag(m.name)[0]?.word === '成');
}
/** 某单元建立了446个试点: a verb with 了 makes a clause, never a name (a title or a quote may). */
const CLAUSE = /了/;
/** “招商引资年”活动: the activities of a year declared for a work task are that campaign. */
const taskYear = (name: string) => TASK_YEAR.test(name.replace(/[”"’」]?活动$/, ''));
export function isEventOrIdiom(m: Mention): boolean {
  // A gazetteer name is a program whatever its words (一个中国政策 is no "一个…" kind).
  if (canonicalProgram.has(m.name)) return false;
  if (doctrineOrMethod(m) || unnamedActivity(m)) return true;
  const yearSet = /个年活动$/.test(m.surface); // “6+1”个年活动 (“两个年”活动 is slogan-campaigns.ts')
  if (
    (OCCASION.test(m.name) && !yearSet && !taskYear(m.name)) ||
    STANDARDS.test(m.name) ||
    BUDGET_OR_EPITHET.test(m.name)
  )
    return true;
  if (doneByVerb(m)) return true;
  if (WORKING_DOCUMENT.test(m.name) || MANY.test(m.name) || ACTING_THERE.test(m.name)) return true;
  if (FIRST_OF.test(m.name) && !/^[《“"‘「]/.test(m.surface)) return true;
  if (CLAUSE.test(m.name) && !/^[《“"‘「]/.test(m.surface)) return true;
  if (GOVERNMENT_DOING.test(m.name) && !/^[《“"‘「]/.test(m.surface)) return true;
  if (REPAIR.test(m.name) || PART_OF_WORKS.test(m.name) || SUBJECT.test(m.name)) return true;
  if (MEMBERS_FORMULA.test(m.surface) || COUNTED_MECHANISM.test(m.surface) || madeInto(m))
    return true;
  if (MODEL_WORKS.test(m.surface) || CASE.test(m.name)) return true;
  if ((FIELD_PLAN.test(m.name) || PARK_PLAN.test(m.name)) && !m.surface.startsWith('《'))
    return true;
  if (PLANT.test(m.name) && !/^[《“"‘「]/.test(m.surface)) return true;
  if (ROUND_OR_RELIEF.test(m.name) && !/^[《“"‘「]/.test(m.surface)) return true;
  if (REVIEWED.test(m.name) && !/^[《“"‘「]/.test(m.surface)) return true;
  if (IDIOM.test(m.name) && !COUNTED_SET_NAMED.test(m.surface)) return true;
  if (HOSTILE.test(m.name) || GENERIC_ACTION.test(m.name) || SANCTIONS.test(m.name)) return true;
  const tally = GENERIC_WORKS.test(m.name) || COUNTED_WORKS.test(m.name);
  if (tally && !COUNT_NAMED.test(m.surface) && !MAJOR_NAMED.test(m.surface)) return true;
  if (COUNTED_AHEAD.test(m.name) || ACTION_AS_NOUN.test(m.name)) return true;
  if (COUNT_ONLY.test(m.name) && !/^[《“"‘「]/.test(m.surface)) return true;
  if (WORKING_PLAN.test(m.name) && m.name.length <= 8 && !m.surface.startsWith('《')) return true;
  // 2023年组织召开某某协商会工作计划: a body's yearly work plan, however long, is a common noun.
  if (/工作计划$/.test(m.name) && !/^[《“"‘「]/.test(m.surface)) return true;
  if (MODEL.test(m.name) || WAY_OR_BRAND.test(m.name) || FIRST_PERSON.test(m.name)) return true;
  if (OPERATION.test(m.name) || FAST_LANE.test(m.name) || FACILITY.test(m.name)) return true;
  if (DESCRIBED_BY_PARTIES.test(m.name) && !m.surface.startsWith('《')) return true;
  if (ONLINE_PLATFORM.test(m.surface)) return true;
  if (!EVENT.test(m.name)) return false;
  if (PARALLEL_DRIVES.test(m.name)) return true;
  if (CAMPAIGN.test(m.name)) return SERIES_OR_AWARD.test(m.name);
  return !(
    QUOTED_CAMPAIGN.test(m.surface) &&
    !EVENT_WORD.test(m.name) &&
    !OUTING_OR_SHOW.test(m.name)
  );
}

/**
 * 生产绿色航油示范项目, 服务现代农业示范项目: an unquoted project named by what it does (a verb
 * first) is a plant or a kind described, cut from a longer phrase, not a named program.
 */
function doneByVerb(m: Mention): boolean {
  if (!m.name.endsWith('项目') || /^[《“"‘「]/.test(m.surface)) return false;
  return /^(v|vn)$/.test(tag(m.name)[0]?.tag ?? '');
}
