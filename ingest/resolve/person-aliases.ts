/**
 * One node per person across articles, for five misreadings that make a second node:
 * - a foreign name's last part (卡尼) where an article introduces the full name (某某·卡尼), or
 *   where the full name stands in articles that never print the last part alone (a decree's
 *   full name, the news' short one), and the corpus prints no other full name ending in it;
 * - a foreign name's first or middle part (巴沙尔 of 巴沙尔·阿萨德) held by one full name only;
 * - a name cut short (某舒斯 for 某舒斯京): every sentence it was read in prints a longer name of
 *   the corpus around it;
 * - a name with the next word's first character glued on (某某作, 某某在): the name without it
 *   is a person of the corpus and the character is a function word or a verb of report, which
 *   rarely ends a given name;
 * - a dotted name printed once with a leading honorific or first name (哈吉·甲·乙) and once
 *   without it (甲·乙).
 */
import type { ArticleRecord } from '../records.ts';

/**
 * Characters that follow a name in a sentence (作报告, 在, 以…优势, 已签署, 到会, 送的花圈, 应邀)
 * and rarely end one.
 */
const GLUED =
  /^(作|在|便|乘|请|还|说|将|等|对|向|也|则|又|都|是|以|时|称|指|和|与|同|已|到|曾|就|亦|再|即|并|均|送|应)$/;

/** A headline: a line with no mark that ends a sentence or a clause. */
const headline = (sentence: string) => !/[。！？!?；;，,：:…”」）)]\s*$/.test(sentence.trim());

/** Whether every print of `short` in the sentence is part of a print of `full`. */
const onlyInside = (sentence: string, short: string, full: string) =>
  sentence.split(short).length === sentence.split(full).length;

export function personAliasMap(articles: ArticleRecord[]): Map<string, [string, string]> {
  const names = new Set<string>();
  const together = new Set<string>(); // `${short}\n${full}` introduced in one article
  const apart = new Set<string>(); // `${short}\n${full}` both printed in one article, not introduced
  const sentences = new Map<string, string[]>();
  const byLast = new Map<string, Set<string>>();
  for (const a of articles) {
    const people = a.facts.entities.filter((e) => e.type === 'person');
    for (const p of people) {
      names.add(p.name);
      const list = sentences.get(p.name);
      if (list) list.push(p.sentence);
      else sentences.set(p.name, [p.sentence]);
      const last = p.name.split('·').at(-1)!;
      if (last !== p.name) byLast.set(last, (byLast.get(last) ?? new Set()).add(p.name));
    }
    const dotted = people.filter((p) => p.name.includes('·'));
    for (const short of people)
      for (const full of dotted)
        // The short name is first read inside the full one's sentence: the full introduced it;
        // or in a headline of the story (a line with no full stop: 某娃连任某组织总裁), whose
        // body introduces the full name, printing the short one there only inside it (people42:
        // news-flash items are headed so; 总统拜登之子亨特·拜登 names two people).
        if (full.name.endsWith('·' + short.name))
          (short.sentence.includes(full.name) ||
          (headline(short.sentence) && onlyInside(full.sentence, short.name, full.name))
            ? together
            : apart
          ).add(`${short.name}\n${full.name}`);
  }
  const map = new Map<string, [string, string]>();
  const posts = new Map<string, Set<string>>();
  for (const a of articles)
    for (const r of a.facts.relations)
      if (r.type === 'HOLDS' && r.source.type === 'person')
        posts.set(r.source.name, (posts.get(r.source.name) ?? new Set()).add(r.target.name));
  // 某国代总统罗德里格斯 in one story, 某国议会主席豪尔赫·罗德里格斯 in another: kin share a last
  // name; offices that share nothing (neither ends the other) are two people's (pairs43, issue 11),
  // even in one story: the short name read inside the full one's sentence seems introduced there.
  const otherOffices = (x: string, y: string) => {
    const [a, b] = [[...(posts.get(x) ?? [])], [...(posts.get(y) ?? [])]];
    return (
      a.length > 0 && b.length > 0 && !a.some((p) => b.some((q) => p.endsWith(q) || q.endsWith(p)))
    );
  };
  for (const [last, fulls] of byLast) {
    const [full] = fulls;
    const pair = `${last}\n${full}`;
    if (
      fulls.size === 1 &&
      names.has(last) &&
      (together.has(pair) || !apart.has(pair)) &&
      !otherOffices(last, full!)
    )
      map.set(last, [full!, 'short form of a foreign name printed in full']);
  }
  // 巴沙尔 of 巴沙尔·阿萨德, 邦戈 of 阿里·邦戈·翁丁巴: a part before the last, when the corpus has
  // one full name holding it, it ends no full name (阿里 of many names stays apart) and the two
  // hold one office (某国总统): a first name alone (穆罕默德) is many people's.
  const shareAPost = (x: string, y: string) =>
    [...(posts.get(x) ?? [])].some((p) => posts.get(y)?.has(p));
  const byPart = new Map<string, Set<string>>();
  for (const n of names) {
    const parts = n.split('·');
    for (const part of parts.slice(0, -1))
      if (part.length >= 2) byPart.set(part, (byPart.get(part) ?? new Set()).add(n));
  }
  // Two full names holding it (巴沙尔·阿萨德, 巴沙尔·贾法里): the one office shared tells which
  // (dups21: 叙利亚总统 巴沙尔 beside the president and a diplomat; a family's last name is no
  // such part: a son holds his father's office).
  for (const [part, fulls] of byPart)
    if (names.has(part) && !byLast.has(part) && !map.has(part)) {
      const sharing = [...fulls].filter((full) => shareAPost(part, full));
      if (sharing.length === 1)
        map.set(part, [sharing[0]!, 'a part of a foreign name printed in full']);
    }
  for (const [cut, whole] of cutNames(names, sentences))
    if (!map.has(cut)) map.set(cut, [map.get(whole)?.[0] ?? whole, 'a name cut short']);
  for (const n of names) {
    const bare = n.slice(0, -1);
    if (GLUED.test(n.at(-1)!) && bare.length >= 2 && names.has(bare) && !map.has(n))
      map.set(n, [map.get(bare)?.[0] ?? bare, 'a word glued to the name']);
  }
  // 劳尔 where 劳尔·卡斯特罗 is introduced, 拉卡列 of 路易斯·阿尔韦托·拉卡列·波乌 (dups34: cctv23s,
  // cctv23n): a first or middle part printed alone only in stories that print its one full name
  // is the story's short form of it, as a last part is above. A part printed alone in another
  // story too (爱尔兰总理马丁 beside a 马丁·某某 elsewhere) or holding an office is left to the
  // office rule above. Run after the cut and glued names, whose reasons say more.
  const storiesOf = new Map<string, Set<string>>();
  for (const a of articles)
    for (const e of a.facts.entities)
      if (e.type === 'person')
        storiesOf.set(e.name, (storiesOf.get(e.name) ?? new Set()).add(a.key));
  for (const [part, fulls] of byPart) {
    if (fulls.size !== 1 || !names.has(part) || byLast.has(part) || map.has(part)) continue;
    // A part holding an office is joined by the office rule or not at all (南岭国国王哈桑 in the
    // story of a party's spokesman 哈桑·努里 is someone else).
    if (posts.has(part)) continue;
    const [full] = fulls;
    const withFull = storiesOf.get(full!)!;
    if ([...storiesOf.get(part)!].every((k) => withFull.has(k)))
      map.set(part, [full!, 'a part of a foreign name printed in the story of its full name']);
  }
  withLeadingParts(names, map);
  return map;
}

/**
 * 某某·甲·乙 beside 甲·乙 (things57-a: a sultan printed with and without the title 哈吉, Haji): a
 * dotted name of two parts or more that ends exactly one longer dotted name of the corpus is that
 * person, printed without a leading honorific or first name. Both its given name and its family
 * name are the longer one's: namesakes of two parts are rarer than kin of one (the last-part rule
 * above). Names already mapped to the shorter one follow it.
 */
function withLeadingParts(names: ReadonlySet<string>, map: Map<string, [string, string]>): void {
  const longer = new Map<string, Set<string>>();
  for (const n of names) {
    const parts = n.split('·');
    for (let k = 1; k <= parts.length - 2; k++) {
      const tail = parts.slice(k).join('·');
      if (names.has(tail)) longer.set(tail, (longer.get(tail) ?? new Set()).add(n));
    }
  }
  for (const [tail, fulls] of longer) {
    const [full] = fulls;
    if (fulls.size !== 1 || map.has(tail) || map.has(full!)) continue;
    const reason = 'a foreign name printed without its leading honorific or first name';
    map.set(tail, [full!, reason]);
    for (const [name, [target, why]] of map) if (target === tail) map.set(name, [full!, why]);
  }
}

/**
 * 某舒斯 where every sentence it was read in prints 某舒斯京 around it: the name was cut. The
 * longer name must be a person of the corpus and the only one containing it there.
 */
function cutNames(
  names: ReadonlySet<string>,
  sentences: ReadonlyMap<string, string[]>,
): Map<string, string> {
  const containing = new Map<string, Set<string>>();
  for (const y of names)
    for (let i = 0; i < y.length; i++)
      for (let j = i + 2; j <= y.length; j++)
        if (j - i < y.length) {
          const part = y.slice(i, j);
          if (names.has(part)) containing.set(part, (containing.get(part) ?? new Set()).add(y));
        }
  const out = new Map<string, string>();
  for (const [part, ys] of containing) {
    const inside = [...ys].filter((y) =>
      sentences.get(part)!.every((s) => s.includes(y) && !s.split(y).join('|').includes(part)),
    );
    if (inside.length === 1) out.set(part, inside[0]!);
  }
  return out;
}
