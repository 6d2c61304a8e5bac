/**
 * 该公司技术总监某某, 该区区长某某: local news names a company, a district or a park once, then
 * refers back to it with 该 + its kind. Such a post is the office in the body or area of that
 * kind the story named last before the title; left as printed, it was no post at all (该公司 is no
 * organisation), and the person lost the office.
 */
import type { Mention } from './mentions.ts';
import type { PersonFinding, PostTitle } from './facts.ts';
import { parsePostChain } from './posts.ts';
import { nameStart } from './spans.ts';
import { districtInfo, startsWithPlace } from './places.ts';
import { withBodiesAbroad } from './referred-abroad.ts';
import { withPairedOffices } from './paired-offices.ts';
import { sentenceAround, withChainPlaces } from './chain-places.ts';
import { townsIn } from './level-places.ts';
import { withTitlesAfterOtherNames } from './titles-across-names.ts';
import { withPortfolioMembers } from './portfolio-members.ts';

/** 该 + a kind, and what a name of that kind ends with. */
const KINDS: Record<string, { types: string[]; end: RegExp }> = {
  公司: { types: ['organization'], end: /(公司|集团)$/ },
  集团: { types: ['organization'], end: /集团$/ },
  企业: { types: ['organization'], end: /(公司|集团|企业)$/ },
  医院: { types: ['organization'], end: /医院$/ },
  学校: { types: ['organization'], end: /(学校|中学|小学|学院|大学)$/ },
  大学: { types: ['organization'], end: /大学$/ },
  园区: { types: ['park'], end: /(园区|园|开发区|高新区|新区)$/ },
  高新区: { types: ['park'], end: /高新区$/ },
  经开区: { types: ['park'], end: /(经开区|经济技术开发区)$/ },
  区: { types: ['district'], end: /区$/ },
  县: { types: ['district'], end: /县$/ },
  市: { types: ['district'], end: /市$/ },
  镇: { types: ['district', 'town'], end: /镇$/ },
  乡: { types: ['district', 'town'], end: /乡$/ },
  街道: { types: ['district', 'town'], end: /街道$/ },
  村: { types: ['town'], end: /村$/ },
};
/**
 * 该 + any kind; or a bare 园区 / 高新区 / 经开区 / 公司 / 集团 / 镇 / 乡 / 街道 opening the title
 * (园区管委会主任, 高新区党工委书记, 公司总经理, 镇党委书记): no park, company or town is called
 * that alone, so in local news it is the one the story named last.
 */
const REFERENCE = new RegExp(
  `^(?:该(${Object.keys(KINDS)
    .sort((a, b) => b.length - a.length)
    .join(
      '|',
    )})|(园区|高新区|经开区|公司|集团|镇|乡|街道)(?=\\p{Script=Han})|(村)(?=党支部|党总支|党委|委会|民委员会))`,
  'u',
);

interface Named {
  type: string;
  name: string;
  at: number;
}

/** After 在, a verb of going or a pause, not one of them again (the opening of TOWN and VILLAGE). */
const PRINTED_ALONE = '(?<=^|[在于到赴，。；、\\s])(?![在于到赴全各本该])';
/**
 * A town printed after 在, a pause or its county (在某区某某镇，): the gazetteer lists no towns, so
 * they are read here, for a bare 镇/乡/街道 title or 该镇 that refers back to one.
 */
const TOWN = new RegExp(
  `${PRINTED_ALONE}(\\p{Script=Han}{2,4}?[区县])?(\\p{Script=Han}{2,3}(?:镇|乡|街道))(?=[，。、；\\s])`,
  'gmu',
);
/** 在某某镇政府办公楼 (blocal-g): after 在 a town's own body closes its name too (a sentence of two
 * towns' bodies, 甲镇党委和乙镇党委签订…, names neither as the story's place: posts-at-level.ts). */
const TOWN_AT_ITS_BODY =
  /(?<=在)(\p{Script=Han}{2,3}(?:镇|乡|街道))(?=(?:人民)?政府|党委|党工委)/gu;

/** A village printed after 在 or a pause, with its town or not (在某某镇某某村，), not 乡村 or 农村. */
const VILLAGE = new RegExp(
  `${PRINTED_ALONE}((?:\\p{Script=Han}{2,4}?[区县])?\\p{Script=Han}{2,3}(?:镇|乡|街道))?(\\p{Script=Han}{1,2}[^乡农\\s，。、；]村)(?=[，。、；\\s])`,
  'gmu',
);

function townsNamed(text: string): Named[] {
  const out: Named[] = [];
  for (const m of text.matchAll(VILLAGE))
    out.push({ type: 'town', name: (m[1] ?? '') + m[2]!, at: m.index });
  for (const m of text.matchAll(TOWN_AT_ITS_BODY))
    out.push({ type: 'town', name: m[1]!, at: m.index });
  for (const m of text.matchAll(TOWN)) {
    const county = m[1] && districtInfo(m[1]) ? m[1] : '';
    if (m[1] && !county) continue; // 某某区 that is no county: no town either
    out.push({ type: 'town', name: county + m[2]!, at: m.index });
  }
  return out;
}

/** A zone printed at the head of a park's name (某某高新区智能装备产业园: 某某高新区). */
const ZONE_HEAD = /^(\p{Script=Han}{2,8}?(?:高新区|经开区|开发区|新区))(?=\p{Script=Han}{2})/u;

/** The zones heading the parks named, for a bare 高新区 or 经开区 title after them. */
function zonesOfParks(named: Named[]): Named[] {
  return named.flatMap((n) => {
    const zone = n.type === 'park' ? ZONE_HEAD.exec(n.name)?.[1] : undefined;
    return zone ? [{ type: 'park', name: zone, at: n.at }] : [];
  });
}

/** A town's body (某某镇党委, 某某街道办事处): the town, for a bare title after it. */
const TOWN_BODY =
  /^(\p{Script=Han}{2,8}?(?:镇|乡|街道)|\p{Script=Han}{2,12}?[^乡农]村)(?=$|党委|党工委|党支部|党总支|村委会|政府|人大|纪委|办事处)/u;

/** A company printed with its legal form (某某科技有限公司), for a bare 公司 title after it. */
const COMPANY_END = /(股份有限公司|有限责任公司|有限公司)/g;

function companiesIn(text: string): Named[] {
  const out: Named[] = [];
  for (const m of text.matchAll(COMPANY_END)) {
    const start = nameStart(text, m.index, 16);
    if (m.index - start >= 2)
      out.push({ type: 'organization', name: text.slice(start, m.index + m[0].length), at: start });
  }
  return out;
}

/** Each person's posts with 该 + kind replaced by the body or area it refers back to. */
export function withAntecedents(people: PersonFinding[], mentions: Mention[], text = ''): void {
  // 县长甲在副县长乙陪同下: 乙's title starts after 甲 (titles-across-names.ts).
  withTitlesAfterOtherNames(people, text);
  // 该国驻美国大使, 该组织领导人: a state or a foreign body named before (referred-abroad.ts).
  withBodiesAbroad(people, text);
  // 某党校（某学院）校长（院长）某某: both bodies' offices (paired-offices.ts).
  withPairedOffices(people, text);
  // 党工委书记、管委会主任某某: a zone's or a town's offices printed bare (chain-places.ts).
  withChainPlaces(people, mentions, text);
  // 镇党委副书记、组织委员某某: the committee's portfolio member (portfolio-members.ts).
  withPortfolioMembers(people);
  if (!people.some((p) => p.posts.some((t) => REFERENCE.test(t.printed)))) return;
  const named: Named[] = mentions.map((m) => ({ type: m.type, name: m.name, at: m.start }));
  named.push(...townsNamed(text), ...companiesIn(text), ...zonesOfParks(named));
  for (const p of people)
    for (const t of p.posts)
      if (t.organization && !REFERENCE.test(t.organization)) {
        const at = p.titleSpan?.[0] ?? p.start;
        named.push({ type: 'organization', name: t.organization, at });
        // 某某镇党委书记甲，镇长乙: the town of a body named in an earlier post.
        const town = TOWN_BODY.exec(t.organization)?.[1];
        if (town) named.push({ type: 'town', name: town, at });
      }
  for (const p of people) {
    const before = p.titleSpan?.[0] ?? p.start;
    const sentence = sentenceAround(text, p.start);
    p.posts = p.posts.map(
      (t) => (listedTowns(t, sentence) ? t : referredPost(t, named, before)) ?? t,
    );
  }
}

/**
 * 到青禾镇、石桥镇调研，镇长某某陪同: where the title's sentence names two towns of its level, the
 * nearest is no answer (which town's head is not said): the title stays as printed (local46).
 */
function listedTowns(post: PostTitle, sentence: string): boolean {
  const level = /^(镇|乡|街道)/.exec(post.printed)?.[1];
  return !!level && (townsIn(sentence).get(level)?.size ?? 0) >= 2;
}

function referredPost(post: PostTitle, named: Named[], before: number): PostTitle | undefined {
  const m = REFERENCE.exec(post.printed);
  if (!m) return undefined;
  const kind = KINDS[m[1] ?? m[2] ?? m[3]!]!;
  let best: Named | undefined;
  for (const n of named)
    if (n.at < before && kind.types.includes(n.type) && kind.end.test(n.name))
      if (!best || n.at > best.at) best = n;
  // 园区党工委副书记、管委会主任某某 … 精河工业园区管理委员会将…: a story of one zone may name it
  // only after its officers; the bare zone is still that one (lthings56).
  if (!best && /^(园区|高新区|经开区)$/.test(m[2] ?? '')) {
    const zones = named.filter((n) => kind.types.includes(n.type) && kind.end.test(n.name));
    if (new Set(zones.map((n) => n.name)).size === 1) best = zones[0];
  }
  if (!best) return undefined;
  const rest = post.printed.slice(m[0].length);
  // 镇长: the town's head keeps its level word (某某镇镇长).
  const printed = best.name + (rest === '长' ? post.printed : rest);
  const [post2] = parsePostChain([printed], startsWithPlace);
  // A bare title as printed (镇党委副书记, 园区管委会主任) stays the office's alias, as the golds
  // quote it (local46); 该公司总经理 is no form of it.
  const levelForm = m[1] ? undefined : post.printed;
  return post2 && { ...post2, former: post.former, ...(levelForm ? { levelForm } : {}) };
}
