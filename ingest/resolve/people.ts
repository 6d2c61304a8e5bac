/**
 * Namesakes: two mentions of one name in different articles are one person only when something
 * connects them — a post or an organisation they both hold. Articles that give the name no post
 * join the person named most (nothing tells them apart); two sets of posts that share nothing are
 * two people: 王刚 and 王刚#2, each with its own evidence, each pointing at the other.
 */
import type { ArticleRecord } from '../records.ts';

export interface Namesakes {
  /** The node name of `name` in `article`: the name, or name#2, name#3… */
  nameIn(name: string, article: string): string;
  /** The node names that share a printed name with `nodeName` (empty for most people). */
  namesakesOf(nodeName: string): string[];
  /** Why articles were joined: node name -> shared posts and organisations. */
  joinedBy(nodeName: string): string[];
}

interface Profile {
  article: string;
  ties: Set<string>;
}

export function findNamesakes(articles: ArticleRecord[]): Namesakes {
  const profiles = new Map<string, Profile[]>();
  const profileOf = new Map<string, Profile>();
  for (const a of articles) {
    // The post's organisation under its canonical name (POST_IN), not as printed in the title.
    const orgOfPost = new Map<string, string>();
    for (const r of a.facts.relations)
      if (r.type === 'POST_IN') orgOfPost.set(r.source.name, r.target.name);
    const ties = new Map<string, Set<string>>();
    for (const e of a.facts.entities) if (e.type === 'person') ties.set(e.name, new Set());
    for (const b of a.facts.bylines) if (!ties.has(b.name)) ties.set(b.name, new Set());
    for (const r of a.facts.relations) {
      if (r.type !== 'HOLDS' || r.source.type !== 'person') continue;
      const set = ties.get(r.source.name) ?? new Set<string>();
      ties.set(r.source.name, set);
      set.add(`post ${r.target.name}`);
      const org = orgOfPost.get(r.target.name);
      if (org) set.add(`organisation ${org}`);
    }
    for (const [name, set] of ties) {
      const list = profiles.get(name) ?? [];
      // Indexed by name and article: a name in 10⁴ stories must not scan its list per story.
      const old = profileOf.get(`${name}\n${a.key}`);
      if (old) for (const t of set) old.ties.add(t);
      else {
        const profile = { article: a.key, ties: set };
        list.push(profile);
        profileOf.set(`${name}\n${a.key}`, profile);
      }
      profiles.set(name, list);
    }
  }
  const nodeOf = new Map<string, string>(); // `${name}\n${article}` -> node name
  const siblings = new Map<string, string[]>();
  const reasons = new Map<string, string[]>();
  for (const [name, list] of profiles) {
    const groups = clusters(list.filter((p) => p.ties.size > 0));
    const loose = list.filter((p) => p.ties.size === 0);
    if (groups.length === 0) groups.push([]);
    // The person named in most articles keeps the bare name; ties go to the earliest article.
    groups.sort((x, y) => y.length - x.length || (first(x) < first(y) ? -1 : 1));
    for (const p of loose) groups[0]!.push(p);
    const names = groups.map((_, i) => (i === 0 ? name : `${name}#${i + 1}`));
    groups.forEach((group, i) => {
      for (const p of group) nodeOf.set(`${name}\n${p.article}`, names[i]!);
      if (names.length > 1)
        siblings.set(
          names[i]!,
          names.filter((n) => n !== names[i]),
        );
      const shared = sharedTies(group);
      if (shared.length) reasons.set(names[i]!, shared);
    });
  }
  return {
    nameIn: (name, article) => nodeOf.get(`${name}\n${article}`) ?? name,
    namesakesOf: (n) => siblings.get(n) ?? [],
    joinedBy: (n) => reasons.get(n) ?? [],
  };
}

const first = (group: Profile[]) => group.map((p) => p.article).sort()[0] ?? '';

/** Connected groups of profiles: two profiles connect when they share a post or an organisation. */
function clusters(list: Profile[]): Profile[][] {
  const parent = list.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const owner = new Map<string, number>();
  list.forEach((p, i) => {
    for (const t of p.ties) {
      const j = owner.get(t);
      if (j === undefined) owner.set(t, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, Profile[]>();
  list.forEach((p, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), p]));
  return [...groups.values()];
}

/** The posts and organisations seen in more than one of the group's articles. */
function sharedTies(group: Profile[]): string[] {
  const count = new Map<string, number>();
  for (const p of group) for (const t of p.ties) count.set(t, (count.get(t) ?? 0) + 1);
  return [...count]
    .filter(([, n]) => n > 1)
    .map(([t]) => t)
    .sort();
}
