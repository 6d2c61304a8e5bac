/**
 * Programs named in quotes (“满天星”行动, “科学政务帮2.0”, “就在山城”“稳岗扩岗”工程): one quote
 * read with the words after it, quotes side by side sharing one program word, and a quoted name
 * printed bare once its program word has named it. Split from programs.ts, which gathers every
 * finder of programs.
 */
import { tag } from '../text/segmenter.ts';
import { escapeRegExp, type Mention } from './mentions.ts';
import { canonicalProgram } from './named-programs.ts';
import {
  afterCount,
  builtQuote,
  examplesOfKind,
  plannedVerb,
  quotedTask,
} from './program-extent.ts';
import { program, suffixEnding, suffixes } from './program-mention.ts';
import { periodPlan } from './period-plans.ts';
import { isCountedSlogan } from './slogan-lists.ts';
import { JOINS_ON, oneOf, PHRASE_CLOSER, PHRASE_CLOSERS } from '../text/function-words.ts';

const QUOTED = /[“"‘「]([^“”"‘’「」\n]{1,20})[”"’」]([\p{Script=Han}A-Za-z0-9.+]{0,12})/gu;

/** A quoted name printed once with a program word after it (“科学政务帮”改革) is a program where it
 * stands alone in quotes too (“科学政务帮”专员). */
export function bareQuoted(text: string, named: Mention[]): Mention[] {
  const inners = new Set(
    named
      .map((m) => /^[“"‘「]([^”"’」]+)[”"’」]./.exec(m.surface)?.[1])
      .filter((x): x is string => !!x),
  );
  const out: Mention[] = [];
  for (const m of text.matchAll(/[“"‘「]([^“”"‘’「」\n]{2,12})[”"’」]/g)) {
    if (
      !inners.has(m[1]!) ||
      named.some((n) => n.start === m.index && n.end > m.index + m[0].length)
    )
      continue;
    const p = program(m[1]!, m[0], m.index, 'name');
    if (p) out.push(p);
  }
  return out;
}

export function quoted(text: string): Mention[] {
  const runs = quoteRuns(text);
  const out = [...runs.mentions];
  for (const m of text.matchAll(QUOTED)) {
    if (runs.covered.some(([a, b]) => m.index >= a && m.index < b)) continue;
    const p = quotedProgram(text, m);
    if (p) out.push(p);
  }
  for (const m of text.matchAll(LONG_CAMPAIGN)) {
    const p = program(m[1]! + m[2]!, m[0], m.index, '行动');
    if (p) out.push(p);
  }
  return out;
}

/**
 * prog57: “清朗·优化某某网络环境——整治某某乱象”专项行动: a campaign's quoted name runs past the 20
 * characters QUOTED reads when it carries its series and its target (cctv24y lists one); before
 * 专项行动 or 专项整治 such a quote is the campaign's name, 21 to 40 characters, no clause inside.
 */
const LONG_CAMPAIGN = /[“"]([^“”"‘’「」，。；\n]{21,40})[”"](专项行动|专项整治)/g;

/** “渝车出海”等计划, “四自一简”等24项制度创新: the quoted name is one of a kind of programs. */
const LISTED_KIND =
  /^等(?:[0-9一二三四五六七八九十两几多]+[项个条])?(?:(?![是为将被把])\p{Script=Han}){0,8}?(计划|工程|行动|政策|措施|举措|改革|制度创新|试点)/u;
/** “某某”复产方案; a document's plan (“某某”实施方案) is named in its title. */
const AD_HOC_PLAN = /^(?!\p{Script=Han}{0,2}(实施|工作|行动|总体)方案)\p{Script=Han}{0,4}方案/u;
const ADVOCATED = /(倡导|提倡|号召|呼吁|倡议)$/;
const FIRMS = /(公司|企业|集团|平台)的$/;
const THEATRE = /(陆地|陆上|海上|空中|地面)的?$/;
const EDITION = /(第[0-9一二三四五六七八九十百]+|首|本|上|下)(届|批)$/;
/** “某某”议题: a quote before 议题/话题 is a topic put to a meeting, not a program carried out;
 * “某某船队”活动人士: activists of a named group (blind cctv36a), people, not an activity. */
const EVENT_AFTER =
  /^(分?论坛|峰会|大会|研讨会|座谈会|会议|主题|议题|话题|展览|大赛|成立大会|活动人士|活动家)/;
/** A quoted directive (“深入实施创新驱动发展战略”要求) cites an order, not a program's name. */
const DIRECTIVE = /^(深入实施|实施|落实|贯彻|加快建设|加快推进|坚持|推动|推进|深化)/;

/** The text starts with a gazetteer name of four or more characters. */
function startsWithNamed(after: string): boolean {
  for (let n = after.length; n >= 4; n--) if (canonicalProgram.has(after.slice(0, n))) return true;
  return false;
}

function quotedProgram(text: string, m: RegExpMatchArray): Mention | undefined {
  const inner = m[1]!;
  const at = m.index!;
  const quote = m[0].slice(0, inner.length + 2);
  // “即买即退”离境退税政策: a quoted measure of a named policy is that policy (found by named());
  // 共建“一带一路”机制: the strategy's working mechanism is the strategy (named() finds it).
  const mechanism = canonicalProgram.has(inner) && /^(机制|体制)/.test(m[2]!);
  if (startsWithNamed(m[2]!) || mechanism) return undefined;
  // prog57: 拓展和深化“两个联系”制度机制: the institutions and mechanisms of a quoted principle are
  // how a body works, not a program it carries out (mechanisms are junk to cctv29a's annotator).
  if (/^(?:制度机制|体制机制)/.test(m[2]!)) return undefined;
  // 南极冰盖“环”国际合作计划: one quoted character names nothing alone; the Han text glued before
  // the quote is the name's head, which this quote cannot see (开展“净”行动: a verb, no head).
  if (
    [...inner].length === 1 &&
    /^n/.test(tag(text.slice(Math.max(0, at - 6), at)).at(-1)?.tag ?? '')
  )
    return undefined;
  const listed = LISTED_KIND.exec(text.slice(at + quote.length, at + quote.length + 20));
  // “敬老爱老”等公益行动: a kind of good works, not one named action.
  if (listed && /(公益|志愿|志愿服务|文明|主题)行动$/.test(listed[0])) return undefined;
  if (examplesOfKind(text, at, listed?.[0])) return undefined;
  // “安居补贴”“创业扶持”等政策: a kind of support, not the name of a policy.
  if (listed && /(补贴|扶持|支持|奖励|优惠|补助)$/.test(inner)) return undefined;
  // “密植+水肥调控”等增产措施: a technique, one of a kind of measures for a yield or a task.
  if (listed && /(增产|增收|节水|节能|减灾|农艺|技术|栽培|管理)(措施|举措)$/.test(listed[0]))
    return undefined;
  // “查封、扣押、冻结”等强制性措施: acts listed as kinds of a measure (each a verb), no program.
  if (listed && /(措施|举措)$/.test(listed[0]) && listOfVerbs(inner)) return undefined;
  if (listed) return program(quotedTask(inner), quote, at, listed[1]!);
  // 从基础设施“硬联通”到规则机制“软联通”: 到 after a quote runs a range, no program word follows.
  if (DIRECTIVE.test(inner) || m[2]!.startsWith('到')) return undefined;
  // “抗旱情、抢农时、保春播”行动: parallel short tasks named together, the program word right after.
  // 常态化开展“进工地、到一线、解难题”活动: carried out without end (持续, 常态化), such tasks name a
  // campaign's 活动 too (prog46-l); an activity merely 开展 once may be an event (“迎新春、送温暖”).
  const carried =
    /(持续|常态化|深入|扎实)开展好?$/.test(text.slice(Math.max(0, at - 6), at)) ||
    standingActivity(text, quote);
  // prog55: such tasks name a strategy (“工业立县、人才兴某”战略, as 藏粮于地、藏粮于技) and a
  // contest units run for them (“项目立区、创新引领”夺旗竞赛, scored each quarter: blocal-f).
  // lstrat58: “魏文化、水文章、强项目、美城乡”发展战略: a county's strategy of four tasks keeps its
  // 发展 (as “工业强县、工业兴县”发展战略 does in slogan-campaigns.ts).
  const tasks = (
    carried ? /^(行动|工程|计划|活动)/ : /^(行动|工程|计划|(?:发展)?战略|(?:夺旗|劳动)?竞赛)/
  ).exec(m[2]!);
  const word = tasks?.[1] === '发展战略' ? '发展战略' : tasks?.[1]!.slice(-2);
  const strategyNoun =
    word?.endsWith('战略') && attributive(text, at + quote.length + tasks![1]!.length, '战略');
  if (tasks && !strategyNoun && /^\p{Script=Han}{2,4}(、\p{Script=Han}{2,4}){1,3}$/u.test(inner))
    return program(inner + word!, quote + tasks[1], at, word!.slice(-2));
  // prog57: “交地、交房即交证”改革, “人事、用工、分配”三项制度改革: the steps or systems a reform
  // joins, quoted as a list, name that reform (cctv22u and prog57-a list them; a list before any
  // other word is no name, below).
  const reform = /^(?:[一二三四五六七八九十两]项制度)?改革/.exec(m[2]!)?.[0];
  if (reform && /^\p{Script=Han}{2,5}(、\p{Script=Han}{2,5}){1,3}$/u.test(inner))
    return program(inner + reform, quote + reform, at, '改革');
  // 全区“6+1”个年活动: a set of theme years run together is a county's campaign (prog55).
  if (/^个年活动/.test(m[2]!) && !/[、，,；;]/.test(inner))
    return program(inner + '个年活动', quote + '个年活动', at, '活动');
  // 倡导“某某行动”: a slogan; “某某”分论坛: an event's theme; 反“某某”机制: what it works against.
  const against = text[at - 1] === '反';
  if (ADVOCATED.test(text.slice(Math.max(0, at - 2), at)) || EVENT_AFTER.test(m[2]!) || against)
    return undefined;
  // pjunk61: 通过“宣讲+实践活动”等形式: a quote of the forms or ways work is done in is a manner;
  // 该公司的“某某”政策: a firm's own rule for its customers is no public programme (prog61-a).
  // 在某地区的陆地“某某”行动: an action in a theatre (on land, at sea, in the air) is a military
  // operation; 拥有…的“某某”平台: a platform a place or a firm owns is a facility it runs.
  const before = text.slice(Math.max(0, at - 24), at);
  if (/^等?(形式|方式)/.test(m[2]!) || FIRMS.test(before)) return undefined;
  if (/^行动/.test(m[2]!) && THEATRE.test(before)) return undefined;
  const owner = text.slice(Math.max(0, at - 40), at);
  if (/^平台/.test(m[2]!) && /拥有[^，。；：]*的$/.test(owner)) return undefined;
  // 第12届“某某”活动: an event held in editions; 第三批“某某团队”创建活动: a title awarded in batches.
  const edition = EDITION.exec(text.slice(Math.max(0, at - 6), at))?.[2];
  if (edition === '届' || (edition === '批' && /^(创建)?活动/.test(m[2]!))) return undefined;
  // “全国某某线上平台”上线: a platform quoted whole is a website or a facility, not a program
  // (a name with 平台 after the quote, “某某通”平台, is the platform's program).
  if (/平台$/.test(inner)) return undefined;
  // “菜单式”改造方案, “一对一”帮办机制, “量身定制”复产方案: a manner in quotes (…式, X对X, X连X)
  // and an ad-hoc plan, not a name.
  if (MANNER.test(inner) || (!suffixEnding(inner) && AD_HOC_PLAN.test(m[2]!))) return undefined;
  // “国、省联创”…试点: levels joined in one creation, a pilot of the state and the province (blocal-f).
  if (/^[国省市县](?:、[国省市县])+(?:联创|共创|同创)$/.test(inner)) {
    const pilot = /^\p{Script=Han}{2,10}?试点/u.exec(m[2]!)?.[0];
    return pilot ? program(inner + pilot, quote + pilot, at, '试点') : undefined;
  }
  // lstrat58: 构建“众创空间—孵化器—加速器”链条孵化体系: three or more stages joined by dashes are
  // a chain of facilities to build, no program's name.
  if (/^[^—－→]{2,6}(?:[—－→][^—－→]{2,6}){2,}$/u.test(inner)) return undefined;
  // lstrat59: 重点抓实“一城、一库、一桥、一路、一气”建设: three or more works counted one by one
  // (一 and the thing built) and built together are a county's programme of works.
  if (/^一\p{Script=Han}(?:、一\p{Script=Han}){2,}$/u.test(inner) && m[2]!.startsWith('建设'))
    return program(inner + '建设', quote + '建设', at, '建设');
  // “压力、最后通牒或时限限制下”, “在…中…”: a list or a clause in quotes is no name.
  if (/[、，,；;或的]/.test(inner) || /^(在|把|让|从|对于|由于)/.test(inner)) return undefined;
  // “十五五”海洋经济发展规划, 扩大消费“十五五”规划, “十五五”专项规划: the period's plans (period-plans.ts).
  const planned = periodPlan(text, at, quote, inner, m[2]!);
  if (planned !== undefined) return planned ?? undefined;
  // 一个“一站式”服务平台: a count or a demonstrative before the quote makes it a kind of thing.
  // 推出80多项“微改革”: a count before the quote makes it one of many of a kind, too; so does a
  // count before the nouns the quote ends (集聚14个国家级工业互联网“某某”平台: fourteen platforms).
  if (A_KIND_OF.test(text.slice(Math.max(0, at - 3), at)) || COUNTED.test(text.slice(0, at)))
    return undefined;
  if (countedNouns(text.slice(Math.max(0, at - 14), at))) return undefined;
  // “十五五”时期古文字工程: the period is when the program runs; the program is what follows.
  const period = /^(?:时期|期间)(\p{Script=Han}{3,})/u.exec(m[2]!);
  if (period && /^[一二三四五六七八九十]+五$/.test(inner)) {
    const rest = PERIOD_PROGRAM.exec(period[1]!)?.[0];
    const from = at + quote.length + 2;
    const end = from + (rest?.length ?? 0);
    const next = text[end] ?? '';
    if (!rest || rest.length < 4 || (/\p{Script=Han}/u.test(next) && !JOINS_ON.test(next)))
      return undefined;
    return program(rest, rest, from, suffixEnding(rest)!);
  }
  // prog57: 推进“互联网+护理”试点工作, 开展“原拆原建”试点: a quoted name and its pilot are one
  // program, the pilot (cctv22u, cctv25w list them; 试点 is no program word of the lexicon, so the
  // tail rules below never read it).
  // 全国首个“零碳”试点城市, 两批“某某”试点: a count or a batch makes it one of a kind of pilots.
  const counted = /(?:首|[0-9一二三四五六七八九十两几多]+)[个批项]$/.test(
    text.slice(Math.max(0, at - 4), at),
  );
  // “白名单”试点改革: a program word after 试点 names the program (the tail rules below read it).
  const pilotOnly = /^试点/.test(m[2]!) && !longestSuffixedPrefix(m[2]!);
  if (pilotOnly && [...inner].length >= 2 && !counted)
    return program(inner + '试点', quote + '试点', at, '试点');
  // 启动“电影+”消费综合试点工作: launched, a quoted name, the field of the pilot, then 试点 (cctv32a).
  const field = /^(\p{Script=Han}{2,4}?)试点/u.exec(m[2]!)?.[1];
  if (
    field &&
    !counted &&
    !longestSuffixedPrefix(m[2]!) && // “放管服”改革试点: the reform is the program
    !suffixEnding(field) &&
    !/(建设|改革|工程|行动|计划|创建)$/.test(field) && // “无废城市”建设试点: the building is
    [...inner].length >= 2 &&
    /(?:启动|开展|推进|实施|部署)$/.test(text.slice(Math.max(0, at - 2), at)) &&
    tag(field)[0]?.tag !== 'v' // a field (消费 as a noun), not a verb of what is done (提升)
  )
    return program(inner + field + '试点', quote + field + '试点', at, '试点');
  // prog57: 全面推行“扫码入企”，大力推进“高效办成一件事”。: a quote alone after a verb of rolling a
  // policy out names the reform or campaign rolled out (prog50-a, cctv25w, cctv24x list them).
  if (
    m[2] === '' &&
    /^[，。；]/.test(text[at + quote.length] ?? '') &&
    /(?:推行|大力推进|全面推进|全面实施|深入推进|加快推进)$/.test(
      text.slice(Math.max(0, at - 4), at),
    ) &&
    [...inner].length >= 3 &&
    !/[、，]/.test(inner)
  )
    return program(inner, quote, at, 'name');
  // 加快推进“一刻钟某某圈”建设, “蓝色某某”建设扎实推进: a quoted name of four or more characters
  // whose building is carried out is that program (a shorter quote, “双一流”, is in the gazetteer).
  if (builtQuote(text, at, inner, m[2]!))
    return program(inner + '建设', quote + '建设', at, '建设');
  // A quoted name that already ends like a program stands alone: “科学政务帮2.0”计划 -> 科学政务帮2.0.
  const tail = suffixEnding(inner) !== undefined ? undefined : suffixedTail(m[2]!);
  if (tail && attributive(text, at + quote.length + tail.length, tail)) return undefined;
  // “某某”机制成立大会: the quoted name is that of a body meeting, not of a program.
  if (tail && EVENT_AFTER.test(m[2]!.slice(tail.length))) return undefined;
  // “三攻坚一盘活”改革: 改革 says what kind of thing it is; the name is what is quoted
  // (a two-character name keeps it: 三变改革).
  if (tail === '改革') return program(inner.length < 3 ? inner + tail : inner, quote, at, '改革');
  const kind = tail ? suffixEnding(tail)! : suffixEnding(inner);
  if (!kind) return undefined;
  return program(tail ? inner + tail : inner, tail ? quote + tail : quote, at, kind);
}

/** What a period runs: a project, a plan or an action, not a strategy (重大战略任务) or 各项…. */
const PERIOD_PROGRAM = /^(?![各这该此本一])\p{Script=Han}{2,10}?(工程|计划|行动)/u;
/** 一个, 这种, 每座…: what follows is a kind of thing, not one named program. */
const A_KIND_OF = /(?:[一这那每某][个种类座套项家])$/;
const COUNTED = /[0-9两几十百千]多?[个项条]$/;
/** A manner in quotes: …式, 一对一, 点对点, 心连心, 手把手, 肩并肩 (one word either side). */
const MANNER = /式$|^(\p{Script=Han})[对连把并]\1$/u;
/** A count, then only nouns and their attributes up to the quote (no verb: 12个区县开展“…”行动). */
function countedNouns(before: string): boolean {
  const nouns = /[0-9两几十百千]多?[个项条家座]([\p{Script=Han}]{2,10})$/u.exec(before)?.[1];
  return !!nouns && tag(nouns).every((w) => /^(n|nz|ns|nt|b|a|an|j)$/.test(w.tag));
}
/**
 * “某某”规划建设9项重大工程, “某某”管道纳入国家规划: 规划 as a verb, a count or a verb of the
 * clause leaves no program word after the quote; so does 加快构建… (围绕“某某”加快构建…体系: the
 * quote is the object of 围绕; “某某”推进机制 stays a name). lstrat59: “双集中”发展谋篇布局 lays
 * out a course (谋篇布局, a verb), its 布局 is no layout named.
 */
const VERB_TAIL =
  /^(规划|计划)(建设|设计|布局|打造|实施|了)|^(加快|加速|着力)(构建|推动|推进|打造|建设)|[0-9一二三四五六七八九十百]+[项个条批座]|谋篇布局|采取|开展|进行|举行|召开|发起|推出|出台|制定|纳入|列入|作出|做出|达成|^(重要|主要|关键|有效|根本|必由)/;

/** Where a quote's tail ends: a phrase closer, or 由, 或, 从 opening a clause after it. */
const TAIL_END = oneOf(PHRASE_CLOSERS + '由或从');

function suffixedTail(after: string): string | undefined {
  // “某某”由政府搭建…平台: 由 opens a clause of who runs it, 或 an alternative, 从 a manner (从…上布局).
  const words = plannedVerb(after.split(TAIL_END)[0]!);
  if (VERB_TAIL.test(words)) return undefined;
  const tail = longestSuffixedPrefix(words);
  // “出海”计划表, 规划图, 工程师: the program word starts another noun.
  return tail && /^[表书单图师]/.test(words.slice(tail.length)) ? undefined : tail;
}

/** 战略导向, 战略合作关系: the suffix word modifies the noun after it (not 对接: docked with). */
function attributive(text: string, end: number, tail: string): boolean {
  return (
    /(战略|布局)$/.test(tail) &&
    /^[\p{Script=Han}]/u.test(text[end] ?? '') &&
    !PHRASE_CLOSER.test(text[end]!) &&
    // prog57: 推进“复兴丝绸之路”战略同共建“一带一路”倡议对接: 同 (with) joins another program.
    !(text[end] === '同' && text[end + 1] !== '盟') &&
    !(tail === '战略' && /^(有机|深入|深度|紧密|有效)?对接/.test(text.slice(end, end + 4))) &&
    // 把“工业强市”战略摆在更加突出的位置: a verb of placing it follows, no noun (lstrat48-l).
    // 将“某某立县、某某兴县”战略作为三大战略之一: 作为 (as) places it too (prog55).
    !/^(摆在|放在|摆到|放到|摆上|落地|落实|见效|作为)/.test(text.slice(end, end + 2))
  );
}

const QUOTED_AT = new RegExp(QUOTED.source, 'uy');
const RUN = /(?:[“"‘「][^“”"‘’「」\n]{1,20}[”"’」]){2,}/g;
const SUFFIX_START = new RegExp(`^(${suffixes.map(escapeRegExp).join('|')})`);

/**
 * Quoted names side by side: “就在山城”“稳岗扩岗”“渝创渝新”工程 are three 工程 (the suffix right
 * after the quotes is shared); “研究院+产业园区+基金”“专精特新”企业…生态体系 is one name.
 */
function quoteRuns(text: string): { mentions: Mention[]; covered: [number, number][] } {
  const mentions: Mention[] = [];
  const covered: [number, number][] = [];
  for (const m of text.matchAll(RUN)) {
    const end = m.index + m[0].length;
    const quotes = [...m[0].matchAll(/[“"‘「]([^“”"‘’「」\n]{1,20})[”"’」]/g)];
    const after = /^[\p{Script=Han}A-Za-z0-9.+]{0,16}/u.exec(text.slice(end, end + 16))![0];
    const rest = afterCount(after, quotes.length);
    // “两拆”“三清”“四化”专项行动: counted slogans side by side are so many campaigns sharing the
    // word of work after the last (slogan-lists.ts), never one name of all three.
    const counted = quotes.every((q) => isCountedSlogan(q[1]!)) && suffixedTail(after);
    const shared =
      rest === undefined ? SUFFIX_START.exec(after)?.[1] || counted : suffixedTail(rest);
    const found: Mention[] = [];
    // lstrat59: 精准落实“25+1”“12+3”管控措施: codes of figures side by side are measures of a
    // kind, not one name (run together, their figures make a code nobody printed), nor each a name.
    const codes = !shared && quotes.every((q) => /^[0-9+]+$/.test(q[1]!));
    if (shared) {
      for (const q of quotes) {
        const last = q.index! + q[0].length === m[0].length;
        const surface = last ? q[0] + after.slice(0, rest === undefined ? 0 : 2) + shared : q[0];
        const p = program(q[1]! + shared, surface, m.index + q.index!, shared);
        if (p) found.push(p);
      }
    } else if (LISTED_KIND.test(after)) {
      // “某某八条”“某某六条”等政策: each quote of the run is one of the kind, read as if alone.
      for (const q of quotes) {
        const at = m.index + q.index!;
        const alone = text.slice(0, at + q[0].length) + text.slice(end);
        QUOTED_AT.lastIndex = at;
        const p = quotedProgram(alone, QUOTED_AT.exec(alone)!);
        if (p) found.push(p);
      }
    } else if (!codes) {
      const tail = suffixedTail(after);
      const name = quotes.map((q) => q[1]).join('') + (tail ?? '');
      const p =
        tail && !attributive(text, end + tail.length, tail)
          ? program(name, m[0] + tail, m.index, suffixEnding(tail)!)
          : undefined;
      if (p) found.push(p);
    }
    if (found.length || codes) covered.push([m.index, end]);
    for (const f of found) mentions.push(f);
  }
  return { mentions, covered };
}

/** The longest start of `s` that ends with a program suffix (“33618”现代制造业集群体系…). */
function longestSuffixedPrefix(s: string): string | undefined {
  for (let n = s.length; n >= 2; n--) if (suffixEnding(s, n)) return s.slice(0, n);
  return undefined;
}

/**
 * lstrat61: 在“再学习、再调研、再落实”活动中…, 促进“…”活动取得实效: an activity the story returns
 * to, once as the frame work is done in (…活动中) or as what bears fruit (活动取得实效), is a
 * standing campaign, not a one-day event (“迎新春、送温暖”活动 is held once and told once).
 */
function standingActivity(text: string, quote: string): boolean {
  const times = text.split(quote + '活动').length - 1;
  return times >= 2 && new RegExp(`${escapeRegExp(quote)}活动(?:中|取得)`).test(text);
}

/** 查封、扣押、冻结: a quoted list whose every item jieba reads as one verb. */
function listOfVerbs(inner: string): boolean {
  const items = inner.split('、');
  return (
    items.length >= 2 &&
    items.every((w) => {
      const t = tag(w);
      return t.length === 1 && /^v/.test(t[0]!.tag) && t[0]!.tag !== 'vn';
    })
  );
}
