/**
 * Program-shaped names that the independent annotations of issue 13 judge junk and that name no
 * program (prog38, prog40; figures in docs/extraction-rounds.md): an award held in sessions, the
 * rank a works is given, the extension of one facility, a neighbourhood's upkeep, a routine plan
 * still to be drawn up, works for the people's welfare, an era before a bare program word, and the
 * clauses of program-clauses.ts. Read from the name and the words printed
 * around it, after the other program rules; a gazetteer name is never refused here
 * (program-lookalikes.ts asks it first).
 */
import type { Mention } from './mentions.ts';
import { gluedClause } from './program-clauses.ts';

/**
 * 第十七届某某“五个一工程”表彰座谈会, “某某工程”奖: a works named with its session (第N届) or its
 * prize is an award for works, held again each session, not a program carried out (junk in
 * cctv25q; a round, 第二轮, is how a program goes on and stays).
 */
const SESSION_BEFORE = /第[0-9一二三四五六七八九十百]+届[^，。；：、\n]{0,12}$/;
/** 第十届某某论坛发布了《…倡议》: a session's meeting that issues a program is no award. */
const ISSUED_AT = /(论坛|会议|大会|峰会|年会|博览会)|(发布|通过|提出|签署|启动|宣布|了)/;
const PRIZE_AFTER = /^[”"’」]?(奖|表彰|颁奖|评选|评奖)/;
/**
 * 也是重要民生工程, 这座…的伟大水利工程: 重要 (important) or 伟大 (great) ranks a works as a kind,
 * as 重大 and 重点 do (GENERIC_WORKS in not-programs.ts); no annotated program starts with either
 * (junk in cctv25q). So do 全球重大倡议 (the major initiatives, several) and 2021年相关政策 (the
 * policies related, whichever they were).
 */
const RANKED =
  /^(重要|主要|伟大)\p{Script=Han}{0,4}(工程|项目)$|^(全球|国际|世界)?重大倡议$|(^|年)相关(政策|措施|计划|规划|方案)$/u;
/**
 * 健全防范治理“形象工程”“政绩工程”机制: a vanity works (面子, 形象, 政绩, 豆腐渣 工程: IDIOM in
 * not-programs.ts) is the idiom whatever word follows it.
 */
const VANITY = /(面子|形象|政绩|豆腐渣)工程/;
/**
 * 深入实施文化惠民工程, 为居民打造的民生工程: works 'for the people's welfare' (惠民, 民生, 利民, 便民)
 * is what a works is for, any works of its field (junk in cctv25q, cctv25r, cctv24z and cctv22u,
 * kept in cctv24n only; prog40). An action so called (质量惠民行动) is a named campaign and stays.
 */
const WELFARE_WORKS = /(惠民|民生|利民|便民)工程$/;
/**
 * 为新时代工程的实施提供遵循: an era (新时代, 新阶段) before a bare program word is the text's shorthand
 * for a program named elsewhere, no name (fresh days, prog40); 新时代人口发展战略 names its field.
 */
const ERA_ONLY =
  /^(新时代|新时期|新阶段|新征程|新发展阶段)(工程|计划|行动|规划|战略|方案|政策|项目)$/;
/**
 * 某某特高压重点枢纽站扩建工程, 某市机场改扩建工程: enlarging or rebuilding one station, airport,
 * wharf or venue is a single works, put into use once (junk in cctv25q, as single works in every
 * annotation; a quarter's renewal, 城镇老旧小区改造, names no facility and stays).
 */
const FACILITY_EXTENDED =
  /(站|机场|航站楼|码头|港区|泊位|大桥|电厂|场馆|体育馆|医院)(改扩建|扩建|改造|新建|续建|迁建)工程$/;
/**
 * 前门某区实施了公共空间改造工程: renovating the common parts of a neighbourhood (its public
 * space, lanes, façades, pipes, courtyards, lighting) is local upkeep of that place, works of a
 * kind with no name (junk in cctv25r; no annotation keeps one).
 */
const LOCAL_UPKEEP =
  /^(公共空间|街巷|背街小巷|立面|外立面|管网|庭院|院落|景观|绿化|亮化|路面)\p{Script=Han}{0,2}(改造|提升|整治)工程$/u;
/**
 * 市场监管部门将…制定食品安全抽检监测计划: a plan a body is still to draw up, unquoted and untitled,
 * is whatever plan of that kind it will write, no name yet (junk in cctv25q); a title in 《》 or
 * quotes (制定《…行动计划》) names one.
 */
const DRAWN_UP = /(制定|制订|编制|拟定|起草)$/;
/**
 * Only a plan of checks (抽检, 监测, 巡查 …计划): an action plan or a programme of a field drawn up
 * (制定某某综合治理行动计划, cctv24z's strategy) is announced by its name.
 */
const ROUTINE_PLAN = /(抽检|监测|检测|抽查|巡查|检查|排查|核查)\p{Script=Han}{0,2}(计划|方案)$/u;

/** The program found at `m` names an award, a rank, one facility, a plan not yet written or a kind. */
export function unnamedProgram(text: string, m: Mention): boolean {
  const before = text.slice(Math.max(0, m.start - 24), m.start);
  const session = SESSION_BEFORE.exec(before)?.[0];
  if (session && !m.surface.startsWith('《') && !ISSUED_AT.test(session)) return true;
  if (PRIZE_AFTER.test(text.slice(m.end, m.end + 3))) return true;
  if (RANKED.test(m.name) || FACILITY_EXTENDED.test(m.name) || VANITY.test(m.name)) return true;
  if (LOCAL_UPKEEP.test(m.name) || ERA_ONLY.test(m.name)) return true;
  if (gluedClause(m)) return true;
  const marked = /^[《“"‘「]/.test(m.surface);
  if (!marked && WELFARE_WORKS.test(m.name)) return true;
  return !marked && ROUTINE_PLAN.test(m.name) && DRAWN_UP.test(before);
}
