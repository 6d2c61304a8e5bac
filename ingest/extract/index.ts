/**
 * One story -> facts: typed mentions, people with posts, bylines and the relations between them,
 * each relation with the sentence it came from. Pure: no graph objects here (see ../build.ts).
 */
import type { EdgeType, NodeType } from '../../graph/schema.ts';
import { splitSentences, type Sentence } from '../text/sentences.ts';
import { findBylines } from './bylines.ts';
import { districtInfo, findDistricts, startsWithPlace } from './places.ts';
import { findIndustries } from './industries.ts';
import { resolveOverlaps, type Mention } from './mentions.ts';
import { BARE_PARK_SUFFIX, findParks, findZones } from './parks.ts';
import { atHome } from './posts.ts';
import { findPeople, type PersonFinding } from './people.ts';
import { findAppointments, sharedTitleLists } from './appointments.ts';
import { findPrograms } from './programs.ts';
import { attributeSentences } from './speakers.ts';
import { organizationFacts, type OrganizationContext } from './organizations.ts';
import { homeArea } from '../resolve/organizations.ts';
import { canonicalPost } from '../resolve/posts.ts';
import { relationsInSentence } from './relations.ts';

export interface EntityRef {
  type: NodeType;
  name: string;
}

export interface EntityFact extends EntityRef {
  surfaces: string[];
  facts: Record<string, string>;
  count: number;
  /** The first sentence that names it (MENTIONS evidence). */
  sentence: string;
  /** Surfaces that differ from the name by a resolution rule, with the rule (stats --merges). */
  merged?: Record<string, string>;
  /** A person's occupation in this story (村民, 民警): the MENTIONS edge's `role`. */
  role?: string;
}

export interface RelationFact {
  type: EdgeType;
  source: EntityRef;
  target: EntityRef;
  sentence: string;
  attributes?: Record<string, string | boolean>;
}

export interface StoryFacts {
  entities: EntityFact[];
  relations: RelationFact[];
  /** Bylines: person -> article. */
  bylines: { name: string; role: string; sentence: string }[];
}

export function extractStory(text: string): StoryFacts {
  const sentences = splitSentences(text);
  const sentenceAt = (offset: number) => sentenceTextAt(sentences, offset);
  const found = findPeople(text, startsWithPlace);
  const people = [
    ...found,
    ...findAppointments(text, found, startsWithPlace),
    ...sharedTitleLists(text, found),
  ];
  const bylines = findBylines(text);
  const titleSpans = people.flatMap((p) => (p.titleSpan ? [p.titleSpan] : []));
  // A place inside a person's name is part of the name (a reporter called 缪清远 is not 清远).
  const names = [...people, ...bylines];
  const outsideNames = (m: Mention) => !names.some((n) => m.start >= n.start && m.end <= n.end);
  const mentions = resolveOverlaps([
    ...findDistricts(text).filter(outsideNames),
    ...findParks(text),
    ...findIndustries(text),
    ...findPrograms(text),
  ]);
  addBareParkAliases(text, mentions);
  addZones(text, mentions);
  const entities = new Map<string, EntityFact>();
  const relations: RelationFact[] = [];
  for (const m of mentions) {
    const e = addEntity(entities, m.type, m.name, m.surface, m.facts);
    if (m.from && m.from !== m.name && !e.surfaces.includes(m.from)) e.surfaces.push(m.from);
    const printed = m.from ?? m.surface;
    if (m.reason && printed !== m.name) (e.merged ??= {})[printed] = m.reason;
  }
  addPeople(people, entities, relations, sentenceAt, {
    home: homeArea(text, provinceCounts(mentions)),
    people: new Set(people.map((p) => p.name)),
  });
  for (const b of bylines) addEntity(entities, 'person', b.name, b.name);
  countMentions(text, entities, sentenceAt);
  const outsideTitles = mentions.filter(
    (m) => !titleSpans.some(([a, b]) => m.start >= a && m.end <= b),
  );
  const speakers = attributeSentences(text, sentences, namesOf(entities));
  // Mentions are sorted by start and sentences by position: one pointer walks both.
  let first = 0;
  sentences.forEach((s, i) => {
    while (first < outsideTitles.length && outsideTitles[first]!.start < s.start) first++;
    const inSentence: Mention[] = [];
    for (let k = first; k < outsideTitles.length && outsideTitles[k]!.start < s.end; k++)
      if (outsideTitles[k]!.end <= s.end) inSentence.push(outsideTitles[k]!);
    for (const r of relationsInSentence(text, s, inSentence, speakers[i])) relations.push(r);
  });
  for (const m of mentions) for (const r of locatedIn(m, sentenceAt(m.start))) relations.push(r);
  return {
    entities: [...entities.values()],
    relations,
    bylines: bylines.map((b) => ({ name: b.name, role: b.role, sentence: sentenceAt(b.start) })),
  };
}

/** The text of the sentence holding `offset` ('' between sentences): binary search. */
function sentenceTextAt(sentences: Sentence[], offset: number): string {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s.text;
  }
  return '';
}

function entityKey(type: NodeType, name: string): string {
  return `${type}:${name}`;
}

function addEntity(
  entities: Map<string, EntityFact>,
  type: NodeType,
  name: string,
  surface: string,
  facts: Record<string, string> = {},
): EntityFact {
  const key = entityKey(type, name);
  let e = entities.get(key);
  if (!e) entities.set(key, (e = { type, name, surfaces: [], facts: {}, count: 0, sentence: '' }));
  if (!e.surfaces.includes(surface)) e.surfaces.push(surface);
  Object.assign(e.facts, facts);
  return e;
}

function addPeople(
  people: PersonFinding[],
  entities: Map<string, EntityFact>,
  relations: RelationFact[],
  sentenceAt: (offset: number) => string,
  context: OrganizationContext,
): void {
  for (const p of people) {
    const person = addEntity(entities, 'person', p.name, p.name);
    if (p.delegate) p.posts = delegatePost(people, p.delegate);
    const sentence = sentenceAt(p.start);
    for (const printed of p.posts) {
      if (printed.occupation) {
        person.role ??= printed.role;
        continue;
      }
      // One post per office: 重庆市委副书记 in a Chongqing story is 市委副书记 (long form an alias);
      // a clause before it is cut, a country named one way (../resolve/posts.ts).
      const post = canonicalPost(atHome(printed, context.home));
      if (!post || (post.role === '成员' && sentence.includes(post.printed + '国'))) continue;
      if (post.occupation) {
        person.role ??= post.role;
        continue;
      }
      const postEntity = addEntity(
        entities,
        'post',
        post.label,
        post.reason?.includes('clause') ? post.label : post.printed,
        { role: post.role, organization: post.organization },
      );
      postEntity.sentence ||= sentence;
      if (post.reason && !post.reason.includes('clause'))
        (postEntity.merged ??= {})[post.printed] = post.reason;
      const postRef = { type: 'post' as const, name: post.label };
      relations.push({
        type: 'HOLDS',
        source: { type: 'person', name: p.name },
        target: postRef,
        sentence,
        attributes: post.former ? { former: true } : undefined,
      });
      if (!post.organization) continue;
      // The organisation under its canonical name in the story's home (市委 → 重庆市委).
      // (A post renamed by ../resolve/posts.ts names its organisation itself: 某国外长 → 某国外交部.)
      const printedOrg = post.reason
        ? post.organization
        : (printed.organization ?? post.organization);
      const org = organizationFacts(printedOrg, post.role, context);
      if (!org) continue;
      const orgEntity = addEntity(entities, 'organization', org.name, printedOrg, {
        kind: org.kind,
      });
      orgEntity.sentence ||= sentence;
      if (org.reason && printedOrg !== org.name) (orgEntity.merged ??= {})[printedOrg] = org.reason;
      const orgRef = { type: 'organization' as const, name: org.name };
      relations.push({ type: 'POST_IN', source: postRef, target: orgRef, sentence });
      if (org.district) {
        // The district may be implied, not printed (市委 in a Chongqing story): its evidence is
        // then the sentence of the post that implies it.
        addEntity(
          entities,
          'district',
          org.district.name,
          org.district.surface,
          org.district.facts,
        ).sentence ||= sentence;
        relations.push({
          type: 'LOCATED_IN',
          source: orgRef,
          target: { type: 'district', name: org.district.name },
          sentence,
        });
      }
    }
  }
}

/** How often each province-level area is named (the story's home area, see homeArea). */
/** Mentions per province-level division: a district or city counts for its province. */
function provinceCounts(mentions: Mention[]): { name: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    if (m.type !== 'district') continue;
    const province = provinceOf(m.name);
    if (province) counts.set(province, (counts.get(province) ?? 0) + 1);
  }
  return [...counts].map(([name, count]) => ({ name, count }));
}

/** The province-level division holding a district (itself for a province or municipality). */
function provinceOf(name: string): string | undefined {
  let entry = districtInfo(name);
  for (let depth = 0; entry && depth < 4; depth++) {
    if (entry.level === 'province') return entry.name;
    entry = entry.parent ? districtInfo(entry.parent) : undefined;
  }
  return undefined;
}

function namesOf(entities: Map<string, EntityFact>): string[] {
  return [...entities.values()].filter((e) => e.type === 'person').map((e) => e.name);
}

function countMentions(
  text: string,
  entities: Map<string, EntityFact>,
  sentenceAt: (offset: number) => string,
): void {
  for (const e of entities.values()) {
    // One indexOf walk per surface gives both the count and the first place.
    let count = 0;
    let first = Infinity;
    for (const s of e.surfaces) {
      const at = text.indexOf(s);
      if (at < 0) continue;
      if (at < first) first = at;
      for (let i = at; i >= 0; i = text.indexOf(s, i + s.length)) count++;
    }
    e.count = Math.max(1, count);
    if (Number.isFinite(first)) e.sentence = sentenceAt(first);
  }
}

function locatedIn(m: Mention, sentence: string): RelationFact[] {
  const parent =
    m.type === 'district' ? m.facts?.parent : m.type === 'park' ? m.facts?.district : undefined;
  if (!parent) return [];
  return [
    {
      type: 'LOCATED_IN',
      source: { type: m.type, name: m.name },
      target: { type: 'district', name: parent },
      sentence,
    },
  ];
}

/** "科学城" alone refers to the one park of the story that ends with it. */
function addBareParkAliases(text: string, mentions: Mention[]): void {
  const parks = mentions.filter((m) => m.type === 'park');
  const bySuffix = new Map<string, Mention[]>();
  for (const p of parks) {
    const suffix = BARE_PARK_SUFFIX.exec(p.name)?.[1];
    if (suffix) bySuffix.set(suffix, [...(bySuffix.get(suffix) ?? []), p]);
  }
  for (const [suffix, list] of bySuffix) {
    const names = new Set(list.map((p) => p.name));
    if (names.size !== 1) continue;
    const park = list[0]!;
    for (let i = text.indexOf(suffix); i >= 0; i = text.indexOf(suffix, i + suffix.length)) {
      if (mentions.some((m) => i < m.end && m.start < i + suffix.length)) continue;
      if (/[\p{Script=Han}]/u.test(text[i - 1] ?? '') && !/[在的和与及、，。]/.test(text[i - 1]!))
        continue;
      mentions.push({ ...park, surface: suffix, start: i, end: i + suffix.length });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
}

/** Zones named without a park suffix (see findZones), where nothing else was found. */
function addZones(text: string, mentions: Mention[]): void {
  const zones = findZones(
    text,
    mentions.filter((m) => m.type === 'park'),
  );
  for (const z of zones)
    if (!mentions.some((m) => z.start < m.end && m.start < z.end)) mentions.push(z);
  mentions.sort((a, b) => a.start - b.start);
}

/**
 * "赵某某代表" in a story about a congress: the delegate post that the story's other delegates
 * hold (全国人大代表), when exactly one such post is printed.
 */
function delegatePost(people: PersonFinding[], word: string): PersonFinding['posts'] {
  const posts = new Map<string, PersonFinding['posts'][number]>();
  for (const p of people)
    for (const post of p.posts) if (post.label.endsWith(word)) posts.set(post.label, post);
  return posts.size === 1 ? [...posts.values()] : [];
}
