/**
 * Program-shaped names that independent annotators of issue 13 judge junk on fresh news, where no
 * earlier rule was tuned (prog39): a working method or a one-per-unit slogan, an 'X强国' goal
 * named as a works and a platform described by what it does. A quoted practice set up as a
 * mechanism (“服务管家”机制) is left: the specs keep “某某”推进机制 and “某某”长效机制. Gazetteer
 * names are never refused here (isEventOrIdiom checks them first): 依法治军战略 is kept by most
 * annotations and stays. Layouts, goals, stances, instruments and glued clauses follow (prog54).
 */
import type { Mention } from './mentions.ts';

/**
 * “五先工作法”, 某某工作法: a way of doing the work (junk in cctv24z); “一业一方案”, 一园一策: one plan
 * per unit, many plans and none named (a reform of that shape, “一业一证”改革, ends with 改革).
 */
const METHOD = /工作法$|^一\p{Script=Han}{1,2}一(策|方案|案|档)$/u;
/**
 * 品牌强国工程, 质量强国行动: an 'X强国' goal is junk in every annotation (cctv23y); named as a works or
 * an action it is still the goal (网络强国战略, 人才强国战略 are printed as strategies and stay).
 */
const POWER_GOAL = /强国(工程|行动)$/;
/**
 * “秦岭创”创新驱动平台, 共享农机具平台: a platform is a facility or a website, junk in every annotation
 * that meets one (cctv25w, cctv22u, cctv25q); a coined name quoted whole before 平台 (“某某通”平台) is
 * the one kind the seeds' golds keep, so only a platform described beyond its quote, or printed
 * without one, is refused. A title in 《》 may name a platform's rules and is left alone.
 */
const COINED_PLATFORM = /^[“"‘「][^”"’」]+[”"’」]平台$/;

/**
 * 四个全面战略布局, 五位一体总体布局: a counted guiding layout is a frame the programs are placed in,
 * no program carried out (junk in cctv22x, cctv24x and prog50-a, a strategy in none); a named
 * program's own layout (东数西算战略布局) is the program's and is left.
 */
const LAYOUT = /^[一二三四五六七八九十]+[个位]\p{Script=Han}{1,4}(战略|总体)布局$/u;
/**
 * 共同富裕 is a goal (Recommendations for the 15th Five-Year Plan, 2025: 扎实推进全体人民共同富裕),
 * printed with 建设 or 行动 still the goal; Zhejiang's 共同富裕示范区 is the program that serves it.
 * A county's, a township's 'strong' title (“工业强县”建设, 农业强镇建设) is a goal too, as the 'X强国'
 * goals are (the independent annotations of issue 13 junk them).
 */
const GOAL = /^(推进|推动|促进|扎实推进)?共同富裕(建设|行动|工程)?$|强(县|镇|乡)(建设|行动|工程)$/;
/**
 * 粮食生产各项支持政策, 相关扶持政策: 'each', 'related' or 'several' policies of a field are all of
 * its measures, none named; so are a field's support policies that join two fields (稻油轮作及
 * 油菜产业发展支持政策): junk in strat50-a and prog50-a, kept in none (生育支持政策 and 组合式税费支持
 * 政策 name one policy and stay).
 */
const GENERIC_POLICIES =
  /(各项|相关|有关|多项|系列|配套)\p{Script=Han}{0,4}政策$|^\p{Script=Han}+(及|和|与)\p{Script=Han}+(支持|扶持)政策$/u;
/**
 * 扩岗补助政策、优化技能提升补贴政策: a list of two programs read as one name (the first ends in its
 * program word before the 、); 千村示范、万村整治工程 and 失业、工伤保险…政策 name one program.
 */
const TWO_GLUED = /(政策|计划|行动|工程|方案|规划|战略|倡议|措施|补贴|补助)、/;
/**
 * 某某企业发布合作发展倡议: a headline's verb of publishing glued before the thing published (the
 * title, where printed, names it apart); a program's name has no 发布 or 印发 inside it, except a
 * notice's title (关于…信息发布的通知).
 */
const PUBLISHED =
  /^(?!关于)\p{Script=Han}+?(发布|印发|出台|公布|推出|发出)\p{Script=Han}*(倡议|计划|行动|方案|规划|政策|措施)$/u;
/**
 * 防汛抗旱责任制, 市级领导包案机制, 预拨机制, 生态补偿机制: a duty assigned, a case taken by a leader,
 * a way of paying ahead or of compensating is a mechanism of an office, no program (the independent
 * annotations of issue 13 junk them; 河长制 and 林长制, named chief systems, are found by
 * chief-systems.ts). A way of serving stays where it is coined (the seeds' golds keep 1+9+N帮办服务
 * 机制 and 出口一站通服务机制), but not a one-per-unit slogan before it (“一企一画像”服务机制: one
 * portrait per firm, tailored to each, as 一村一策 is).
 */
const MECHANISM =
  /(包案|包保|预拨|补偿)(工作)?机制$|责任制$|^一\p{Script=Han}{1,2}一\p{Script=Han}{1,3}(服务|工作)?机制$/u;
/**
 * 乡村旅游度假区总体发展规划, 某村发展规划: a village's, a resort's or a scenic area's plan printed
 * untitled describes whatever plan the place drew up, as a park's plan does (not-programs.ts
 * PARK_PLAN); a plan titled in 《》 is named.
 */
const PLACE_KIND_PLAN = /(度假区|景区|旅游区|村|村庄|社区|小镇|街区|集镇)(总体)?(发展|建设)?规划$/;

export function doctrineOrMethod(m: Mention): boolean {
  if (METHOD.test(m.name) || POWER_GOAL.test(m.name)) return true;
  if (LAYOUT.test(m.name) || GOAL.test(m.name)) return true;
  const titled = /^[《“"‘「]/.test(m.surface);
  if (!m.surface.startsWith('《') && PLACE_KIND_PLAN.test(m.name)) return true;
  if (!titled && (GENERIC_POLICIES.test(m.name) || TWO_GLUED.test(m.name))) return true;
  if (!m.surface.startsWith('《') && (PUBLISHED.test(m.name) || MECHANISM.test(m.name)))
    return true;
  return /平台$/.test(m.name) && !m.surface.startsWith('《') && !COINED_PLATFORM.test(m.surface);
}
