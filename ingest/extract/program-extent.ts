/**
 * Where an unquoted program name starts (programs.ts reads names that end in a program word):
 * a leading 以…为…的 phrase is part of it, two parts joined by 与/及 are one name, short tasks listed
 * before the program word name it together, and a list's last item cut from its shared head is no
 * name.
 */
import { NOUN_CONJUNCTIONS } from '../text/function-words.ts';
import { NAME_VERBS, nameStart } from './spans.ts';
import { joinedFragment } from './program-starts.ts';
import { tag } from '../text/segmenter.ts';

const JOINED_BEFORE = new RegExp(String.raw`\p{Script=Han}{2}[${NOUN_CONJUNCTIONS}]$`, 'u');

/**
 * recall35: 介绍规范涉企行政执法专项行动有关情况: law enforcement (执法) is what a campaign regulates,
 * part of its name, not a verb that opens the clause (cctv24z and 25w list such actions).
 */
const PROGRAM_NAME_VERBS = new Set([...NAME_VERBS, '执法']);
export const programNameStart = (text: string, end: number, maxLength: number) =>
  nameStart(text, end, maxLength, PROGRAM_NAME_VERBS);

/** "以大数据智能化为引领的…行动计划": a leading 以…为…的 phrase is part of the name. */
const GUIDING = /以[^，。；、\s“”]{2,12}为(引领|核心|主线|导向|重点|主体|抓手|支撑|牵引)的$/;
export function withGuidingPhrase(text: string, start: number): number {
  const m = GUIDING.exec(text.slice(Math.max(0, start - 20), start));
  return m ? start - m[0].length : start;
}

/**
 * 人形机器人与具身智能实景实训专项行动 cut to 具身智能…: where 与/及/和 join two parts of one name (no
 * program word before it), the name starts where the first part does; none when that part is no name.
 */
export function joinedStart(text: string, start: number): number | undefined {
  if (!JOINED_BEFORE.test(text.slice(Math.max(0, start - 3), start))) return undefined;
  // 未涉及某国导弹计划: 及 ends a verb there, no conjunction.
  const before = tag(text.slice(Math.max(0, start - 6), start));
  if (before[before.length - 1]?.word.length !== 1) return undefined;
  const wider = nameStart(text, start - 1, 12);
  // 甲骨文、简牍帛书与古文字工程: 与 closes a list of items, it joins no two parts of one name.
  if (wider > start - 3 || /[、，]/.test(text[wider - 1] ?? '')) return undefined;
  return joinedFragment(text, wider) ? undefined : wider;
}

const tasksOfLength = new Map<number, RegExp>();
/** One to three tasks of `length` characters, each closed by 、, at the end: built once a length. */
function tasksEnding(length: number): RegExp {
  let pattern = tasksOfLength.get(length);
  if (!pattern) {
    pattern = new RegExp(`(?:\\p{Script=Han}{${length}}、){1,3}$`, 'u');
    tasksOfLength.set(length, pattern);
  }
  return pattern;
}

/**
 * 增品种、提品质、创品牌专项行动计划, 创新深化、改革攻坚、开放提升三大工程: short tasks of one length
 * listed before the program word (and their count) name it together (the last task alone is a fragment).
 */
export function withParallelTasks(text: string, head: number, name: string): string {
  const task =
    /^(\p{Script=Han}{3,4}?)(?:专项|三年|五年|[两三四五六七八九十]大)?(?:行动计划|行动方案|行动|工程|计划)$/u.exec(
      name,
    )?.[1];
  if (!task) return name;
  const before = tasksEnding(task.length).exec(text.slice(Math.max(0, head - 15), head));
  if (!before || /计划|工程|行动/.test(before[0])) return name;
  // The list opens the clause or follows the verb that carries it out (not …大科学计划、…).
  const opener = text.slice(Math.max(0, head - before[0].length - 2), head - before[0].length);
  return /(^|[，。；：\s]|实施|开展|推进|推动|启动|落实)$/.test(opener) ? before[0] + name : name;
}

/**
 * 进项目、进企业专项行动 cut to 企业专项行动: the items share their head word (进), so the name is
 * the whole list, and its last item without the head a fragment (not 某行动、打赢某三年行动, where
 * 打赢 only carries out the next program).
 */
export function listTail(before: string): boolean {
  const m = /([^，。；：、\s]{1,12})、(\p{Script=Han}{1,2})$/u.exec(before);
  return !!m && m[1]!.includes(m[2]!);
}

/**
 * The building of a quoted name, carried out by a verb before the quote or after 建设, or named as
 * a field of work (“某某”建设工作, reported on beside other work: prog55). A name may join two
 * words with a middle dot (“某某社·某某里”建设, a province's brand of community building), and the
 * building may be what a visitor learns of (详细了解“某某”建设, 调研: prog55, blocal-f).
 */
export function builtQuote(text: string, at: number, inner: string, after: string): boolean {
  // “蓝色粮仓”建设也扎实推进: an adverb (也, 正, 还) may stand before the progress it reports.
  // lstrat59: 落实福州市“三个年”行动、“三个福州”建设等重大决策部署: the last item of a list of
  // programmes closed by 等 is built too.
  const listed = /^建设等/.test(after) && text[at - 1] === '、';
  if (
    !listed &&
    !/^建设(?:$|工作|[也正还均亦]?(?:扎实推进|稳步推进|加快推进|持续推进|取得))/.test(after)
  )
    return false;
  const dotted = /^\p{Script=Han}{2,6}·\p{Script=Han}{2,6}$/u.test(inner);
  if (!/^\p{Script=Han}{4,12}$/u.test(inner) && !dotted) return false;
  // 国家水网的“毛细血管”建设: a part of something, named in a figure, not a program.
  if (text[at - 1] === '的') return false;
  if (/^建设$/.test(after) && !/[，。；：、！？）)\s]/.test(text[at + inner.length + 4] ?? '。'))
    return false;
  return (
    after !== '建设' ||
    // lstrat61: 服务“七个岳阳”建设: a county serves (joins, helps) a city's building of its programme.
    /(?:推进|加快|实施|深化|推动|开展|抓好|加强|了解|调研|服务|融入|助力)[^，。；：]{0,16}$/.test(
      text.slice(Math.max(0, at - 20), at),
    )
  );
}

/**
 * “某某”工程计划今年建成投运: 计划 followed by a time or a deadline verb is the verb "plans to";
 * the program word before it ends the name.
 */
export function plannedVerb(words: string): string {
  return words.replace(
    /(?<=工程|项目)计划(今年|明年|年内|年底|年中|[0-9]+年|建成|完成|开工|投运|投产).*$/u,
    '',
  );
}

/** What stands before an unquoted name (programs.ts unquoted()): words of the clause, no name. */
export const EDITIONS = /^[0-9一二三四五六七八九十两]+[期轮届批](?=\p{Script=Han}{4})/u;
export const OBJECT_VERB = /(购买|采购|迁移|驱逐|出售|进口|撤离|撤出|部署|吞并|占领|接管)$/;
/** 更多升级行动, 这些计划; 实现其某某计划: a quantity or its/their before the name, no name. */
export const QUANTITY = /(更多|许多|很多|诸多|一些|这些|那些|其)$/;
/**
 * 仍致力于落实加沙和平计划, 自1月中旬某某行动, 充分运用某某工程: a verb or a time before a name is
 * not part of it (利用 with its manner only: 综合利用 names many works). lstrat63: 到某地调研某某工程,
 * 赴某地视察某某工程: the visit's verb and its place come before the works visited.
 */
const CLAUSE_WORD =
  /^.*(调研|视察|督导|接受|(?:充分|合理|有效|科学)(?:运用|利用)|落实|调整|拒绝|致力于|日前|目前|仍|开展|推进|启动|制定|发布|印发|执行|实施|采取更多|采取|一方面|另一方面|抗议|反对|完成|领略|感受|见证|欣赏|探访|[0-9]+月(?:[上中下]旬|初|底|末|[0-9]+日))/;
/**
 * 首个开工项目某某工程: 项目 closes the words before (the first project begun), in apposition to the
 * works named after it; the name starts after 项目 (prog40).
 */
const PROJECT_APPOSITION = /^项目(?=\p{Script=Han}{2,}工程$)/u;
export function afterLastVerb(name: string): string {
  return name.replace(CLAUSE_WORD, '').replace(PROJECT_APPOSITION, '');
}

/** Verbs that carry a program out (实施某某行动): the name starts after them. */
const CARRYING =
  /^(实施|开展|推进|推动|启动|落实|执行|制定|出台|发布|印发|部署|组织|参与|参加|加快|深化|加强|完成|建设|打好|打赢|抓好|做好|继续|持续|深入|全面|启用|推出|发起)$/;
/**
 * 开展预防、打击利用某某向境外转移赃款专项行动 cut to 赃款专项行动: a name cut at a verb glued before
 * it (转移, no verb of carrying out) inside a list a carrying verb opens is the tail of one long
 * name that runs over the list; the tail alone is no name.
 */
export function cutInsideList(text: string, head: number): boolean {
  const clause = /[^，。；：！？\n]*$/.exec(text.slice(Math.max(0, head - 60), head))![0];
  if (!/(开展|实施|启动|部署|组织)[^、]*、/.test(clause)) return false;
  const last = tag(clause.slice(-8)).at(-1);
  return !!last && last.tag.startsWith('v') && !CARRYING.test(last.word);
}

/**
 * A quote that gives an example of a kind rather than a name: quotes before 等新举措 or 等相关…
 * (“林业碳票”“单株碳汇”等新举措: tools and fields, junk in the cctv22u annotation), and a quote
 * listed before 等 that is glued to a common noun (签注“全国通办”等4项措施, 消防“生命通道”等行动:
 * how that thing is done or a part of it, not a program). Not a place word (平原地区“煤改气”等工程:
 * where the program runs), nor a verb or a name before the quote (推出“某某”等计划, 浙江“某某”等经验).
 */
export function examplesOfKind(text: string, at: number, listed: string | undefined): boolean {
  if (!listed) return false;
  if (/^等(新|相关)/.test(listed)) return true;
  const last = tag(text.slice(Math.max(0, at - 6), at)).at(-1);
  return last?.tag === 'n' && !/(地区|区域|地方|城市|城镇|农村|乡村|地带|流域)$/.test(last.word);
}

/**
 * What follows a program word says it ends a name: a clause's end, a conjunction, 计划/方案. 计划 used
 * as a verb (万州计划引进…), 工程师, 行动起来 are no name; 项目 is never a verb. A works or an action
 * named as it starts (某某工程启动), as it is planned (某某行动将在30个城市落地), as its progress is
 * reported (某某三年行动进展情况) or as it is carried out somewhere (某某提升行动在全国深入实施).
 */
export function endsName(after: string, word: string): boolean {
  if (word.endsWith('项目') || /^($|[，。、；：”）),.;:\s和与及等的]|计划|方案)/.test(after))
    return true;
  // 部署某某行动计划实施工作 (recall44): after a plan's full name, 实施 is its carrying out.
  if (/行动(计划|方案)$/.test(word) && /^实施(工作|情况|进展|以来|中|[，。])/.test(after))
    return true;
  if (!/(工程|行动)$/.test(word)) return false;
  return (
    // 介绍某某专项行动有关情况 (recall34): a briefing on the action, the name ends before it.
    /^((正式|全面)?启动|将在|将于|进展|(有关|相关)情况)/.test(after) ||
    // 要将实施某某提升行动作为…的抓手 (blocal-l): 将…作为 makes the action what it serves as.
    /^作为/.test(after) ||
    // pjunk62: 以实施某某建设行动为抓手 (prog62-a): 以…为抓手 says the same of the action.
    AS_LEVER.test(after) ||
    /^在(全国|全省|全市|全区|各地)(深入|全面|广泛|加快|持续)?(实施|推进|开展|铺开)/.test(after)
  );
}

/** 以…为抓手: what a clause takes as its lever (also carried-out.ts, after a verb of carrying out). */
export const AS_LEVER = /^为(抓手|牵引|主线|突破口|载体)/;

const COUNT_WORD: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };
/**
 * “美丽某某”“美丽某乡”两个建设实施方案: a count right after a run of quotes that is the number of
 * the quotes says each quote names one of them (junk glued whole in cctv25r, whose strategies
 * count both plans); what follows the count is their shared program word.
 */
export function afterCount(after: string, quotes: number): string | undefined {
  const m = /^([两二三四五六])[个项条]/.exec(after);
  return m && COUNT_WORD[m[1]!] === quotes ? after.slice(2) : undefined;
}

/**
 * “推进铁路体制改革”“推动收费公路政策优化”等改革举措: a quoted task of a list of a kind opens with
 * the verb that carries it out; the program is what it carries out (recall38: cctv24z names
 * 铁路体制改革 and 收费公路政策优化). Not where too little would be left to name anything.
 */
const TASK_VERB = /^(?:深入实施|加快推进|加快建设|实施|推进|推动|深化)/;
export function quotedTask(inner: string): string {
  const verb = TASK_VERB.exec(inner)?.[0];
  return verb && inner.length - verb.length >= 4 ? inner.slice(verb.length) : inner;
}
