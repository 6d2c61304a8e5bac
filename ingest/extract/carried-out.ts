/**
 * Programs named as what is carried out, without quotes or a list: 实施市场多元化战略和以质取胜战略,
 * 坚持某某优先发展战略, 深入实施某某三年行动, 制定实施某某增收计划; and China's global initiatives
 * (全球发展倡议). The verb says a named thing follows; the name runs to the program word.
 */
import { isDevelopmentSupport } from './development-policies.ts';
import { gazetteer } from '../gazetteer/index.ts';
import { canonicalName } from '../text/normalize.ts';
import { programByForm, type Mention } from './mentions.ts';
import { describedKind } from './program-starts.ts';
import { listedCampaigns } from './listed-campaigns.ts';
import { issuedDocuments } from './issued-documents.ts';
import { AS_LEVER, EDITIONS } from './program-extent.ts';
import { campaignName, STUDIED, STUDIED_DEPTH } from './campaign-words.ts';
import { PHRASE_CLOSER } from '../text/function-words.ts';

const generic = new Set(gazetteer().lexicon.genericProgramNames);
/** Whose or what kind (中国方案), a rank or a sequence (最低计划, 后续建设计划), the genre (五年规划). */
export const NOT_WHICH =
  /^(\p{Script=Han}{1,2}方案|(最高|最低|后续|下一步|整体|总体)(建设)?计划|五年规划)$/u;
/** A character of a name carried out: no pause, quote, 的, 在, 等, nor a word joining two (和, 与, 及). */
const NAME_CHARS = '[^，。；：、“”《》\\s的和与及在等]';
// Not a strategic guideline (…战略方针): a principle, no program (the independent annotations).
const STRATEGY = new RegExp(
  `(?:实施|落实|贯彻|推进|推动|坚持)好?(${NAME_CHARS}{2,12}?战略)(?!方针)|全球\\p{Script=Han}{2}倡议`,
  'gu',
);
/** A second strategy joined to the first: 实施A战略和B战略. */
const JOINED = new RegExp(`^(?:和|、|以及|及)(${NAME_CHARS}{2,12}?战略)`, 'u');
/** prog57: 开展为期5个月的某某专项治理行动: how long it runs stands between the verb and the name. */
const ACTION = new RegExp(
  `(?:实施|落实|推进|推动|开展|启动|制定)(?:为期[0-9一二三四五六七八九十两半]+个?(?:月|年|天|周|季度)的)?(${NAME_CHARS}{3,18}?(?:行动计划|行动|工程|计划))`,
  'gu',
);
/**
 * 深入开展农业某某培优、某某提升、某某打造行动: three or four tasks of four characters listed with
 * one 行动 after them name one action carried out (prog55, blocal-f); two (实施某某计划、某某行动)
 * are as often two programs, and a task that ends in a program word is one of its own.
 */
const PARALLEL_TASKS =
  /(?:开展|实施|推进)(\p{Script=Han}{0,4}?(?:\p{Script=Han}{4}、){2,3}\p{Script=Han}{4}行动)(?=[，。；：！？\s])/gu;
/** A second program joined to one carried out: 实施“某某强芯”工程和核心软件攻关工程. */
const JOINED_ACTION = new RegExp(
  `(?:实施|推进|启动|开展)[^，。；：、]{2,20}?(?:行动|工程|计划)(?:和|以及|及)(${NAME_CHARS}{3,16}?(?:行动|工程|计划))`,
  'gu',
);
/**
 * 前不久，全国某某保护行动正式启动: a clause that opens with the name and says it is launched names
 * the program (its start is the clause's).
 */
const LAUNCHED = new RegExp(
  `(?<=^|[，。；：！？\\s])(${NAME_CHARS}{4,20}?(?:行动|工程|计划|试点))(?:已|已经)?(?:正式)?启动(?!仪式|会)`,
  'gu',
);
/**
 * A named pilot carried out or counted: 推进某某规模化应用试点, 进行外商独资医院试点, 9个服务业扩大开放
 * 试点, 深化A和B融合发展试点(工作). Two fields may be joined (和/与) inside the name. The last item
 * of a list a verb launches (推出某某基金、商业不动产某某试点) is carried out by that verb too, not
 * the last of short tasks that share the pilot (研发、制造、推广、应用一体化试点). recall35: a pilot a
 * meeting studies (会议研究某某综合改革试点工作: cctv25r lists it), 高等 inside its name (等 is no list
 * there: 高等教育). prog57: a pilot completed (完成某某改革试点), its tasks (实施某某试点任务), its
 * widening (推进某某试点扩面提质) and what follows it (开展某某试点后，…) name it as well (cctv22u,
 * 24y, 25w, prog52-a list them).
 */
const PILOT =
  /(?:推进|推动|推行|深化|开展|展开|扩大|进行|参与|实施|启动|完成|调研|研究|新增|推出|抓好|[0-9一二三四五六七八九十]+个|(?<=(?:推出|开展|启动|新增)(?:[^，。；：]*、)?[^，。；：、]{4,24})、)((?:高等|[^，。；：、“”《》\s的在等]){4,22}?试点)(?=工作|任务|扩面|扩围|后[，。；]|城市|地区|县|范围|[，。；：、！？）)\s等]|$)/gu;
/**
 * prog57: 开展农机研发、制造、推广、应用一体化试点: the short steps a pilot joins (two characters each
 * after the field's first) are one name up to 试点 (prog50-a lists it whole); PILOT stops at 、.
 */
const STEPS_PILOT =
  /(?:推进|推动|开展|实施|启动)(\p{Script=Han}{2,6}(?:、\p{Script=Han}{2}){1,4}\p{Script=Han}{0,6}?试点)(?=工作|[，。；：！？\s]|$)/gu;
/**
 * recall34: a pilot that grows (某某试点城市扩大到36个, 将某某试点地区由13个扩大到18个, 某某试点开始
 * 实施) is named as the clause's subject: from the clause's start or 将 to 试点.
 */
const PILOT_GROWS =
  /(?:^|[，。；：！？\s]|将)(?!将)([^，。；：、“”《》\s的在等]{4,22}?试点)(?:城市|地区|县|范围)?(?:由[^，。；]{1,12}?)?(?:扩大到|扩大至|扩围至|开始实施|正式实施)/gu;
/**
 * 推出财政金融协同促内需一揽子政策: a package of policies named by its purpose is one program (not
 * 一揽子增量政策 of the gazetteer, nor 推出一揽子…: no purpose printed).
 */
const PACKAGE = new RegExp(
  `(?:推出|出台|实施|落实|制定|推动)好?(${NAME_CHARS}{3,14}?一揽子(?:政策措施|政策|措施))`,
  'gu',
);
/**
 * 延续实施国家助学贷款免息及本金延期偿还政策, 继续实施玉米、大豆差异化补贴政策: a policy continued is
 * one already named, by what it does; its name may join measures (及, 、). A policy issued or carried
 * out (出台某产业专项支持政策, 落实就业创业扶持政策) is as often a kind of support as a name, so only
 * 延续/继续 name one. Not a manner (继续实施积极的财政政策: 的 ends the search), a kind (相关政策) or a
 * count (七项…政策).
 */
const POLICY =
  /(?:延续实施|继续实施|继续执行|延续执行|延续)好?([^，。；：“”《》\s的和与在等]{6,24}?政策)(?=[，。；：！？）)\s等]|$)/gu;
/**
 * recall40: a policy issued or carried out whose name runs eight characters or more (制定鼓励外资企业
 * 境内再投资政策, 落实好创业担保贷款及贴息政策, 出台残疾人辅助器具适配补贴政策) says what it does and
 * is named; shorter ones (落实就业创业扶持政策) are kinds of support. On the development sets this
 * reads ten policies, nine of them listed as strategies (cctv22u, 22x, 23y, 24y, 24z, 25r, 25w);
 * the tenth opened with a year (明年…政策), which is no name. prog56: a policy 落实、落细 (carried out
 * in full and in detail) is as named.
 */
const ISSUED_POLICY =
  /(?:指导落实|落实(?:、?落细)?|制定|出台|推出|实施)好?([^，。；：“”《》\s的和与在等]{8,24}?政策)(?=[，。；：！？）)\s等]|$)/gu;
const WHEN = /^(?:今年|明年|去年|当年|本年|年内)/;
const POLICY_KIND =
  /^(?:更加|更|积极|稳健|适度|宽松|相关|有关|支持|优惠|惠企|各|多|这|该|一|新|现行|既定|上述|阶段性|差异化|[0-9一二三四五六七八九十两几]+[项条个])/;
/**
 * A party education campaign (党纪学习教育, 深入贯彻中央八项规定精神学习教育, 学习贯彻…思想主题教育):
 * named by what is studied, so its name runs from the last verb of carrying out (开展, 巩固…) or
 * the clause's start, and may itself open with a verb (深入贯彻). Only names ending in what a
 * campaign studies (党史, 党纪, 精神, 思想, 规定…): 开展安全学习教育 is a kind of training.
 */
const CAMPAIGN = new RegExp(
  `(?:^|[，。；：、！？\\s“]|(?:开展|进行|推进)的)(${campaignName(`(?:${STUDIED.join('|')})`, STUDIED_DEPTH)})`,
  'gu',
);
/** A party campaign named by its kind alone after the verb of carrying it out (抓好主题教育). */
const BARE_CAMPAIGN =
  /(?:开展|推进|推动|巩固|拓展|深化|抓好|抓实|做好|搞好|用好|结合|参加|参与|部署|启动)好?主题教育(?=[，。；：、！？）\s的和与及等为]|成果|$)/gu;
/** The verbs a campaign's own name opens with (深入贯彻…精神学习教育, 学习贯彻…思想主题教育). */
const CAMPAIGN_OPENING = /(?:深入学习贯彻|深入贯彻|学习贯彻)/;
/**
 * 统筹推进财税体制改革, 深化外贸体制改革, 深化资本市场投融资综合改革: a reform of one field's system
 * carried out is named by that field (the independent annotations list 财税/外贸/铁路/审计管理/电力
 * 体制改革 as strategies). The whole economy's or state's system (经济体制改革, 行政体制改革) is a
 * general stance, no named reform; so is the world's system (全球经济治理体系改革, WORLD_SYSTEM: a
 * stance, not a program carried out). recall34: a field's 制度, 评价 or 征管 reform too
 * (推进院士制度改革, 深化科技评价改革, 深化税收征管改革; cctv22m, 22x, 24y, 25w list them); not a
 * 体制机制改革 (人才发展体制机制改革: the seeds' gold lists none, though cctv25r and 24z do). prog41,
 * prog42: a field's 体系 reform too (深化综合交通运输体系改革), never the world's (WORLD_SYSTEM); a
 * quote does not end the name (a session's title in quotes is no reform carried out, programs40).
 * recall35: the party's own
 * building (深化党的建设制度改革: 的 inside the name) and a reform a clause takes as its lever (以深化
 * 机关党建制度改革为抓手: 为 after it; cctv25r lists both). lstrat48: a field's way of paying
 * (深化医保支付方式改革, the National Healthcare Security Administration's DRG/DIP reform of 2021).
 */
const REFORM = new RegExp(
  `(?:统筹推进|深入推进|加快推进|深化|推进|推动|加快)好?((?:党的)?${NAME_CHARS}{2,10}?(?:体制|体系|制度|综合|监管|一体化|评价|征管|支付方式|付费方式)改革)(?=[，。；：！？）)\\s的和与及等为]|$)`,
  'gu',
);
const BROAD_REFORM = /^(经济|政治|行政|文化|社会|管理|相关|有关|各项|配套)+(体制|综合|制度)改革$/;
/** 推进全球治理体系改革, 国际金融体系改革: the world's system to reform is a stance, not a program. */
const WORLD_SYSTEM = /^(全球|国际|世界|多边)|治理体系改革$/;
/** What stands before the name in the match: the last verb of carrying it out and the 好 after
 * it (组织开展好…学习教育), or 在/对/结合 (对于推动…学习教育常态化, 切实履行…学习教育工作主体责任:
 * 推动 and 履行 too; 办好…学习教育读书班; 把握 is one verb, 准确把握…学习教育的目标 keeps no 握),
 * or 关于 (学习贯彻总书记关于…学习教育的重要指示: the instructions are about the campaign), or
 * 把/将 that put the campaign before its verb (必须把…学习教育融入日常). */
const CARRYING_OUT =
  /^.*(?:开展|推进|推动|履行|巩固|深化|拓展|用好|抓好|做好|办好|搞好|参加|参与|启动|部署|总结|实施|组织|结合|关于|在|对|把握|掌握|把|将)好?/;
/** Verbs inside the match: the name is what follows the last one (扩大, 深化 may be in it). */
/** 131个城市开始某某试点: 开始 (begin) carries the pilot out too. */
const INNER_VERB = /^.*(?:推进|推动|开展|展开|进行|参与|实施|启动|开始)/;
/** 综合改革试点, 相关技术试点: words of a kind of pilot, no name of one. */
const GENERIC_PILOT =
  /^(?:综合|改革|创新|示范|相关|技术|应用|先行|国家级|省级|首批|全国|全面|整体|配套|专项|各类|各项|多项|一批|有关|业务|工作)+试点$/;
/**
 * What ends a name: a pause, a conjunction, 以来 (since it was launched) or the end of the text
 * (not 工程师, 计划书…).
 */
const NAME_END = /^($|[，。；：、！？）)\s的和与及等]|以来)/;
/** A kind or a count of programs, not one: 一批重大工程, 各项行动, 专项行动. */
const KIND =
  /^(一批|新一批|一系列|一些|各项|各类|多项|系列|相关|有关|专项|重点|重大|这些|此类|该|本)/;
/**
 * More verbs before the name (制定实施, 贯彻落实, 深入实施, 制定印发; 标志着 what a start marks), or a time the clause opens
 * with (自1月中旬某某行动启动以来, 自2016年某某试点启动以来): not part of it. Cut here, the year no
 * longer reaches the program rules: none of the 1,556 sentences of the open transcripts with
 * 自/从/于 and a year gives a program glued to it (program-descriptions.ts dropped its own check).
 */
const LEADING_VERBS =
  /^(?:标志着|意味着|实施|落实|贯彻|推进|推动|开展|启动|制定|印发|出台|深入|深化|加快|全面|持续|组织|进一步|了|好|自?[0-9]+月(?:[上中下]旬|初|底|末|[0-9]+日)|(?:自|从)[0-9]{4}年(?:[0-9]+月)?)+/;

/**
 * 开展贯彻落实某某审查制度专项行动: an action whose object is a system, a regulation or a law is
 * named with the verb of carrying that out (the independent annotations print 贯彻落实…专项行动
 * whole: prog55, cctv29a); elsewhere the leading verbs are the clause's.
 */
function keptVerb(matched: string, name: string): string {
  const verb = /^(贯彻落实|贯彻执行)/.exec(matched)?.[1];
  return verb &&
    matched === verb + name &&
    /^\p{Script=Han}{2,12}(制度|条例|法)专项行动$/u.test(name)
    ? verb + name
    : name;
}

export function carriedOutPrograms(text: string): Mention[] {
  const out: Mention[] = [...listedCampaigns(text), ...issuedDocuments(text)];
  const push = (name: string, start: number, kind: string) => {
    const p = asProgram(name, start, kind);
    if (p) out.push(p);
  };
  if (text.includes('战略') || text.includes('倡议'))
    for (const m of text.matchAll(STRATEGY)) {
      const name = (m[1] ?? m[0]).replace(LEADING_VERBS, '');
      const start = m.index + m[0].length - name.length;
      // 在实施某某战略上抢新机: 在…上 frames the strategy carried out; 上 modifies nothing there
      // (在落实国家重大发展战略上: a kind of strategies, no name).
      const framed =
        text[start + name.length] === '上' &&
        !/^(国家)?重大/.test(name) &&
        /在\p{Script=Han}{0,4}$/u.test(text.slice(Math.max(0, m.index - 5), m.index));
      if (m[1] && !framed && attributive(text, start + name.length)) continue;
      push(name, start, name.endsWith('倡议') ? '倡议' : '战略');
      const end = start + name.length;
      const joined = m[1] ? JOINED.exec(text.slice(end, end + 16)) : null;
      if (joined && !attributive(text, end + joined[0].length))
        push(joined[1]!, end + joined[0].length - joined[1]!.length, '战略');
    }
  for (const m of text.matchAll(PARALLEL_TASKS))
    if (!/(?:计划|工程|行动|补贴|政策)、/.test(m[1]!))
      push(m[1]!, m.index + m[0].length - m[1]!.length, '行动');
  for (const m of text.matchAll(ACTION)) {
    // 实施4期某某行动计划: a count of editions is how often, not which (as programs.ts unquoted).
    const name = keptVerb(m[1]!, m[1]!.replace(LEADING_VERBS, '').replace(EDITIONS, ''));
    const start = m.index + m[0].length - name.length;
    // prog63: 以实施某某建设行动为抓手 — the lever ends the name too (unquoted, 建设 stops the start).
    const after = text.slice(start + name.length, start + name.length + 4);
    if (!NAME_END.test(after) && !AS_LEVER.test(after)) continue;
    // 计划 inside a name is the verb (制定全面计划应对…行动); 落实为具体行动: a kind by its name.
    if (KIND.test(name) || /计划./.test(name) || describedKind('', name)) continue;
    push(name, start, name.slice(-2));
  }
  for (const re of [JOINED_ACTION, LAUNCHED])
    for (const m of text.matchAll(re)) {
      const name = m[1]!.replace(LEADING_VERBS, '');
      const start = m.index + m[0].indexOf(m[1]!) + m[1]!.length - name.length;
      if (
        !NAME_END.test(text.slice(start + name.length, start + name.length + 2)) &&
        re === JOINED_ACTION
      )
        continue;
      if (
        KIND.test(name) ||
        /计划./.test(name) ||
        /^(今年|去年|明年|近日|日前|目前|今天)/.test(name) ||
        plansToLaunch(text, m, name)
      )
        continue;
      push(name, start, name.slice(-2));
    }
  if (text.includes('政策'))
    for (const m of [...text.matchAll(POLICY), ...text.matchAll(ISSUED_POLICY)]) {
      const name = m[1]!.replace(LEADING_VERBS, '');
      const issued = !/^(延续|继续)/.test(m[0]);
      if (issued && (name.length < 8 || WHEN.test(name))) continue;
      if (isDevelopmentSupport(name)) continue;
      if (name.length >= 6 && !KIND.test(name) && !POLICY_KIND.test(name) && !/^、|、$/.test(name))
        push(name, m.index + m[0].length - name.length, '政策');
    }
  if (text.includes('一揽子'))
    for (const m of text.matchAll(PACKAGE)) {
      const name = m[1]!.replace(LEADING_VERBS, '');
      if (!KIND.test(name) && !/^[一这该]/.test(name))
        push(name, m.index + m[0].length - name.length, '政策');
    }
  if (text.includes('教育'))
    for (const m of text.matchAll(CAMPAIGN)) {
      const said = m[1]!.replace(CARRYING_OUT, '').replace(/^(?:在|全党|全体党员|各级)+/, '');
      // 要抓紧抓细深入贯彻…学习教育, 某市深入贯彻…学习教育: where the name opens with its own verb,
      // what stands before that verb is the clause's (a modal, a subject), not the name's.
      const opening = CAMPAIGN_OPENING.exec(said);
      // 充分展示党史学习教育以来…: the campaigns of Party history and discipline are named by that
      // alone; a verb before them (展示, 回顾) is the clause's.
      const fixed = /(党史|党纪)学习教育$/.exec(said)?.[0];
      const name = fixed ?? (opening && opening.index > 0 ? said.slice(opening.index) : said);
      push(name, m.index + m[0].length - name.length, '学习教育');
    }
  // 抓好主题教育, 结合主题教育: the campaign by its kind alone; across stories it is the one
  // campaign of that kind the corpus names in full (resolve/programs.ts).
  if (text.includes('主题教育'))
    for (const m of text.matchAll(BARE_CAMPAIGN))
      push('主题教育', m.index + m[0].length - 4, '学习教育');
  if (text.includes('改革'))
    for (const m of text.matchAll(REFORM)) {
      const name = m[1]!.replace(LEADING_VERBS, '');
      if (
        !KIND.test(name) &&
        !BROAD_REFORM.test(name) &&
        !WORLD_SYSTEM.test(name) &&
        name.length >= 6
      )
        push(name, m.index + m[0].length - name.length, '改革');
    }
  if (text.includes('试点'))
    for (const m of [
      ...text.matchAll(PILOT),
      ...text.matchAll(PILOT_GROWS),
      ...text.matchAll(STEPS_PILOT),
    ]) {
      const name = m[1]!
        .replace(INNER_VERB, '')
        .replace(LEADING_VERBS, '')
        .replace(/^[0-9一二三四五六七八九十]+个/, '')
        .replace(/^(首批|第[一二三四五六七八九十]+批)/, '');
      if (name.length < 6 || KIND.test(name) || GENERIC_PILOT.test(name)) continue;
      // 至某地全域试点 (where a pilot is extended), 更多…业务试点, 城市作为…试点: no name.
      // 由18个试点城市扩大到试点城市所在省份: a range of places, no name (PILOT_GROWS).
      if (/^(至|到|向|从|对|更多|更大|多个|一些|这些|试点)|作为|成为|扩大到|扩大至/.test(name))
        continue;
      push(name, m.index + m[0].indexOf(m[1]!) + m[1]!.length - name.length, '试点');
    }
  return out;
}

/** 战略导向, 战略合作关系: the program word modifies the noun after it. */
function attributive(text: string, end: number): boolean {
  return /^[\p{Script=Han}]/u.test(text[end] ?? '') && !PHRASE_CLOSER.test(text[end]!);
}

function asProgram(name: string, start: number, kind: string): Mention | undefined {
  const label = canonicalName(name);
  if (generic.has(label) || NOT_WHICH.test(label) || label.length < 3) return undefined;
  return programByForm(name, name, start, kind, label);
}

/**
 * 某某机场计划启动10条国际航线: 计划 before 启动 and its object (a count, a noun) is the verb "plans
 * to launch", the subject a facility or a body, not a plan launched (某某计划正式启动。 is one).
 */
function plansToLaunch(text: string, m: RegExpMatchArray, name: string): boolean {
  const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 1);
  // 计划启动了, 计划启动以来, 计划启动后, 计划启动的: an aspect particle, a time after it or 的
  // makes 启动 the plan's own launch, no object of "plans to".
  return name.endsWith('计划') && /[0-9\p{Script=Han}]/u.test(after) && !/[了以后的]/.test(after);
}
