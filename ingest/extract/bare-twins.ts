/**
 * 县委书记某某调研… over 洞口县委书记某某深入…, 市委书记某某 beside 宝鸡市委书记某某: a local page
 * prints a leader's title bare in one place (the headline, a caption, a list) and with its area in
 * another, and the bare one found no area of the story (a city page that does not speak as its
 * city, a headline read alone). One person holding both holds one office: the bare title is the
 * area's office the person holds, its alias, not a second post shared by every area's pages.
 * Only where the person holds exactly one such office ending in the bare title after a place's
 * name (宝鸡市委书记 for 市委书记): two would be two areas' (which one the bare title is, unsaid).
 */
import {
  levelClass,
  CITY_TO_COUNTY,
  PROVINCE_TO_COUNTY_AND_PREFECTURE,
  TOWNSHIPS,
} from '../text/level-words.ts';
import type { EntityFact, RelationFact, StoryFacts } from './facts.ts';
import { startsWithPlace } from './places.ts';

/**
 * A level's bare title: 县委书记, 县长, 市委常委, 区委副书记, 镇党委书记, 乡长; a province's and an
 * autonomous prefecture's too (省委宣传部副部长 of a speaker's line read alone, 州长).
 */
const BARE_LOCAL = new RegExp(
  `^(?:${levelClass(PROVINCE_TO_COUNTY_AND_PREFECTURE + TOWNSHIPS + '旗')}|街道)(?:委|党委|党工委|人大|政协|政府|纪委)|^(?:常务)?[副代]?${levelClass(PROVINCE_TO_COUNTY_AND_PREFECTURE + TOWNSHIPS)}长$`,
);
const CITY_COMMITTEE = new RegExp(`^${levelClass(CITY_TO_COUNTY)}委`);

/** The area's office `post` is where `bare` is its bare title (洞口县委书记 of 县委书记). */
function placedAs(post: string, bare: string): boolean {
  if (post === bare || !startsWithPlace(post)) return false;
  // 某市委书记 of 市委书记: the area's name takes the level word (宝鸡市 + 委书记)
  return post.endsWith(bare) || (CITY_COMMITTEE.test(bare) && post.endsWith(bare.slice(1)));
}

/** The story's facts with each bare title a person also holds placed folded into that office. */
export function withBareTwinsFolded(facts: StoryFacts): StoryFacts {
  const holds = facts.relations.filter((r) => r.type === 'HOLDS' && !r.attributes?.former);
  const byPerson = new Map<string, string[]>();
  for (const r of holds)
    byPerson.set(r.source.name, [...(byPerson.get(r.source.name) ?? []), r.target.name]);
  const posts = new Map(facts.entities.filter((e) => e.type === 'post').map((e) => [e.name, e]));
  const dropped = new Set<RelationFact>();
  for (const r of holds) {
    const bare = r.target.name;
    if (!BARE_LOCAL.test(bare)) continue;
    const twins = byPerson.get(r.source.name)!.filter((p) => placedAs(p, bare));
    if (new Set(twins).size !== 1) continue;
    const office = posts.get(twins[0]!);
    if (!office) continue;
    dropped.add(r);
    if (!office.surfaces.includes(bare)) office.surfaces.push(bare);
  }
  if (dropped.size === 0) return facts;
  const ends = (rs: RelationFact[]) => new Set(rs.flatMap((r) => [key(r.source), key(r.target)]));
  const before = ends(facts.relations);
  let relations = facts.relations.filter((r) => !dropped.has(r));
  // a bare post no one holds any more is no node, nor its tie to its bare body (市委 of 市委书记)
  const held = new Set(relations.filter((r) => r.type === 'HOLDS').map((r) => r.target.name));
  relations = relations.filter((r) => r.type !== 'POST_IN' || held.has(r.source.name));
  const after = ends(relations);
  const gone = (e: EntityFact) => {
    const k = key(e);
    return (e.type === 'post' || e.type === 'organization') && before.has(k) && !after.has(k);
  };
  return { ...facts, entities: facts.entities.filter((e) => !gone(e)), relations };
}

const key = (e: { type: string; name: string }) => `${e.type}:${e.name}`;
