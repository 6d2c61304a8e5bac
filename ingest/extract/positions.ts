/**
 * Position mentions: every place a story names a job or an office (总裁, 记者, 营销总监, 新闻发言人),
 * with or without a person beside it, as the title printed. This is the position class of public
 * NER sets (CLUENER2020: "职位"), which both benches score; the facts (posts held, roles of
 * people) come from people.ts and posts.ts.
 *
 * A mention is a role word or an occupation ending where a word of the text ends, taken together
 * with the grades and business functions printed in front of it (常务副院长, 高级策划经理,
 * 代理律师). Not positions: who someone is to a place or a product (村民, 网友, 游客:
 * community-roles.txt) and a bare 代表, which is mostly the verb (我代表…, 代表了…).
 */
import { gazetteer } from '../gazetteer/index.ts';
import { tokenBounds } from '../text/segmenter.ts';
import { literalMatcher } from './mentions.ts';

export interface PositionMention {
  word: string;
  start: number;
  end: number;
}

const g = gazetteer();
/**
 * No position when printed alone: mostly verbs (我代表…, 代表了…; 审核通过, 采写: credit roles
 * in bylines), and 成员, a member of a body (欧盟成员国, 协会成员) rather than a job.
 */
const NOT_ALONE = new Set(['代表', '审核', '校对', '采写', '成员']);
/**
 * Honours, ranks of nobility and a player's line: they introduce a name (奥运冠军某某, 国画大师某某,
 * 某某公爵, 中场某某), as do a player's age or fame (小将某某, 老将某某: occupations.txt), but are no
 * job (CLUENER train: 冠军 50 times predicted, never labelled).
 */
const NO_JOB = new Set([
  '冠军',
  '大师',
  '射手',
  '中场',
  '公爵',
  '伯爵',
  '男爵',
  '勋爵',
  '小将',
  '老将',
  '名将',
  '新秀',
]);
/** Credits read only with a label (一审, 终审, 作者) are no job: in running text court rulings. */
const LABELLED_ONLY = new Set(g.lexicon.labelledOnlyRoles);
const CREDIT_WORDS = Object.entries(g.lexicon.bylineRoles)
  .filter(([, role]) => !LABELLED_ONLY.has(role))
  .map(([word]) => word);
const WORDS = [...g.roleWords, ...CREDIT_WORDS].filter(
  (w) => !g.communityRoles.has(w) && !NOT_ALONE.has(w) && !NO_JOB.has(w),
);
const match = literalMatcher(WORDS);
/** Longest first: 零售业务 before 业务. */
const MODIFIERS = [...new Set(g.positionModifiers)].sort((a, b) => b.length - a.length);
/** At most this many modifiers in front (高级 策划 经理; 项目 营销 总监). */
const MAX_MODIFIERS = 3;
/** 委员会, 代表团, 书记处, 专家组: the role word runs on into an organisation's name. */
const RUNS_ON = /^[会团处组]/;

export function findPositionMentions(text: string): PositionMention[] {
  const { starts, ends } = tokenBounds(text);
  const out: PositionMention[] = [];
  for (const { surface, start: wordStart } of match(text)) {
    const end = wordStart + surface.length;
    // A word cut out of a longer one (主任务, 代表性, 学生会) is no role.
    if (!ends.has(end) || RUNS_ON.test(text.slice(end, end + 1))) continue;
    let start = wordStart;
    for (let n = 0; n < MAX_MODIFIERS; n++) {
      const m = MODIFIERS.find((w) => text.startsWith(w, start - w.length));
      // The modifier must start a word of its own (not 总 of 公司总|经理 read inside 司总).
      if (!m || !starts.has(start - m.length)) break;
      start -= m.length;
    }
    out.push({ word: text.slice(start, end), start, end });
  }
  return out;
}
