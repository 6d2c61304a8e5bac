/**
 * Things printed like programs that the independent annotations of issue 13 judge junk in every
 * set that meets them (programs34; figures in docs/extraction-rounds.md): a digital platform, a
 * works named by the one facility or service it builds, a works one visits, a military plan, an
 * exchange of prisoners, what the press does together, an activity held in a holiday period, as
 * members' duty work or counted by its showings, a foreign army's plan or action, and the kind a
 * list closes with.
 * Checked on the whole name and the words printed before it, after the other program rules.
 */
import type { Mention } from './mentions.ts';
import { clauseBefore } from '../text/sentences.ts';
import { ITEM_JOINT, ITEM_JOINTS } from '../text/function-words.ts';
import { canonicalProgram } from './named-programs.ts';
import { unnamedProgram } from './unnamed-programs.ts';
import { misreadProgram } from './program-misreads.ts';
import { insideLongerQuote, notCampaign, printedAsPlace } from './not-campaigns.ts';
import { countedIndustries } from './industry-structures.ts';
import { foundingNotice } from './founding-notices.ts';
import { campaignDayOfService } from './campaign-events.ts';
import { countedAims } from './task-systems.ts';

/**
 * “某某云”平台, 智慧某某平台, 智能某某一站通平台, 某某“一张图”平台, “城市大脑”规划体系, “某某”学习
 * 平台: a platform or a system that says it is digital (a cloud, a smart or intelligent service,
 * one map, a city's brain, a study app) is a website or an information system, not a program
 * (junk in the cctv20, cctv23s, cctv24f, cctv25g and cctv25w annotations, kept in none; a coined
 * “某某通”平台 of the seeds' golds says nothing of the kind and stays).
 */
const DIGITAL_SYSTEM =
  /^(智慧|智能|数字|掌上)\p{Script=Han}{2,}(平台|系统)$|\p{Script=Han}{2,}云(平台|系统)$|(一张图|大脑)\p{Script=Han}{0,4}(平台|体系|系统)$|学习平台$/u;
/**
 * 水系连通工程, 乡镇干支渠向主干河道连通工程, 集中供暖工程, 世界隧道工程, 某某渠首枢纽工程, 某某港航
 * 设施工程, 某某运河工程: a works named by the one facility or service it builds (a link between
 * waterways, heating, a tunnel, a hub, a port's berths, a canal) is a single construction of that
 * kind, not a named program (junk in the cctv22m, cctv22u, cctv23f, cctv24n, cctv24y, cctv24z and
 * cctv25h annotations, kept in none).
 */
// prog56: 安平桥(保护)修缮工程: a repair of one building or bridge is as single a works (cctv29a's
// annotator junks single works).
const FACILITY_WORKS = /(连通|供暖|供热|供气|隧道|枢纽|港航设施|港口设施|运河|修缮)工程$/;
/** 实地参观某某工程: a works visited is a site, not a program carried out. */
const VISITED = /^(实地)?(参观|考察|探访|游览)/;
const VISITED_BEFORE = /(参观|考察|探访|游览)了?$/;
/**
 * 军事计划, 作战计划, 某国重启军事生物计划, 生物军事计划: a military plan of any field is the army's,
 * an operation of war (cctv23a and cctv23y junk both orders).
 */
const MILITARY_PLAN = /军事\p{Script=Han}{0,4}计划$|(作战|进攻|入侵)计划$/u;
/**
 * 某某日媒体行动, 某某青年面对面媒体行动, 某某媒体伙伴机制: what the press does together (a reporting
 * tour, a network of outlets) is an event or a body of the media, not a program (junk in the
 * cctv23y, cctv24n, cctv25h and cctv25w annotations, kept in none).
 */
const MEDIA = /媒体\p{Script=Han}{0,4}(行动|机制)$/u;
/** 大规模交换被俘人员行动, 换俘行动: an exchange of prisoners answers one war, an event. */
const PRISONER_EXCHANGE = /(换俘|交换\p{Script=Han}{0,4}(被俘人员|战俘|俘虏|人员))行动$/u;
/**
 * 三下乡集中示范活动: an activity held at one time and place (集中) is an event; so is one carried
 * out in a holiday period (元旦、春节期间集中开展“某某”活动) and a theme of members' duty work
 * (委员履职“某某”活动: what a body's members do in their terms, no campaign of its own). Every
 * independent annotation that met one judges such …活动 junk (cctv23a, cctv23h, cctv24f, cctv25h,
 * cctv24z); a campaign (深入开展“万人助万企”活动) says none of this and stays.
 */
const HELD_AT_ONCE = /集中\p{Script=Han}{0,4}活动$/u;
// 一场“某某”活动, 开展20余场“某某”活动: an activity counted by its showings (场) is held, an event
// (two junk in cctv25r; no kept program of the development sets is so counted). So is one the
// text says is held (某地举行“某某”活动: 举行, 举办 are said of events, a campaign is 开展: junk in
// cctv24x; the kept “公证减证便民提速”活动 of cctv25q is 开展; prog40), unless what is held is the
// campaign's launch (举行“某某”活动启动仪式).
const ACTIVITY_OCCASION =
  /(期间|前后|之际)[^，。；：]{0,6}$|(委员|代表|党员)履职$|[0-9一二三四五六七八九十百千两几]+[余多]?场$/;
const HELD = /(举行|举办|主办|承办)了?$/;
/**
 * 以军此举是其在某地建造“缓冲区”计划的一部分, 以军当天在某城发起大规模行动: a plan or an action of a
 * foreign army named in the same clause is its operation of war, whatever it is called (junk in
 * cctv24z and cctv25r; on the development sets it refuses no kept program, and on the people sets
 * only three operations: 以军…“局部行动”, 以海军…大规模行动, 美军…所谓营救行动).
 */
// prog56: so is an army's minister or arm named by its country (俄国防部长某某表彰了参与控制某重镇
// 某某行动的俄空降兵部队).
const FOREIGN_ARMY =
  /(以|美|俄|乌|英|法|德|日|韩|朝|叙|黎|土|印)(军|国?(国防部|防长|空降兵|陆军|海军|空军))|国防军/;
/**
 * 规划、政策、体制机制等“软建设”措施, 甲、乙、丙等“某某”专项合作计划: a quoted name after a list closed
 * by 等 is the kind of what is listed, several things, not one program (junk in cctv23y and
 * cctv25w, the only two in the development sets). A quoted count (甲、乙等“六大工程”) is the name
 * of the set listed, and stays.
 */
function listedKind(text: string, m: Mention): boolean {
  if (!/^[“"‘「]/.test(m.surface) || text[m.start - 1] !== '等') return false;
  if (/^.[一二三四五六七八九十两]+[大项个条]/.test(m.surface)) return false;
  return clauseBefore(text, m.start - 1).includes('、');
}

/**
 * 设主论坛和“甲”“乙”“丙”4个平行分论坛: quotes followed by a count of sessions (分论坛, 板块, 单元)
 * are the sessions' titles, however a program they read (“深化某某改革”: a theme, fresh days of
 * prog40); a single quote so followed is refused in programs.ts (EVENT_AFTER).
 */
const SESSIONS_AFTER =
  /^(?:[“"‘「][^“”"‘’「」\n]{1,30}[”"’」][、和及]?)*[0-9一二三四五六七八九十两几]+个?(平行)?(分论坛|论坛|板块|单元|专场|分会场|议题)/;
function sessionTitle(text: string, m: Mention): boolean {
  const quoteEnd = /[”"’」]$/.test(m.surface) ? m.end : text.indexOf('”', m.start) + 1;
  return quoteEnd > 0 && SESSIONS_AFTER.test(text.slice(quoteEnd, quoteEnd + 200));
}

/**
 * 通过远程医疗、巡回医疗、对口帮扶等方式下沉基层: the items of a list closed by 等方式 (形式, 途径,
 * 手段) are ways something is done, not programs carried out (prog56; cctv29a's annotator junks
 * modes of work). A gazetteer name so listed stays (checked after it).
 */
const WAYS_AFTER = new RegExp(
  `^(?:[${ITEM_JOINTS}][^，。；：、]{2,12})*等(?:方式|形式|途径|手段|渠道)`,
  'u',
);

/** The program found at `m` is something else printed like one, read from its words and before. */
export function programLookalike(text: string, m: Mention): boolean {
  // A gazetteer action read from its bare stem inside an event's theme is checked there too.
  if (misreadProgram(text, m) || printedAsPlace(text, m) || insideLongerQuote(text, m)) return true;
  if (campaignDayOfService(text, m)) return true;
  if (canonicalProgram.has(m.name)) return false;
  if (DIGITAL_SYSTEM.test(m.name) || FACILITY_WORKS.test(m.name)) return true;
  const after = text.slice(m.end, m.end + 60);
  if (WAYS_AFTER.test(after) && ITEM_JOINT.test(text[m.start - 1]! + after[0]!)) return true;
  if (countedIndustries(m) || foundingNotice(m) || countedAims(m)) return true;
  if (notCampaign(text, m)) return true;
  if (unnamedProgram(text, m)) return true;
  if (MILITARY_PLAN.test(m.name) || PRISONER_EXCHANGE.test(m.name) || MEDIA.test(m.name))
    return true;
  const before = text.slice(Math.max(0, m.start - 12), m.start);
  if (VISITED.test(m.name) || VISITED_BEFORE.test(before)) return true;
  if (listedKind(text, m) || (/^[“"‘「]/.test(m.surface) && sessionTitle(text, m))) return true;
  if (/(计划|行动)$/.test(m.name) && FOREIGN_ARMY.test(clauseBefore(text, m.start))) return true;
  if (!m.name.endsWith('活动')) return false;
  if (HELD_AT_ONCE.test(m.name)) return true;
  // The headline (部署开展“某某”活动) says less than the story (春节期间集中开展“某某”活动): any
  // place the story prints the activity so tells what it is.
  for (let at = text.indexOf(m.surface); at >= 0; at = text.indexOf(m.surface, at + 1)) {
    const before = text.slice(Math.max(0, at - 12), at);
    if (ACTIVITY_OCCASION.test(before)) return true;
    const launch = /^(启动|开幕|开启)/.test(text.slice(at + m.surface.length));
    if (HELD.test(before) && !launch) return true;
  }
  return false;
}

/** A quoted slogan the story contrasts with another (从“A”到“B”). */
export function isSlogan(m: Mention, slogans: Set<string>): boolean {
  if (slogans.size === 0) return false;
  const inner = /^[“"‘「]([^”"’」]+)[”"’」]/.exec(m.surface)?.[1];
  return slogans.has(inner ?? m.name);
}
