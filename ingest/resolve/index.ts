/**
 * Entity resolution across articles: the node name of every entity reference in an article.
 * Parks merge by abbreviation and place prefix (parks.ts), people split into namesakes when
 * nothing connects their mentions (people.ts); per-article rules (organisations' home area,
 * programs' abbreviations, sectors' canonical forms) already ran in extraction and left their
 * reasons on the facts.
 */
import type { ArticleRecord } from '../records.ts';
import type { EntityRef } from '../extract/index.ts';
import { parkAliasMap } from './parks.ts';
import { countryPrefixMaps } from './country-prefix.ts';
import { personAliasMap } from './person-aliases.ts';
import { findNamesakes, type Namesakes } from './people.ts';
import { programAliasMap } from './programs.ts';
import { datedCampaign } from './dated-campaigns.ts';
import { postAliasMap } from './post-aliases.ts';
import { standingCommitteeMap } from './organizations.ts';
import { STORY_POST_REASON, storyPostForms } from './story-posts.ts';
import { CENTRAL_COMMITTEE_REASON, centralCommitteeMap } from './central-committees.ts';
import { AREA_SHORT_FORM_REASON, areaShortFormMaps } from './area-short-forms.ts';
import { bodyNames } from './body-names.ts';
import { STORY_BODY_REASON, storyBodyForms } from './story-bodies.ts';

export interface Resolver {
  /** The node name of `ref` as printed in `article`. */
  name(ref: EntityRef, article: string): string;
  /** Why `ref` took another node's name ('' when it did not). */
  reason(ref: EntityRef, into: string): string;
  namesakes: Namesakes;
}

export function resolver(articles: ArticleRecord[]): Resolver {
  const park = parkAliasMap(articles);
  const namesakes = findNamesakes(articles);
  const person = personAliasMap(articles);
  // Every map that merges a body printed in two forms reads the one walk of the corpus's names.
  const bodies = bodyNames(articles);
  const foreign = countryPrefixMaps(bodies);
  const area = areaShortFormMaps(bodies);
  const sector = sectorSuffixMap(articles);
  const program = programAliasMap(articles);
  // 主题教育 alone where no story of the corpus names it in full: the campaign of its date.
  const dates = new Map(articles.map((a) => [a.key, a.date]));
  const programName = (printed: string, article: string) =>
    program.get(printed)?.[0] ?? datedCampaign(printed, dates.get(article)) ?? printed;
  const story = storyPostForms(articles);
  // A body printed whole once, then bare in the same story (工商联 after 某区工商联).
  const own = storyBodyForms(articles);
  const committee = standingCommitteeMap(bodies.organization);
  const central = centralCommitteeMap(bodies);
  // Offices named by a central committee's 委员会 form go in under the short form, so the alias
  // table reads one office (dups34); a bare title given its country across articles (总书记 →
  // 老挝总书记) is aliased as that too.
  const offices = [...bodies.post].map((n) => central.post.get(n) ?? n);
  const post = postAliasMap([...offices, ...offices.flatMap((n) => foreign.post.get(n) ?? [])]);
  const foreignPost = (n: string) => foreign.post.get(n);
  const postName = (printed: string) => {
    const n = central.post.get(printed) ?? printed;
    return post.get(n) ?? aliasOf(post, foreignPost(n)) ?? n;
  };
  return {
    name: (ref, article) =>
      ref.type === 'park'
        ? park(ref)
        : ref.type === 'person'
          ? namesakes.nameIn(person.get(ref.name)?.[0] ?? ref.name, article)
          : ref.type === 'industry'
            ? (sector.get(ref.name) ?? ref.name)
            : ref.type === 'program'
              ? programName(ref.name, article)
              : ref.type === 'post'
                ? postName(
                    story.post.get(`${article}\n${ref.name}`) ??
                      own.post.get(`${article}\n${ref.name}`) ??
                      area.post.get(ref.name) ??
                      ref.name,
                  )
                : ref.type === 'organization'
                  ? (story.organization.get(`${article}\n${ref.name}`) ??
                    own.organization.get(`${article}\n${ref.name}`) ??
                    central.organization.get(ref.name) ??
                    foreign.organization.get(ref.name) ??
                    committee.get(ref.name) ??
                    area.organization.get(ref.name) ??
                    ref.name)
                  : ref.name,
    reason: (ref, into) =>
      into === ref.name
        ? ''
        : ref.type === 'park'
          ? 'park abbreviation or place prefix'
          : ref.type === 'person'
            ? (person.get(ref.name)?.[1] ?? '')
            : ref.type === 'industry'
              ? 'sector printed elsewhere with 业, 运输, 材料 or 制造'
              : ref.type === 'program'
                ? (program.get(ref.name)?.[1] ??
                  'a campaign printed by its kind alone, named by its date')
                : ref.type === 'post'
                  ? central.post.has(ref.name)
                    ? CENTRAL_COMMITTEE_REASON
                    : post.has(ref.name)
                      ? "a country's speaker is its legislature's"
                      : foreignPost(ref.name)
                        ? 'the body printed elsewhere with its country'
                        : area.post.get(ref.name) === into
                          ? AREA_SHORT_FORM_REASON
                          : [...own.post.values()].includes(into)
                            ? STORY_BODY_REASON
                            : STORY_POST_REASON
                  : ref.type === 'organization'
                    ? central.organization.has(ref.name)
                      ? CENTRAL_COMMITTEE_REASON
                      : committee.has(ref.name)
                        ? 'the body printed elsewhere with its congress'
                        : foreign.organization.has(ref.name)
                          ? 'the body printed elsewhere with its country'
                          : area.organization.get(ref.name) === into
                            ? AREA_SHORT_FORM_REASON
                            : [...own.organization.values()].includes(into)
                              ? STORY_BODY_REASON
                              : STORY_POST_REASON
                    : '',
    namesakes,
  };
}

/** The printed name of a node name: 王刚#2 is printed 王刚. */
export function printedName(name: string): string {
  return name.replace(/#\d+$/, '');
}

/**
 * 纺织 and 纺织业 in different articles: one sector, under the 业 form (钢铁材料: the 材料 form,
 * 交通运输: the 运输 form).
 */
/**
 * A sector's longer printed forms, the first one found winning: 纺织业; 交通运输 (矿山、交通等行业
 * beside 交通运输等行业); 先进钢铁材料 (the name of its material, after two characters or more).
 */
const LONGER_FORMS: [suffix: string, shortest: number][] = [
  ['业', 1],
  ['运输', 1],
  ['材料', 2],
];

function sectorSuffixMap(articles: ArticleRecord[]): Map<string, string> {
  const names = new Set<string>();
  for (const a of articles)
    for (const e of a.facts.entities) if (e.type === 'industry') names.add(e.name);
  const map = new Map<string, string>();
  for (const [suffix, shortest] of LONGER_FORMS)
    for (const n of names)
      if (n.length >= shortest && names.has(n + suffix) && !map.has(n)) map.set(n, n + suffix);
  // 集成电路制造 and 集成电路: the sector, not its making (unless a vocabulary form says so).
  for (const n of names)
    if (n.endsWith('制造') && names.has(n.slice(0, -2)) && !map.has(n)) map.set(n, n.slice(0, -2));
  return map;
}

/** `name` through an alias map, or `name` itself; undefined stays undefined. */
const aliasOf = (map: Map<string, string>, name: string | undefined) =>
  name === undefined ? undefined : (map.get(name) ?? name);
