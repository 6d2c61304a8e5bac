/**
 * One story -> facts: typed mentions, people with posts, bylines and the relations between them,
 * each relation with the sentence it came from. Pure: no graph objects here (see ../build.ts).
 */
import type { NodeType } from '../../graph/schema.ts';
import { splitSentences, type Sentence } from '../text/sentences.ts';
import { chineseMarks } from '../text/normalize.ts';
import { findBylines } from './bylines.ts';
import type { Mention } from './mentions.ts';
import type { PersonFinding } from './facts.ts';
import { attributeSentences } from './speakers.ts';
import { spellingAfter } from './latin-names.ts';
import { organizationFacts, type OrganizationContext } from './organizations.ts';
import { storyHome } from '../resolve/story-home.ts';
import { withAntecedents } from './antecedents.ts';
import { keepBareTitles } from './bare-titles.ts';
import { withHeadlinePrograms } from './headline-programs.ts';
import { withBodiesReferredBack } from './bare-after-post.ts';
import { withCountedTitles } from './counted-titles.ts';
import { withNominatedChains } from './nominated-titles.ts';
import { withSpokespeopleOfHeads } from './spoken-through.ts';
import { withTitlesAfterNames } from './title-after-name.ts';
import { canonicalPost } from '../resolve/posts.ts';
import { oneOfficeLabel, storyCongress } from './office-labels.ts';
import { relationsInSentence } from './relations.ts';
import { sectorsInParkName } from './park-links.ts';
import { storyCounties } from './level-places.ts';
import { localReaders, placedBody } from './posts-at-level.ts';
import { postInArea } from './titled-places.ts';
import { withBareTwinsFolded } from './bare-twins.ts';
import { delegatePost } from './delegate-posts.ts';
import type { EntityFact, RelationFact, StoryFacts } from './facts.ts';
import { EXTRACTORS, runExtractors, settledWithoutPeople, type Extractor } from './registry.ts';
import { headlinePlace, withHeadlineCounty } from './headline-place.ts';
import { fictionSpans, insideSpans } from './fiction.ts';
import { withoutPlacesInNames } from './places-in-names.ts';

import { withHeadlinePairs } from './headline-pairs.ts';
import { withHeadlinePeople } from './headline-people.ts';
import { closesBookTitle } from './title-works.ts';
import { creditPiece } from './credit-forms.ts';
import { storyStates, withSentenceState, withStoryState } from './story-states.ts';
import { locatedIn } from './located-in.ts';
import { readPrinted } from './pinyin-pages.ts';
import { titlesOverNames } from './title-lines.ts';
export type * from './facts.ts';

/** What a drama's story may hold as characters (a real place it is set in stays a place). */
const FICTIONAL_TYPES = new Set<string>(['person', 'organization', 'post']);
export { EXTRACTORS, type Extractor, type Story } from './registry.ts';

/**
 * `extractors`: the registry (./registry.ts) by default; tests pass their own table. A story
 * printed with pinyin glosses is read without them (./pinyin-pages.ts), and one printed in
 * traditional characters in simplified ones (./traditional-pages.ts).
 */
export function extractStory(
  printed: string,
  extractors: readonly Extractor[] = EXTRACTORS,
  /** What the page says of the story: its home area when the story's own text does not. */
  page: { home?: string; title?: string } = {},
): StoryFacts {
  return readPrinted(printed, page, (text, read) => extractSimplified(text, extractors, read));
}

function extractSimplified(
  printed: string,
  extractors: readonly Extractor[],
  page: { home?: string; title?: string },
): StoryFacts {
  // The rules read Chinese marks where half-width ones were printed, and a post on the line
  // above its name as on one line (one for one: same offsets); evidence quotes it as printed.
  const text = titlesOverNames(chineseMarks(printed));
  const sentences = splitSentences(text).map((s) => ({
    ...s,
    text: printed.slice(s.start, s.end),
  }));
  const sentenceAt = (offset: number) => sentenceTextAt(sentences, offset);
  const bylines = findBylines(text);
  const found = runExtractors(text, bylines, extractors);
  // A drama's characters (该剧讲述了某县县委书记某某…) are no people, posts or bodies of the news.
  const fiction = fictionSpans(text);
  const people = found.people.filter(
    (p) =>
      !insideSpans(fiction, p.start) && !closesBookTitle(text, p) && !creditPiece(text, p, bylines),
  ); // 《某部长宣言》; 摄像：才项仁增, 甲摄 (a piece of a credited name, a credit and its verb)
  const mentions = withoutPlacesInNames(
    text,
    found.mentions.filter((m) => !FICTIONAL_TYPES.has(m.type) || !insideSpans(fiction, m.start)),
    people,
  );
  withAntecedents(people, mentions, text);
  withBodiesReferredBack(text, people);
  withTitlesAfterNames(text, people);
  withCountedTitles(text, people); // 甲、乙等4名县直单位负责人
  withNominatedChains(text, people); // 县委常委、提名副县长人选某某
  withSpokespeopleOfHeads(text, people); // 某秘书长甲通过副发言人乙
  const titleSpans = people.flatMap((p) => (p.titleSpan ? [p.titleSpan] : []));
  const entities = new Map<string, EntityFact>();
  const relations: RelationFact[] = [];
  addMentions(entities, mentions);
  const headline = headlinePlace(page.title);
  const counties = withHeadlineCounty(storyCounties(mentions, text), headline);
  const { home, city } = storyHome(text, mentions, counties, page.home);
  addPeople(text, people, entities, relations, sentenceAt, counties, {
    home,
    city,
    people: new Set(people.map((p) => p.name)),
  });
  const bareGiven = new Set<string>();
  keepBareTitles(text, (name) => entities.get(entityKey('post', name)), relations, bareGiven);
  const read = relations.length;
  for (const b of bylines) addEntity(entities, 'person', b.name, b.name);
  countMentions(text, entities, sentenceAt);
  if (headline && !mentions.some((m) => m.type === 'district' && m.name === headline.name)) {
    // Printed only in the headline (a body the text prints bare may imply it): its evidence.
    const e = addEntity(entities, 'district', headline.name, headline.surface, headline.facts);
    e.sentence = page.title!;
    relations.push(...locatedIn(headline, page.title!, new Set([headline.name])));
  }
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
  const named = new Set(mentions.filter((m) => m.type === 'district').map((m) => m.name));
  for (const m of mentions)
    for (const r of locatedIn(m, sentenceAt(m.start), named)) relations.push(r);
  for (const m of mentions) if (m.type === 'park') parkSectors(m, entities, relations, sentenceAt);
  const facts = {
    entities: [...entities.values()],
    relations,
    bylines: bylines.map((b) => ({ name: b.name, role: b.role, sentence: sentenceAt(b.start) })),
  };
  // One extraction per headline part: withHeadlinePeople and withHeadlinePairs read the same
  // parts (a part is a whole story's rules), and neither changes what it is given.
  const byPart = new Map<string, StoryFacts>();
  const extract = (t: string) =>
    byPart.get(t) ?? byPart.set(t, extractSimplified(t, extractors, {})).get(t)!;
  withHeadlinePeople(facts, page.title, text, extract, sentenceAt);
  withHeadlinePrograms(
    facts,
    page.title,
    (t) => byPart.get(t) ?? programsAlone(t, extractors) ?? extract(t),
  );
  const withHeadline = withHeadlinePairs(facts, page.title, extract);
  // A pair read in the headline only (某某会见某党主席甲) whose bare title the text prints beside
  // the name (会见了甲主席率领的…): the bare form is that office's too, as for the text's pairs.
  const postOf = (name: string) =>
    withHeadline.entities.find((e) => e.type === 'post' && e.name === name);
  // The relations read above (before the mentions were counted, which their aliases change) are
  // not read again: only those added since, with the holders given a bare title then.
  keepBareTitles(text, postOf, withHeadline.relations.slice(read), bareGiven);
  return withBareTwinsFolded(withHeadline); // 市委书记某某 beside 宝鸡市委书记某某: one post
}

/** Each mention as its node's entity: surfaces, facts and merges by name, in mention order. */
function addMentions(entities: Map<string, EntityFact>, mentions: Mention[]): void {
  for (const m of mentions) {
    const e = addEntity(entities, m.type, m.name, m.surface, m.facts);
    if (m.from && m.from !== m.name && !e.surfaces.includes(m.from)) e.surfaces.push(m.from);
    const printed = m.from ?? m.surface;
    if (m.reason && printed !== m.name) (e.merged ??= {})[printed] = m.reason;
  }
}

/**
 * The program entities `extractStory` gives a text (a headline), made as it makes them (mentions,
 * then their count), without its other rules where its people cannot change the programs
 * (registry.ts, `settledWithoutPeople`); undefined where they might: extract then.
 */
function programsAlone(printed: string, extractors: readonly Extractor[]): StoryFacts | undefined {
  const text = chineseMarks(printed);
  const mentions = settledWithoutPeople(text, 'program', extractors);
  if (!mentions) return undefined;
  const entities = new Map<string, EntityFact>();
  addMentions(entities, mentions);
  const sentences = splitSentences(text).map((s) => ({
    ...s,
    text: printed.slice(s.start, s.end),
  }));
  countMentions(text, entities, (offset) => sentenceTextAt(sentences, offset));
  return { entities: [...entities.values()], relations: [], bylines: [] };
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
  text: string,
  people: PersonFinding[],
  entities: Map<string, EntityFact>,
  relations: RelationFact[],
  sentenceAt: (offset: number) => string,
  /** The story's one 区 and one 县 (./level-places.ts), for bare 区委, 县长…. */
  counties: Map<string, string>,
  context: OrganizationContext,
): void {
  // Read only for a post canonicalPost leaves (a scan of 207 states' names per story otherwise).
  let states: Map<string, string> | undefined;
  // 村党委书记某某, 镇长某某, 区长某某: the office of the sentence's or the story's one place of
  // that level (./posts-at-level.ts; read only for a bare title).
  const local = localReaders(text, counties);
  const congress = storyCongress(text); // 大会主席团 is its congress's (./office-labels.ts)
  for (const p of people) {
    const person = addEntity(entities, 'person', p.name, p.name);
    const spelling = spellingAfter(text, p.end);
    if (spelling && !person.surfaces.includes(spelling)) person.surfaces.push(spelling);
    if (p.delegate) p.posts = delegatePost(people, p.delegate);
    // 返乡的村支书某某: a bare village seat the title reader makes no post of (no body printed).
    const sentence = sentenceAt(p.start);
    if (p.posts.length === 0 && p.titleSpan)
      p.posts = local.seat(text.slice(...p.titleSpan), sentence);
    for (const printed of p.posts) {
      if (printed.occupation) {
        person.role ??= printed.role;
        continue;
      }
      // One post per office: 重庆市委副书记 in a Chongqing story is 市委副书记 (long form an alias);
      // a clause before it is cut, a country named one way (../resolve/posts.ts).
      const site = { ...context, text, sentence, at: p.titleSpan?.[0] ?? p.start, name: p.start };
      const { post: atPlace, placed, atCity } = postInArea(printed, site, local.at);
      // 哥总统某某 in a story of 哥伦比亚: the short form the story's own states settle (story-states.ts).
      const post = oneOfficeLabel(
        canonicalPost(atPlace) ??
          withStoryState(atPlace, (states ??= storyStates(text)), canonicalPost) ??
          withSentenceState(atPlace, sentence, canonicalPost),
        congress,
      );
      if (!post || (post.role === '成员' && sentence.includes(post.printed + '国'))) continue;
      if (post.occupation) {
        person.role ??= post.role;
        continue;
      }
      const postEntity = addEntity(
        entities,
        'post',
        post.label,
        // With a clause cut, printed is what stands after it (resolve/posts.ts).
        post.printed,
        { role: post.role, organization: post.organization },
      );
      postEntity.sentence ||= sentence;
      const short = (post as { short?: string }).short;
      for (const form of [
        post.levelForm,
        formerAfterClause(printed.formerForm, post),
        short,
        printed.chainForm,
      ])
        if (form && !postEntity.surfaces.includes(form)) postEntity.surfaces.push(form);
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
      const bareBody = post.organization === placed.organization && placedBody(printed, placed); // 县委宣传部
      const printedOrg =
        post.reason || bareBody ? post.organization : (printed.organization ?? post.organization);
      const org = organizationFacts(
        printedOrg,
        post.role,
        atCity ? context : { ...context, city: undefined },
      );
      if (!org) continue;
      // A rank or a portfolio cut (某大学常务), a head's 部 completed (某国卫生): the printed piece
      // names no body, so it is no alias (things40); a short form (中央外办) is one.
      const piece = /cut|complete/.test(org.reason ?? '') && !/known short form/.test(org.reason!);
      const alias = piece ? org.name : printedOrg;
      const orgEntity = addEntity(entities, 'organization', org.name, alias, { kind: org.kind });
      orgEntity.sentence ||= sentence;
      if (bareBody && !orgEntity.surfaces.includes(bareBody)) orgEntity.surfaces.push(bareBody);
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

/**
 * A park named after a sector the story names FOCUSES_ON it (./park-links.ts): 某某生物医药产业园
 * -> 生物医药. A sector printed only inside the name makes no node of its own: it is no mention.
 */
function parkSectors(
  park: Mention,
  entities: Map<string, EntityFact>,
  relations: RelationFact[],
  sentenceAt: (offset: number) => string,
): void {
  for (const { name } of sectorsInParkName(park.name))
    if (entities.has(entityKey('industry', name)))
      relations.push({
        type: 'FOCUSES_ON',
        source: { type: 'park', name: park.name },
        target: { type: 'industry', name },
        sentence: sentenceAt(park.start),
      });
}

/**
 * A former post's printed form (某省政协原党组书记) with the clause the resolver cut from its title
 * cut too (中央纪委国家监委对|某省政协原党组书记): from where the office's printed form begins.
 */
function formerAfterClause(
  form: string | undefined,
  post: { printed: string; reason?: string },
): string | undefined {
  if (!form || !post.reason?.includes('clause')) return form;
  const at = form.lastIndexOf(post.printed.slice(0, 2));
  return at > 0 ? form.slice(at) : form;
}
