/**
 * prog46 (issue 13): local campaigns a county names by their count, in quotation marks, read by
 * their form — “三个一批” (a batch planned, a batch begun, a batch finished), “五清一改” (clean
 * five things, change one), “三区”建设, a mayor's “三本账”制度, a package of “…十条举措”, quoted
 * one-character tasks of a special action (“深、重、促”专项行动) — and a year a county declares a
 * campaign (营商环境突破年活动). The suffix and quote rules of programs.ts need a program word
 * right after a name of four or more characters; these names are shorter or end otherwise.
 * Party formulas of the same shape (“两个确立”, “四个意识”, “一国两制”) say no campaign word after
 * them and stay out.
 */
import { programByForm as mention, type Mention } from './mentions.ts';
import { afterLastVerb, programNameStart } from './program-extent.ts';
import { quotedTerms } from './quoted-terms.ts';
import { PUSH } from './theme-years.ts';

const N = '[一二三四五六七八九十两]';
/** The longest form read, a package of measures (“…十条举措”), runs to twenty characters. */
const LONGEST = 20;
/**
 * “三个一批”, “四个一批”: a batch-by-batch campaign (projects planned, begun, finished…); not
 * “四个一流” (four first-class aims a county benchmarks itself against: blocal-h, a target).
 */
const BATCHES = new RegExp(`^${N}个一批$`, 'u');
/**
 * “五清一改”, “三清三拆”: counted tasks of a clean-up; not a manner of places (“五位一体”) nor one
 * act and its effects (“一喷三防”, a crop spraying; “一河一策”, a method: junk in cctv25q, prog44-a),
 * nor a number (lstrat58: “二十四字”, twenty-four characters of a province's way of working).
 */
const COUNTED_TASKS = new RegExp(
  `^(?!一)${N}(?![位十百千万])\\p{Script=Han}${N}\\p{Script=Han}$`,
  'u',
);
/** lstrat58: not a way of working (“二十四字”工作思路, “…”工作要求: an approach stated, no campaign). */
const TASKS_AFTER = /^(工作(?!思路|要求|方针|理念)|行动|活动|工程|建设|整治|专项整治|攻坚)/;
/** “三区”, “两带”: a short count that names what a county builds or keeps (not “十四五”, nor a
 * figure of one, “一张网”, “一张图”: a network or a map). */
const SHORT_COUNT = new RegExp(
  `^(?![一二三四五六七八九十]+五$)(?!一)[双${N.slice(1, -1)}]\\p{Script=Han}{1,2}$`,
  'u',
);
const CARRYING = /(推进|加快|实施|深化|推动|开展|抓好|加强|落实|完善|坚持)[^，。；：,;]{0,12}$/;
/** “深、重、促”专项行动: one character per task, the action named by them together. */
const ONE_CHARACTER_TASKS = /^\p{Script=Han}(、\p{Script=Han}){1,4}$/u;
const PACKAGE = /^\p{Script=Han}{2,16}?([0-9]{1,3}|[一二三四五六七八九十百两]{1,3})条(举措|措施)$/u;

export function countedCampaigns(text: string): Mention[] {
  return [...countedQuotes(text), ...countedActs(text), ...campaignYearActivities(text)];
}

/**
 * lstrat58: “三深化、三提升”, “两整治、三提升”: counted acts listed in one pair of quotes (a count, then a
 * verb of two characters: deepen three things, raise three) name a county's campaign where a meeting
 * mobilises it (…暨重项工作动员会), a word of work follows or a verb carries it out. A counted list of
 * Party formulas (“四个意识”, “四个自信”) counts with 个, printed in quotes of its own.
 */
const COUNTED_ACT = `${N}(?![个大位十百千万])\\p{Script=Han}{2}`;
const COUNTED_ACTS = new RegExp(`^${COUNTED_ACT}(?:、${COUNTED_ACT}){1,3}$`, 'u');
const MOBILISED = /^[^。；！？]{0,24}?(?:动员会|动员大会|推进会|推进大会|部署会|誓师大会)/u;
const ACTS_AFTER = /^(工作|活动|行动|专项行动|攻坚)/;
function countedActs(text: string): Mention[] {
  const out: Mention[] = [];
  for (const { inner, quoted, at, end } of quotedTerms(text, 16)) {
    if (!COUNTED_ACTS.test(inner)) continue;
    const after = text.slice(end, end + 30);
    const carried = CARRYING.test(text.slice(Math.max(0, at - 4), at));
    if (MOBILISED.test(after) || ACTS_AFTER.test(after) || carried)
      out.push(mention(inner, quoted, at, 'campaign'));
  }
  return out;
}

function countedQuotes(text: string): Mention[] {
  const out: Mention[] = [];
  for (const { inner, quoted, at, end } of quotedTerms(text, LONGEST)) {
    const after = text.slice(end, end + 6);
    if (BATCHES.test(inner)) out.push(mention(inner, quoted, at, 'campaign'));
    else if (COUNTED_TASKS.test(inner) && TASKS_AFTER.test(after))
      out.push(mention(inner, quoted, at, 'campaign'));
    else if (SHORT_COUNT.test(inner) && /^建设([，。；、,;和与及]|$)/.test(after)) {
      if (CARRYING.test(text.slice(Math.max(0, at - 16), at)))
        out.push(mention(`${inner}建设`, `${quoted}建设`, at, '建设'));
    } else if (SHORT_COUNT.test(inner) && after.startsWith('制度'))
      out.push(mention(`${inner}制度`, `${quoted}制度`, at, '制度'));
    else if (ONE_CHARACTER_TASKS.test(inner)) {
      const kind = /^(专项行动|行动)/.exec(after)?.[1];
      if (kind) out.push(mention(inner + kind, quoted + kind, at, kind));
    } else if (PACKAGE.test(inner)) out.push(mention(inner, quoted, at, 'measures'));
  }
  return out;
}

/**
 * 持续深化营商环境突破年活动, 开展项目建设攻坚年活动: a year declared for one push (突破年, 攻坚年,
 * 提升年) is a campaign; its 活动 is no event (an anniversary, 周年活动, is one and stays out;
 * not-programs.ts lets such a year past its events and occasions).
 */
const CAMPAIGN_YEAR = new RegExp(`(${PUSH})年(活动|行动)`, 'g');
function campaignYearActivities(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(CAMPAIGN_YEAR)) {
    const end = m.index + m[0].length;
    const start = programNameStart(text, m.index, 16);
    const name = afterLastVerb(text.slice(start, end));
    if (name.length - m[0].length < 2 || /[，。；、,;“”]/.test(name)) continue;
    out.push(mention(name, name, end - name.length, m[2]!));
  }
  return out;
}
