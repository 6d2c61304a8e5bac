/**
 * The extractors `extractStory` (./index.ts) runs, as a table of descriptors of one shape, the
 * way Gephi Lite lists its layouts and metrics: a new entity type or rule is its own file plus
 * one line in EXTRACTORS (and, for a new type, one entry in graph/types.ts).
 *
 * Stages run in order; within a stage, entries run in table order:
 * - 'people': people with the posts printed beside them, read from the text alone;
 * - 'people-posts': more people, read from the text and what 'people' found (appointment
 *   chains, lists sharing one title);
 * - 'mentions': typed mentions (districts, parks, ...); overlaps are then settled by the type
 *   table's priority (mentions.ts);
 * - 'refine': mentions read from the ones already settled (a bare 科学城, unsuffixed zones).
 * Organisations, posts and the relations come after, from people and mentions (index.ts).
 */
import { withShortFormHome } from './county-short-home.ts';
import type { NodeType } from '../../graph/schema.ts';
import { findAppointedAs } from './appointed-as.ts';
import { findColonRolls } from './colon-rolls.ts';
import { findAppointments, sharedTitleLists } from './appointments.ts';
import { findIndustries } from './industries.ts';
import { resolveOverlaps, type Mention } from './mentions.ts';
import { addBareParkAliases, addZones } from './park-aliases.ts';
import { findParks } from './parks.ts';
import { findPeople, type PersonFinding } from './people.ts';
import { keepLikelyPeople } from './person-filter.ts';
import { findDistricts, startsWithPlace } from './places.ts';
import { findPrograms } from './programs.ts';

/** What an extractor may read. Arrays are shared: read them, return what you found. */
export interface Story {
  readonly text: string;
  /** From 'people-posts' on: the people found by the stages before. */
  people: PersonFinding[];
  /** From 'mentions' on: where people's names and bylines are printed. */
  names: { start: number; end: number }[];
  /** In 'refine': the story's mentions so far, overlaps settled, sorted by start. */
  mentions: Mention[];
}

interface Descriptor<S extends string, Found> {
  /** A short name for messages and docs. */
  name: string;
  /** The node type it finds (a row of graph/types.ts). */
  type: NodeType;
  stage: S;
  extract(story: Story): Found[];
}

export type PeopleExtractor = Descriptor<'people' | 'people-posts', PersonFinding>;
export type MentionExtractor = Descriptor<'mentions' | 'refine', Mention>;
export type Extractor = PeopleExtractor | MentionExtractor;

/** A place inside a person's name is part of the name (a reporter called 缪清远 is not 清远). */
const outsideNames = (story: Story) => (m: Mention) =>
  !story.names.some((n) => m.start >= n.start && m.end <= n.end);

/** A rule that adds to the sorted mention list in place, as a 'refine' extractor. */
function added(rule: (text: string, mentions: Mention[]) => void): (story: Story) => Mention[] {
  return (story) => {
    const all = [...story.mentions];
    rule(story.text, all);
    const before = new Set(story.mentions);
    return all.filter((m) => !before.has(m));
  };
}

export const EXTRACTORS: readonly Extractor[] = [
  {
    name: 'people',
    type: 'person',
    stage: 'people',
    extract: (s) => findPeople(s.text, startsWithPlace),
  },
  {
    name: 'appointments',
    type: 'person',
    stage: 'people-posts',
    extract: (s) => findAppointments(s.text, s.people, startsWithPlace),
  },
  {
    name: 'appointed-as',
    type: 'person',
    stage: 'people-posts',
    extract: (s) => findAppointedAs(s.text, s.people, startsWithPlace),
  },
  {
    name: 'colon-rolls',
    type: 'person',
    stage: 'people-posts',
    extract: (s) => findColonRolls(s.text, startsWithPlace),
  },
  {
    name: 'shared-titles',
    type: 'person',
    stage: 'people-posts',
    extract: (s) => sharedTitleLists(s.text, s.people),
  },
  {
    name: 'districts',
    type: 'district',
    stage: 'mentions',
    // a county's page at home by its short form (瑶海报, 来区): county-short-home.ts
    extract: (s) => withShortFormHome(s.text, findDistricts(s.text).filter(outsideNames(s))),
  },
  { name: 'parks', type: 'park', stage: 'mentions', extract: (s) => findParks(s.text) },
  {
    name: 'industries',
    type: 'industry',
    stage: 'mentions',
    extract: (s) => findIndustries(s.text),
  },
  { name: 'programs', type: 'program', stage: 'mentions', extract: (s) => findPrograms(s.text) },
  { name: 'bare-park-names', type: 'park', stage: 'refine', extract: added(addBareParkAliases) },
  { name: 'zones', type: 'park', stage: 'refine', extract: added(addZones) },
];

/**
 * The settled mentions of one type in a text, read without its people where they cannot change
 * them (a headline's programs, headline-programs.ts: extracting the whole headline was 8 % of an
 * ingest, its people rules a third of that; docs/benchmarks.md, fourteenth round). Of the mention
 * stage only the districts read the people (none inside a name); the others read the text alone,
 * and 'refine' adds parks only, changing none. A district left out moves another mention's fate
 * only where it overlaps one (the overlaps are settled by covered positions, mentions.ts): with
 * no district overlapping another type, the other types settle as in `runExtractors` whatever
 * the people are. Otherwise, or for another table (tests pass their own), undefined: extract.
 */
export function settledWithoutPeople(
  text: string,
  type: Exclude<NodeType, 'district' | 'park'>,
  extractors: readonly Extractor[],
): Mention[] | undefined {
  if (extractors !== EXTRACTORS || mentionsIn(extractors, 'refine').some((e) => e.type === type))
    return undefined;
  const story: Story = { text, people: [], names: [], mentions: [] };
  const districts: Mention[] = [];
  const others: Mention[] = [];
  for (const e of mentionsIn(extractors, 'mentions'))
    for (const m of e.extract(story)) (e.name === 'districts' ? districts : others).push(m);
  // Any overlap, even of a zero-width mention (which settles nothing), extracts: the safe way.
  for (const d of districts)
    if (d.type === type || others.some((m) => d.start < m.end && m.start < d.end)) return undefined;
  return resolveOverlaps([...districts, ...others]).filter((m) => m.type === type);
}

const peopleIn = (extractors: readonly Extractor[], stage: PeopleExtractor['stage']) =>
  extractors.filter((e): e is PeopleExtractor => e.stage === stage);
const mentionsIn = (extractors: readonly Extractor[], stage: MentionExtractor['stage']) =>
  extractors.filter((e): e is MentionExtractor => e.stage === stage);

/**
 * Run every stage over one story: its people (with printed posts) and settled mentions.
 * `filterPeople`: the people the rules found go through the statistical precision filter
 * (./person-filter.ts); its trainer turns it off to see every candidate.
 */
export function runExtractors(
  text: string,
  bylines: { start: number; end: number }[],
  extractors: readonly Extractor[] = EXTRACTORS,
  filterPeople = true,
): { people: PersonFinding[]; mentions: Mention[] } {
  const story: Story = { text, people: [], names: [], mentions: [] };
  const people = peopleIn(extractors, 'people').flatMap((e) => e.extract(story));
  story.people = people;
  const found = [
    ...people,
    ...peopleIn(extractors, 'people-posts').flatMap((e) => e.extract(story)),
  ];
  story.people = filterPeople ? keepLikelyPeople(text, found) : found;
  story.names = [...story.people, ...bylines];
  story.mentions = resolveOverlaps(
    mentionsIn(extractors, 'mentions').flatMap((e) => e.extract(story)),
  );
  for (const e of mentionsIn(extractors, 'refine')) {
    story.mentions.push(...e.extract(story));
    story.mentions.sort((a, b) => a.start - b.start);
  }
  return { people: story.people, mentions: story.mentions };
}
