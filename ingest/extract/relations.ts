/**
 * Relations inside one sentence: who runs a program, what a place focuses on, what a speaker
 * spoke about. The actor is the nearest mention before the object with a verb of the right kind
 * between them; which types act and which are acted on is the edge table's `from` and `to`
 * (graph/types.ts), so a new node type needs no line here.
 */
import { EDGE_TYPE_TABLE, type NodeType } from '../../graph/types.ts';
import type { Sentence } from '../text/sentences.ts';
import type { Mention } from './mentions.ts';
import type { RelationFact } from './facts.ts';
import { PARK_HOSTS } from './park-links.ts';
import { firstNotBelow } from '../text/sorted-search.ts';

const FOCUS_VERBS =
  /(发展|培育|打造|聚焦|集聚|壮大|做大做强|做大|布局|围绕|突破|引进|建设|形成|推动|加快|升级|构建|发力|坚持|巩固|优化|瞄准|紧盯|重点|主导|拥有|已集聚|建成)/;
const RUN_VERBS =
  /(推出|实施|出台|启动|打造|建立|构建|部署|印发|制定|推行|升级|组织|深化|开展|签订|发布|落实|建设|谋划|推进|创新推出|迭代|试点|明确)/;

export interface ActorEdge {
  type: 'FOCUSES_ON' | 'RUNS' | 'LOCATED_IN';
  verbs: RegExp;
  actors: ReadonlySet<NodeType>;
  objects: ReadonlySet<NodeType>;
  /** The edge points from the object to the actor (the park LOCATED_IN the district). */
  reverse?: boolean;
}

/** The edges read as "actor, verb, object", with their verbs; endpoints from the edge table. */
const ACTOR_EDGES: ActorEdge[] = [
  ...(
    [
      ['FOCUSES_ON', FOCUS_VERBS],
      ['RUNS', RUN_VERBS],
    ] as const
  ).map(([type, verbs]) => ({
    type,
    verbs,
    actors: new Set<NodeType>(EDGE_TYPE_TABLE[type].from),
    objects: new Set<NodeType>(EDGE_TYPE_TABLE[type].to),
  })),
  PARK_HOSTS,
];

export function relationsInSentence(
  text: string,
  sentence: Sentence,
  mentions: Mention[],
  speaker: string | undefined,
): RelationFact[] {
  const out: RelationFact[] = [];
  const index = new SentenceIndex(text, sentence, mentions);
  for (const m of mentions)
    for (const edge of ACTOR_EDGES)
      // A park whose name places it (渝北区某某城) is placed already (./parks.ts).
      if (edge.objects.has(m.type) && !(edge.reverse && m.facts?.district))
        for (const r of actorRelation(edge, index, m)) out.push(r);
  if (speaker) {
    const seen = new Set<string>();
    for (const m of mentions) {
      const key = `${m.type}:${m.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        type: 'SPOKE_ABOUT',
        source: { type: 'person', name: speaker },
        target: { type: m.type, name: m.name },
        sentence: sentence.text,
      });
    }
  }
  return out;
}

function actorRelation(
  { type, verbs, actors, reverse }: ActorEdge,
  index: SentenceIndex,
  object: Mention,
): RelationFact[] {
  const actor = index.actorBefore(object, actors);
  if (!actor) return [];
  if (!index.hasVerb(verbs, actor.end, object.start) || index.hasStop(actor.end, object.start))
    return [];
  if (reverse && index.sharedBuild(actor, object)) return [];
  const from = { type: actor.type, name: actor.name };
  const to = { type: object.type, name: object.name };
  return [
    {
      type,
      source: reverse ? to : from,
      target: reverse ? from : to,
      sentence: index.sentence.text,
    },
  ];
}

/**
 * A sentence's actors and verbs, indexed once, so each object is answered without a scan of all
 * mentions or of the text between actor and object: a one-sentence list of 10^5 sectors was
 * quadratic. The answers are those of the plain scans (kept as the fallback).
 */
class SentenceIndex {
  /**
   * The mentions of each set of actor types, and whether their ends never decrease in mention
   * order (no overlaps), so a binary search finds the last.
   */
  private readonly actorsOf = new Map<
    ReadonlySet<NodeType>,
    { actors: Mention[]; endsSorted: boolean }
  >();
  private readonly verbEnds = new Map<RegExp, Int32Array>();
  private nextStop?: Int32Array;

  constructor(
    private readonly text: string,
    readonly sentence: Sentence,
    private readonly mentions: Mention[],
  ) {}

  /**
   * The last mention of an actor type (in mention order) that ends before the object and is not
   * named like it.
   */
  actorBefore(object: Mention, types: ReadonlySet<NodeType>): Mention | undefined {
    let entry = this.actorsOf.get(types);
    if (!entry) {
      const actors = this.mentions.filter((m) => types.has(m.type));
      const endsSorted = actors.every((a, i) => i === 0 || actors[i - 1]!.end <= a.end);
      this.actorsOf.set(types, (entry = { actors, endsSorted }));
    }
    const { actors, endsSorted } = entry;
    const fits = (m: Mention) => m.end <= object.start && m.name !== object.name;
    if (!endsSorted) return actors.filter(fits).at(-1);
    const after = firstNotBelow(actors.length, (k) => actors[k]!.end <= object.start);
    for (let k = after - 1; k >= 0; k--) if (fits(actors[k]!)) return actors[k];
    return undefined;
  }

  private inside(from: number, to: number): boolean {
    return from >= this.sentence.start && to <= this.sentence.end && from <= to;
  }

  /** verbs.test(text.slice(from, to)): some verb starts at or after `from` and ends by `to`. */
  hasVerb(verbs: RegExp, from: number, to: number): boolean {
    if (!this.inside(from, to)) return verbs.test(this.text.slice(from, to));
    let ends = this.verbEnds.get(verbs);
    if (!ends) this.verbEnds.set(verbs, (ends = this.earliestEnds(verbs)));
    return ends[from - this.sentence.start]! <= to;
  }

  /**
   * A park several places build together (甲县、乙县联合打造某合作区) sits in none of them alone:
   * a place listed after another, or a verb of building together between actor and object.
   */
  sharedBuild(actor: Mention, object: Mention): boolean {
    const before = this.text.slice(Math.max(this.sentence.start, actor.start - 5), actor.start);
    if (/[、与和及同](\p{Script=Han}{1,3}(省|市|自治区))?$/u.test(before)) return true;
    return /(联合|共建|共同|携手|合作)/.test(this.text.slice(actor.end, object.start));
  }

  /** /[。！？]/.test(text.slice(from, to)). */
  hasStop(from: number, to: number): boolean {
    if (!this.inside(from, to)) return /[。！？]/.test(this.text.slice(from, to));
    const { start, end } = this.sentence;
    if (!this.nextStop) {
      this.nextStop = new Int32Array(end - start + 1).fill(end + 1);
      for (let i = end - 1; i >= start; i--)
        this.nextStop[i - start] = /[。！？]/.test(this.text[i]!)
          ? i
          : this.nextStop[i + 1 - start]!;
    }
    return this.nextStop[from - start]! < to;
  }

  /** Per offset p of the sentence: the earliest end of a verb starting at p or later. */
  private earliestEnds(verbs: RegExp): Int32Array {
    const { start, end } = this.sentence;
    const ends = new Int32Array(end - start + 1).fill(2 ** 31 - 1); // "no verb"
    // Searched in the sentence alone: indexOf over the story from each sentence was quadratic.
    const sentence = this.text.slice(start, end);
    for (const word of wordsOf(verbs))
      for (let i = sentence.indexOf(word); i >= 0; i = sentence.indexOf(word, i + 1))
        ends[i] = Math.min(ends[i]!, start + i + word.length);
    for (let i = end - start - 1; i >= 0; i--) ends[i] = Math.min(ends[i]!, ends[i + 1]!);
    return ends;
  }
}

const verbWords = new Map<RegExp, string[]>();
/** The words of a /(a|b|c)/ verb list. */
function wordsOf(verbs: RegExp): string[] {
  let words = verbWords.get(verbs);
  if (!words) verbWords.set(verbs, (words = verbs.source.slice(1, -1).split('|')));
  return words;
}
