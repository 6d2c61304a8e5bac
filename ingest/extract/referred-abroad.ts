/**
 * 该国驻美国大使某某, 该组织领导人某某, 该研究中心主席某某: international news names a state or a body
 * once, then refers back to it with 该 + a noun before the next title. Left as printed the title
 * names no office (该国 is no state) and the person lost the post. The office is the title with the
 * state or body the story printed last before it; the title as readers quote it, without the
 * determiner (驻美国大使, 领导人, 研究中心主席), stays its alias. Domestic kinds (该公司, 该区) are
 * antecedents.ts's.
 */
import { gazetteer } from '../gazetteer/index.ts';
import type { PersonFinding, PostTitle } from './facts.ts';
import { nameStart } from './spans.ts';
import { bodyOffice, withBareHeadsAbroad } from './bare-heads-abroad.ts';

/**
 * Nouns that stand for a body of any name (组织, 机构) and what such a body's name ends with; the
 * alias drops the noun with 该 (该组织领导人 is quoted 领导人). General knowledge of news writing.
 */
const GENERIC_BODY: Record<string, RegExp> = {
  组织: /(武装|组织|运动|阵线|联盟|党)$/,
  机构: /(机构|中心|研究所|研究院|委员会|基金会|协会|银行|组织)$/,
  党: /党$/,
};
/** Nouns a body's own name ends with (该研究中心 after 某某经济研究中心): the alias keeps the noun. */
const OWN_NOUNS = [
  '研究中心',
  '中心',
  '研究所',
  '研究院',
  '委员会',
  '基金会',
  '协会',
  '银行',
  '大学',
  '学院',
  '智库',
  '联盟',
  '武装',
  '运动',
  '议会',
  '政府',
  '内阁',
  '法院',
];
const DETERMINED = `该(国|${[...Object.keys(GENERIC_BODY), ...OWN_NOUNS].join('|')})`;
/**
 * 欧盟委员会发表声明。委员会主席某某表示: a council or commission printed bare before its head's
 * title, after the story named it in full, is that body (no body is called 委员会 alone); the bare
 * form stays the alias (pairs42, issue 11).
 */
const BARE_BODY = '(?:执行)?(委员会|理事会)(?=(?:副)?(?:主席|秘书长|主任)$)';
const REFERENCE = new RegExp(`^(?:${DETERMINED}|${BARE_BODY})`);
const STATES = gazetteer().states;
/** What describes a member's standing before the role word rather than naming an office. */
const DESCRIBED = /^(重要|高级|主要|资深|知名|核心)/;
/** Not the state referred back to: China is the story's home, not "that country". */
const NOT_REFERRED = new Set(['中国']);

/** Each person's posts with 该国 / 该 + a body's noun replaced by the state or body named before. */
export function withBodiesAbroad(people: PersonFinding[], text: string): void {
  for (const p of people) {
    if (!p.posts.some((t) => REFERENCE.test(t.printed))) continue;
    const before = p.titleSpan?.[0] ?? p.start;
    p.posts = p.posts.map((t) => referredAbroad(t, text, before) ?? t);
  }
  // 秘书长某某 opening a sentence after one international body was named (bare-heads-abroad.ts).
  withBareHeadsAbroad(people, text);
}

function referredAbroad(post: PostTitle, text: string, before: number): PostTitle | undefined {
  const m = REFERENCE.exec(post.printed);
  if (!m) return undefined;
  const bare = m[2];
  if (bare) return bareBody(post, text, before, m[0]);
  const noun = m[1]!;
  const rest = post.printed.slice(m[0].length);
  // 该组织重要军事领导人: a description of standing (as 高级将领 in the golds), no office.
  if (!rest || DESCRIBED.test(rest)) return undefined;
  const body =
    noun === '国'
      ? stateBefore(text, before)
      : bodyBefore(text, before, GENERIC_BODY[noun] ?? noun);
  if (!body) return undefined;
  // 该国驻美国大使 is quoted 驻美国大使, 该研究中心主席 研究中心主席: without what only points back.
  const alias = noun === '国' || noun in GENERIC_BODY ? rest : noun + rest;
  return bodyOffice(body, rest, post.former, alias);
}

/** The foreign state printed last before `before` (longest name at each place), if any. */
function stateBefore(text: string, before: number): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < before; i++)
    for (let n = 9; n >= 2; n--) {
      if (i + n > before) continue;
      const word = text.slice(i, i + n);
      if (!STATES.has(word)) continue;
      if (!NOT_REFERRED.has(word)) found = word;
      i += n - 1;
      break;
    }
  return found;
}

/**
 * The body printed last before `before` whose name ends as `end` says: one of a generic noun's
 * endings, or the noun itself as text (某某经济研究中心; no pattern built from a noun).
 */
function bodyBefore(text: string, before: number, end: RegExp | string): string | undefined {
  // The title's own 该 + noun is not the body: look before it.
  for (let at = before - 1; at > 0; at--) {
    const left = text.slice(Math.max(0, at - 4), at);
    const ending =
      typeof end === 'string' ? (left.endsWith(end) ? end : undefined) : end.exec(left)?.[0];
    if (!ending) continue;
    const start = nameStart(text, at, 16);
    const name = text.slice(start, at);
    if (name.length >= ending.length + 2 && text[start - 1] !== '该') return name;
  }
  return undefined;
}

/** 委员会主席 after 欧盟委员会 was named: the body's office, the printed title its alias. */
function bareBody(
  post: PostTitle,
  text: string,
  before: number,
  noun: string,
): PostTitle | undefined {
  const body = bodyBefore(text, before, noun);
  return body
    ? bodyOffice(body, post.printed.slice(noun.length), post.former, post.printed)
    : undefined;
}
