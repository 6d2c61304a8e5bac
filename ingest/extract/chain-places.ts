/**
 * 党工委书记、管委会主任某某 in a zone's story, 党委书记、人大主席某某 in a town's (local46, issue
 * 11): a zone's or a town's own site names the place once (高新区举行…, 新驿镇人大组织…) and then
 * prints its leaders' offices with no place at all. 党工委书记 or 党委书记 alone could be any
 * body's; the office beside it in the chain says whose: a 管委会 office is a zone's, a township's
 * head (镇长, 副乡长) or its congress's chair (人大主席) a town's. Such a chain's bare offices are
 * those of the one zone or town the story names (the title's sentence first), the bare form as
 * printed an alias (as the golds quote it); with two or none they stay as printed.
 */
import type { Mention } from './mentions.ts';
import type { PersonFinding, PostTitle } from './facts.ts';
import { parsePostChain } from './posts.ts';
import { startsWithPlace } from './places.ts';
import { townsIn } from './level-places.ts';
import { givePostsToListed } from './listed-after.ts';
import { PORTFOLIO } from './committee-portfolios.ts';

/** A zone's committees printed bare: 党工委, 纪工委, 管委会 (党工委副书记, 管委会第一副主任). */
const ZONE_BARE = /^(?:党工委|纪工委|管委会)\p{Script=Han}+$/u;
const ZONE_PARTNER = /^管委会\p{Script=Han}+$/u;
/** A town's offices printed bare: its party committee's and its congress's (党委委员, 人大主席). */
const TOWN_BARE = /^(?:党委|人大)\p{Script=Han}+$/u;
/** Offices only a township has: its head, its congress's chair (no county has a 人大主席). */
const TOWN_PARTNER = /^(?:(?:常务)?副?[镇乡]长|人大副?主席)$/;

/** A zone's name ending (高新区, 经济开发区, 工业园区, 集中区). */
const ZONE_END =
  /(?:高新技术产业开发区|经济技术开发区|经济开发区|高新区|经开区|开发区|工业园区|集中区)$/;
/** 市政协高新区工作室: a body's office for a zone is no zone's name. */
const ORGAN = /(政协|人大|政府|党委|委员会|工作室)/;
/**
 * 高新区举行…, 8月12日，高新区在管委会…, 到高新区指导工作: a zone's generic name opening a clause or
 * after a verb of going, as its own site calls it.
 */
const BARE_ZONE =
  /(?<=^|[^\p{Script=Han}]|[到赴在来临])(高新区|经开区|开发区)(?=[在举召开组召，。、]|党工委|管委会|调研|指导|考察)/gmu;

/** The zones a text names: parks of a zone's kind, else a generic zone word standing alone. */
function zonesIn(text: string, mentions: Mention[]): Set<string> {
  const named = new Set(
    mentions
      .filter((m) => m.type === 'park' && ZONE_END.test(m.name) && !ORGAN.test(m.name))
      .map((m) => m.name),
  );
  const bare = new Set([...text.matchAll(BARE_ZONE)].map((m) => m[1]!));
  // 某某高新区 … 高新区: the generic word names the zone already named.
  for (const word of bare) if (![...named].some((n) => n.endsWith(word))) named.add(word);
  return named;
}

/** The towns (镇 and 乡, not streets) a text names. */
function townsOf(text: string): Set<string> {
  const towns = townsIn(text);
  return new Set([...(towns.get('镇') ?? []), ...(towns.get('乡') ?? [])]);
}

/**
 * 街道党工委书记甲，党工委副书记、办事处主任乙，党工委委员、组织委员丙 (local48; the blind local
 * set's note): a street's working committee and its 办事处 printed bare. A chain of such titles
 * only (a 办事处 office, or 党工委 offices with a portfolio member) is the street's, where the story
 * names one street and no zone (a zone has a 党工委 too).
 */
const STREET_BARE = /^(?:党工委|纪工委|办事处)\p{Script=Han}+$/u;
const STREET_PIECE = new RegExp(
  `^(?:(?:党工委|纪工委)\\p{Script=Han}+|办事处(?:常务)?副?主任|${PORTFOLIO}委员)$`,
  'u',
);
function streetChain(pieces: string[]): boolean {
  return (
    pieces.every((t) => STREET_PIECE.test(t)) &&
    pieces.some((t) => t.startsWith('党工委') || t.startsWith('纪工委')) &&
    pieces.some((t) => !t.startsWith('党工委') && !t.startsWith('纪工委'))
  );
}
const streetsOf = (text: string) => townsIn(text).get('街道') ?? new Set<string>();
/**
 * The one street of the sentence, else of the story, where no zone is named; the one zone where
 * no street is and the chain has no 办事处 (高新区…党工委委员、组织委员某某).
 */
function streetOf(
  here: Set<string>,
  zones: Set<string>,
  story: Set<string>,
  pieces: string[],
): string | undefined {
  if (zones.size === 0) return only(here.size ? here : story);
  const office = pieces.some((t) => t.startsWith('办事处'));
  return !office && story.size === 0 ? only(zones) : undefined;
}

/** The sentence a name stands in (between stops or line ends). */
export function sentenceAround(text: string, at: number): string {
  const start = Math.max(...['。', '！', '？', '\n'].map((c) => text.lastIndexOf(c, at - 1))) + 1;
  const ends = ['。', '！', '？', '\n'].map((c) => text.indexOf(c, at)).filter((e) => e >= 0);
  return text.slice(start, ends.length ? Math.min(...ends) : text.length);
}

const only = (places: Set<string>) => (places.size === 1 ? [...places][0] : undefined);

/** The office at `place` of a bare title, the bare form its alias; undefined if it reads so no more. */
function atPlace(printed: string, place: string, former: boolean): PostTitle | undefined {
  const [inPlace] = parsePostChain([place + printed], startsWithPlace);
  return inPlace && inPlace.organization.startsWith(place)
    ? { ...inPlace, former, levelForm: printed }
    : undefined;
}

/**
 * Each person's bare zone or town offices, where the chain says whose, made that place's. The
 * chain is read from the title as printed: the title reader keeps no bare 党委书记 or 管委会主任
 * (no body is printed), so they are read back here.
 */
export function withChainPlaces(people: PersonFinding[], mentions: Mention[], text: string): void {
  let zones: Set<string> | undefined;
  let towns: Set<string> | undefined;
  let streets: Set<string> | undefined;
  for (const p of people) {
    if (!p.titleSpan) continue;
    const pieces = text
      .slice(...p.titleSpan)
      .replace(/^[，,；\s]+/, '')
      .split('、');
    const zone = pieces.some((t) => ZONE_PARTNER.test(t));
    const town = !zone && pieces.some((t) => TOWN_PARTNER.test(t));
    const street = !zone && !town && streetChain(pieces);
    if (!zone && !town && !street) continue;
    const sentence = sentenceAround(text, p.start);
    const here = zone ? zonesIn(sentence, []) : street ? streetsOf(sentence) : townsOf(sentence);
    const place = street
      ? streetOf(here, (zones ??= zonesIn(text, mentions)), (streets ??= streetsOf(text)), pieces)
      : only(
          here.size ? here : zone ? (zones ??= zonesIn(text, mentions)) : (towns ??= townsOf(text)),
        );
    if (!place) continue;
    const bare = zone ? ZONE_BARE : street ? STREET_BARE : TOWN_BARE;
    const former = p.posts.some((t) => t.former);
    const read = new Map(
      pieces.flatMap((t) => {
        const post = bare.test(t) ? atPlace(t, place, former) : undefined;
        return post ? [[t, post] as const] : [];
      }),
    );
    const kept = p.posts.map((t) => read.get(t.printed) ?? t);
    const added = [...read]
      .filter(([t]) => !p.posts.some((k) => k.printed === t))
      .map(([, v]) => v);
    p.posts = [...added, ...kept];
    if (kept.length === 0) givePostsToListed(people, p, text); // 管委会副主任甲、乙: 乙 too
  }
}
