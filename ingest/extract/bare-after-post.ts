/**
 * A bare title right after a post of a body (区人大常委会党组书记某甲，党组副书记某乙; 某某党委书记某甲、
 * 党委委员某乙; …、主任某甲，副主任某乙、某丙): local news names the body once and lets the next
 * titles of the same sentence refer back to it (区政协副主席某甲、某乙，秘书长某丙: local44). Left alone, the bare title is no post (a
 * 副主任 of nothing) and the person lost the office.
 */
import type { PersonFinding, PostTitle } from './facts.ts';
import { parsePostChain } from './posts.ts';
import { startsWithPlace } from './places.ts';

/**
 * The titles that refer back: a deputy, a member, a party group's or committee's officer; a
 * township's head after its 党委's title (某镇党委书记甲、副镇长乙) and a station's after its head's
 * (某广播电视台台长甲、副台长乙).
 */
const BARE =
  /^(?:(常务)?(副)?(主任|主席|秘书长|党组(副)?书记|党委(副)?书记|党工委(副)?书记|党组成员|党委委员|党工委委员|镇长|乡长|总?台长)|副书记)$/;
/**
 * 某局局长甲、副局长乙; 纪检监察组组长甲、副组长乙: a head's deputy printed bare after the head's
 * post is the deputy of the same body (lpairs52-l); only after a head of the same role word.
 */
const HEAD_DEPUTY =
  /^副(局长|组长|队长|部长|院长|所长|站长|科长|处长|校长|社长|行长|团长|馆长|指挥长)$/;
const isBare = (t: string) => BARE.test(t) || HEAD_DEPUTY.test(t);
/** The party group or committee a title of the body carries, dropped to reach the body itself. */
// 某街道书记甲、副书记乙: a deputy printed as bare 副书记 is the deputy of the body before (local48).
const PARTY_UNIT = /(党组|党委|党工委)$/;

/** Each person named after a bare title alone takes that title in the body of the post before. */
export function withBodiesReferredBack(text: string, people: PersonFinding[]): void {
  const sorted = [...people].sort((a, b) => a.start - b.start);
  for (const [k, p] of sorted.entries()) {
    if (p.via !== 'post' || !p.titleSpan) continue;
    // The title's span opens with the pause after the name before it (，党组副书记).
    const from = p.titleSpan[0] + (/^[，,、]/.test(text[p.titleSpan[0]]!) ? 1 : 0);
    const title = text.slice(from, p.titleSpan[1]);
    // 某某镇党委书记甲，党委副书记、镇长乙; 党组副书记、副主任乙: each bare title of the chain
    // refers back; the others keep what the chain reader made of them.
    const parts = title.split('、');
    if (!parts.some(isBare)) continue;
    if (p.posts.length === 0 && !parts.every(isBare)) continue;
    const had = p.posts.length;
    const earlier = sorted.slice(0, k);
    // 乙市人大常委会党组成员、副主任某: a bare title after one that names its own body is that
    // body's (the chain reader's), not the body of the post before (things36; cctv24z).
    const own = parts.findIndex((t) => !isBare(t));
    const referred = parts.flatMap((t, i) => {
      const post =
        isBare(t) && (own < 0 || i < own) ? referredBack(text, earlier, from, t) : undefined;
      // A bare title a place rule already read (chain-places.ts: 党工委委员 of the story's street).
      return post && !p.posts.some((h) => h.label === post.label || h.levelForm === t)
        ? [post]
        : [];
    });
    if (referred.length === 0) continue;
    p.posts = [...referred, ...p.posts];
    if (had > 0) continue;
    // 副主任某乙、某丙: the names listed after it hold the same title.
    for (let at = p.end, n = k + 1; n < sorted.length; n++) {
      const next = sorted[n]!;
      if (text.slice(at, next.start) !== '、' || next.posts.length > 0) break;
      next.posts = p.posts;
      at = next.end;
    }
  }
}

/** The bare title as a post of the body named right before it, if any. */
function referredBack(
  text: string,
  earlier: PersonFinding[],
  from: number,
  title: string,
): PostTitle | undefined {
  const before = bodyBefore(text, earlier, from, title) ?? chairBefore(text, earlier, from, title);
  if (!before) return undefined;
  const body = before.replace(PARTY_UNIT, '');
  // A town's head heads a town (not 某公司副镇长), a station's head a station.
  const head = /(镇|乡|台)长$/.exec(title)?.[1];
  if (head && !body.endsWith(head)) return undefined;
  // The body's own party unit is printed in the bare title (党组副书记): named once.
  const [post] = parsePostChain([body + title], startsWithPlace);
  return post?.organization ? { ...post, printed: title } : undefined;
}

/**
 * The body of the last post held by the name that ends right before `at`, a pause between
 * (…党组书记某甲，|党组副书记); a list after a bare title (副主任某乙、某丙) takes the same body, the
 * title standing before the first name.
 */
function bodyBefore(
  text: string,
  earlier: PersonFinding[],
  at: number,
  title: string,
): string | undefined {
  const q = earlier.filter((e) => e.end <= at).at(-1);
  if (!q || !/^[，,、]$/.test(text.slice(q.end, at))) return undefined;
  const post: PostTitle | undefined = q.posts.filter((t) => t.organization).at(-1);
  if (HEAD_DEPUTY.test(title) && post?.role !== title.slice(1)) return undefined;
  // 秘书长 is the body's own with its standing committee (某人大常委会副委员长…，秘书长): the label's.
  const role = post?.role.replace(/^常委会/, '');
  if (post && role && title.endsWith('秘书长') && post.label.endsWith(role))
    return post.label.slice(0, -role.length);
  return post?.organization;
}

/**
 * 市人大常委会主任某甲主持召开主任会议。副主任某乙、某丙参加。: a deputy's bare title opening the
 * next sentence is the deputy of the chair named in the sentence before (副主任 of its 主任,
 * 副主席 of its 主席), the way a meeting's report names its chair once. Opening the next clause
 * of the same sentence, it is the deputy of the chair named earlier in that sentence (某党中央主席
 * 甲作工作报告，常务副主席乙主持开幕会: pairs34).
 */
function chairBefore(
  text: string,
  earlier: PersonFinding[],
  at: number,
  title: string,
): string | undefined {
  if (!DEPUTY.test(title) || !/[。\n，]/.test(text[at - 1] ?? '')) return undefined;
  const role = title.replace(DEPUTY_RANK, '');
  const sentence = text.lastIndexOf('。', at - 2) + 1;
  const chairs = earlier
    .filter((e) => e.start >= sentence && e.end <= at)
    .flatMap((e) => e.posts)
    .filter((t) => t.organization && t.label.endsWith(role));
  // 国家主席、中央军委主席某某: two chairs, and which one's deputy is not said.
  const chair = chairs.length === 1 ? chairs[0] : undefined;
  // The chair's label without its role word: 市人大常委会 of 市人大常委会主任; a deputy named before
  // (党组书记、副主任甲 … 副主任乙) is a chair of the same body, its rank no part of it (not 副副主任).
  return chair?.label.slice(0, -role.length).replace(DEPUTY_RANK_END, '');
}

/** A deputy's bare title (副主任, 常务副主席) and the rank words before its chair's role. */
const DEPUTY = /^(常务)?副(主任|主席)$/;
const DEPUTY_RANK = /^(常务)?副/;
const DEPUTY_RANK_END = /(常务)?副$/;
