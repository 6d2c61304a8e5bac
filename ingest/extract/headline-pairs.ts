/**
 * Person–post pairs printed in a story's headline (李某同某国某党中央政治局委员坎某举行会谈, 习某向某国
 * 新任总统某某致贺电): the headline is the story's first line, and readers quote its titles as
 * printed, often in a shorter form than the text's (某国人革党 for 某国人民革命党). Only people the
 * story's text names take a pair from it, so a headline invents no one; its sentence is the
 * evidence, as for a place printed only in the headline.
 */
import type { StoryFacts } from './facts.ts';
import { gazetteer } from '../gazetteer/index.ts';
import { wordIndex } from '../text/word-index.ts';

export function withHeadlinePairs(
  facts: StoryFacts,
  headline: string | undefined,
  extract: (text: string) => StoryFacts,
): StoryFacts {
  if (!headline) return facts;
  const people = new Set(facts.entities.filter((e) => e.type === 'person').map((e) => e.name));
  if (people.size === 0) return facts;
  // 韩正会见某国总理 韩正会见某组织主席: two headlines joined by a space are two clauses, no
  // title and name across the space.
  // 【我从基层来】某某: a column's name in brackets is no part of a title either.
  // Only a part that prints one of those people is extracted: a part's people are names printed
  // in it, so another part can give none of them a pair, and extracting a headline is a whole
  // story's rules (8–9 % of an ingest, most headlines naming no one; docs/benchmarks.md, eighth
  // round: no part left out gave a pair over 58 development sets).
  // Compared folded (width, the dots between a foreign name's parts), so a name the rules wrote
  // in another form than printed still keeps its part.
  const names = [...people].map(foldName);
  const parts = headlineParts(headline)
    .filter((part) => {
      if (!printsRoleWord(part)) return false;
      const printed = foldName(part);
      return printed && names.some((name) => printed.includes(name));
    })
    .map(extract);
  const fromHeadline = {
    entities: parts.flatMap((f) => f.entities),
    relations: parts.flatMap((f) => f.relations),
  };
  const held = new Set(
    facts.relations
      .filter((r) => r.type === 'HOLDS')
      .map((r) => `${r.source.name}\u0000${r.target.name}`),
  );
  const entities = new Map(facts.entities.map((e) => [`${e.type}:${e.name}`, e]));
  const posts = new Set<string>();
  for (const r of fromHeadline.relations) {
    if (r.type !== 'HOLDS' || r.source.type !== 'person' || !people.has(r.source.name)) continue;
    const key = `${r.source.name}\u0000${r.target.name}`;
    const post = fromHeadline.entities.find((e) => e.type === 'post' && e.name === r.target.name);
    if (!post) continue;
    posts.add(post.name);
    const known = entities.get(`post:${post.name}`);
    if (known) {
      for (const s of post.surfaces) if (!known.surfaces.includes(s)) known.surfaces.push(s);
    } else {
      const copy = { ...post, surfaces: [...post.surfaces], facts: { ...post.facts } };
      entities.set(`post:${post.name}`, copy);
      facts.entities.push(copy);
    }
    if (held.has(key)) continue;
    held.add(key);
    facts.relations.push(r);
  }
  // The office's body (POST_IN) where the text does not tie the post to it already.
  const tied = new Set(
    facts.relations.filter((r) => r.type === 'POST_IN').map((r) => r.source.name),
  );
  for (const r of fromHeadline.relations)
    if (r.type === 'POST_IN' && posts.has(r.source.name) && !tied.has(r.source.name)) {
      const body = fromHeadline.entities.find(
        (e) => e.type === r.target.type && e.name === r.target.name,
      );
      if (body && !entities.has(`${body.type}:${body.name}`)) {
        entities.set(`${body.type}:${body.name}`, body);
        facts.entities.push(body);
      }
      facts.relations.push(r);
    }
  return facts;
}

/** A headline's parts: clauses joined by a space, a column's name in brackets (see above). */
export function headlineParts(headline: string): string[] {
  return headline.split(/[\s【】]+/).filter(Boolean);
}

/**
 * Whether a role word (书记, 总统, 部长…) is printed anywhere in the text. A pair is a person
 * holding a post, and every post the rules read ends in a role word of the gazetteer as printed
 * (parsePostChain's titles end in one; the leaders' titles, 总统|首相 and 第一书记 hold one): a
 * part printing none gives no pair and is not extracted (80 % of headline parts; none of the
 * 9,787 such parts over 60 development sets gave a pair: docs/benchmarks.md, ninth round).
 */
export function printsRoleWord(text: string): boolean {
  for (let end = text.length; end > 0; end--) if (roleWords.longestEndingAt(text, end)) return true;
  return false;
}
const roleWords = wordIndex(gazetteer().roleWords);

function foldName(text: string): string {
  return text.normalize('NFKC').replace(/[·・•‧∙･\s]/g, '');
}
