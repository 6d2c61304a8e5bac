/**
 * prog58 (issue 13): kinds of thing that a program-shaped name can be and that the independent
 * annotations of national news judge junk wherever they meet one (2.4–11 % of program nodes on the
 * blind sets): a course or a concept to follow, a fund or a bond that pays for programs, a
 * designation or a control regime of land, a law, one site's works, and an event held. Each is
 * read by its form or by the words around it, for every program found, the gazetteer's too (a
 * guard for the lists, which grow by hand; its works excepted, below): a named strategy, plan,
 * campaign, pilot, reform or document keeps its own ending (…战略, …规划, …行动, …试点, …改革,
 * 《…》) and is none of these forms.
 */
import type { Mention } from './mentions.ts';
import { canonicalProgram } from './named-programs.ts';

/**
 * A course of governance (山水林田湖草沙一体化保护和系统治理: how to govern, 20th CPC National
 * Congress report) or a concept (新发展理念, “两山”理念): what programs follow, not one carried out.
 */
const COURSE_OR_CONCEPT = /(系统治理|理念)$/;
/**
 * Money that pays for programs: a bond (超长期特别国债, 专项债券) or a fund (某某引导基金, 产业投资
 * 基金). What it funds is the program (设备更新, 以旧换新), the money is its means. A relending
 * facility (某某再贷款) is a policy tool the annotations keep.
 */
const FUND = /(国债|债券|专项债|基金)$/;
/**
 * A designation or a control regime of land: the zones and lines of territorial planning (三区三线,
 * 生态保护红线, 永久基本农田) and a national park or their system (国家公园建设): what land is
 * declared to be, not a program. A park's pilot of a new regime (某国家公园体制试点) is a pilot.
 */
const DESIGNATION = /(三区三线|红线|基本农田|国家公园(体系)?(建设)?)$/;
/**
 * A law or a regulation (《某某保护条例》, 中华人民共和国某某法, 某某促进法): legislation, not a
 * program; a ministry's rule book (《…办法》) is not read here (some annotations list it).
 */
const LAW =
  /条例$|^(中华人民共和国)?\p{Script=Han}{1,14}(保护|促进|管理|安全|监督|治理|组织|选举|诉讼|保障|发展)法$/u;
/**
 * One site's works: a town's, a village's or a street's rebuilding (某某镇棚户区改造工程: the
 * national 棚户区改造 is printed without a place) or a named reservoir, dam or power station (某某
 * 水库除险加固工程, not 病险水库除险加固). A gazetteer's works is a program of many sites
 * (千村示范万村整治工程 is 千万工程). Not a phase (某某二期工程): a programme's phase is a
 * programme (古蜀文明保护传承二期工程 is one to cctv24z's annotator) as often as a site's stage.
 * pjunk62: a power line or a base's line out (某地至某地特高压直流输电工程, 某基地外送工程) is one
 * works built between two places (the single works cctv29a's and cctv25q's annotators judge junk);
 * the national programme that strings them is named otherwise (西电东送); a region's power sent
 * out (“疆电外送”工程, 电 before 外送) is that programme (held-out cctv25d, at merge).
 * prog63: a city's centre (某市启动“中心城区水系修复及生态治理工程”: dams and dredging in one
 * town) is one site too; a programme of many towns is not named by one's districts.
 */
const SITE_WORKS =
  /(输电|输变电|(?<!电)外送|送出)工程$|^(中心城区|主城区|老城区)\p{Script=Han}{2,16}工程$|^\p{Script=Han}{2,5}(镇|乡|村|街道)\p{Script=Han}{0,10}(改造|加固|改扩建|扩建|新建|修缮|提升|整治)工程$|^(?!.*(病险|小型|中型|大型|中小))\p{Script=Han}{2,8}(水库|大坝|水电站|水利枢纽)\p{Script=Han}{0,6}工程$/u;
/**
 * 某某工程的施工现场, 某某工程工地: a works whose building site is visited is one site's works, not
 * a program of many (a gazetteer's program is read as printed, not by its site).
 */
const SITE_AFTER = /^[”"]?的?(施工现场|建设现场|施工工地|工地)/;
/**
 * lstrat59: 某某高级中学深化市级“体育特色”总校制办学改革: what one school (a named middle or primary
 * school, a kindergarten) carries out is its own way of working, one site's, not a programme.
 */
const ONE_SCHOOL_BEFORE =
  /\p{Script=Han}{2}(中学|小学|幼儿园)(深化|推进|开展|实施|推行)(市级|省级|县级)?[“"]?$/u;
/**
 * An event by its name (某某盛典, 某某嘉年华, 科技活动周, 质量月, 消费季): held on dates, not carried
 * out as a program.
 */
const EVENT_NAME =
  /(盛典|嘉年华|(活动|宣传|服务|消费|文化|科技|质量|招聘|旅游|购物|读书)(周|月|季))$/;
/**
 * 央企消费帮扶聚力行动正在某地举行: the name runs on into the name of an action or activities
 * held (举行, 举办, 开幕) on some days: the program's words name the event, not the program carried
 * out. Not a forum or a meeting named for a strategy (长三角一体化发展高层论坛在某地举行): the
 * annotations count that print of the strategy.
 */
const HELD_AFTER =
  /^[“”"]?\p{Script=Han}{0,8}(行动|活动|周|节)[”"]?(正在|今天|日前|近日)?(在|于)?\p{Script=Han}{0,6}(举行|举办|开幕|闭幕)/u;
/** The program's own name then where it is held (某某行动在某地举行): an event of that name. */
const HELD_HERE = /^(正在|今天|日前|近日)?(在|于)\p{Script=Han}{1,6}(举行|举办|开幕|闭幕)/u;
/**
 * 贯彻依法治军、从严治军要求: a bare name in a list of requirements, principles or courses is a
 * principle cited, not the program (a strategy printed as one, 某某战略要求, is read by its ending).
 */
const PRINCIPLE_AFTER = /^(、\p{Script=Han}{2,6}){1,3}(的)?(要求|方针|原则|理念|思想)/u;
/**
 * 在存量增量政策叠加作用下, 存量政策和增量政策: the policies in force and the added ones, paired,
 * are every policy of the time, a generic phrase; the package is printed 一揽子增量政策.
 */
const STOCK_PAIR = /存量(政策)?(和|与|、|及)?增量政策|增量政策(和|与|、|及)存量/;
/**
 * pjunk62: 必要时推出新的增量政策: policies still to come, said to be new, are not the package of
 * 2024 (prog62-a); the gazetteer reads 增量政策 alone as that package.
 */
const NEW_BEFORE = /新的?$/;
/**
 * 乡村产业振兴带头人: a bare name glued before a title of people (带头人, 能手) names those people,
 * not the program carried out. Not 管理 after it (严格耕地占补平衡管理 is the regime to cctv24z's
 * annotator, though 生活垃圾分类管理 in a list of topics is no program to prog58-a's).
 */
const PEOPLE_AFTER = /^[”"]?(带头人|领头雁|能手)/;
/**
 * pjunk59: a mechanism kept up (某某监管长效机制), of cooperation (某某合作机制), of compensation
 * (生态补偿机制) or a system of institutions and mechanisms (某某体制机制, 某某制度机制): how work is
 * arranged, not a program carried out (junk in the cctv22u, cctv24y, prog52-a, prog57-a and prog59-a
 * annotations, kept in none). A coordination mechanism set up for a task (融资协调工作机制) the
 * annotations split on, and a park's 利益共享机制 the seeds' held-out gold keeps: both stay.
 * pjunk62: officers who sit together (“林长”“河长”联署办公机制) is how an office works, no more.
 */
const MECHANISM = /(长效|合作|补偿|办公)机制$|(体制|制度)机制$/;
/**
 * pjunk59: 全国脱贫攻坚奖, 乡村振兴成果展, 乡村振兴主题研修班, “某某+”通识课程: a strategy's name before an honour, a
 * show or a course names that prize, exhibition or class, not the strategy carried out (prog58-a
 * counts no print in a contest's or a trade fair's name). Not a forum (a strategy's forum is
 * counted by the annotations, HELD_AFTER) nor 奖补 or 奖励 (the subsidies a program pays).
 */
const HONOUR_OR_SHOW_AFTER =
  /^[”"]?(奖(?![补励金])|先进(个人|集体)|(成果|主题|专题)?展(览|销|示会)?(?![开现示望])|博览会|交易会|(创新创业|技能)?大赛|\p{Script=Han}{0,2}?((专题|研修|示范|轮训|培训)+班|课程))/u;
const PROGRAM_WORD = /(战略|规划|计划|工程|行动|政策|倡议|方案|试点|改革|建设|纲要|意见)[”"]?$/;

/** Whether a program-shaped name is a course, a fund, a designation, a law, one site or an event. */
export function programKind(text: string, m: Mention): boolean {
  const name = m.name;
  if (COURSE_OR_CONCEPT.test(name) || FUND.test(name) || DESIGNATION.test(name)) return true;
  if (LAW.test(name) || EVENT_NAME.test(name)) return true;
  if (MECHANISM.test(name)) return true;
  if (SITE_WORKS.test(name) && !canonicalProgram.has(name)) return true;
  const site = SITE_AFTER.test(text.slice(m.end, m.end + 8));
  if (site && /(工程|项目)$/.test(name) && !canonicalProgram.has(name)) return true;
  const before = text.slice(Math.max(0, m.start - 12), m.start);
  if (ONE_SCHOOL_BEFORE.test(before) && !canonicalProgram.has(name)) return true;
  const around = text.slice(Math.max(0, m.start - 6), m.end + 6);
  if (m.surface === '增量政策' && STOCK_PAIR.test(around)) return true;
  if (m.surface === '增量政策' && NEW_BEFORE.test(text.slice(Math.max(0, m.start - 6), m.start)))
    return true;
  const after = text.slice(m.end, m.end + 24);
  if (HELD_AFTER.test(after) || HELD_HERE.test(after)) return true;
  if (PROGRAM_WORD.test(m.surface)) return false;
  if (HONOUR_OR_SHOW_AFTER.test(after)) return true;
  return PRINCIPLE_AFTER.test(after) || PEOPLE_AFTER.test(after);
}
