/**
 * Park aliases across articles: a short form is an abbreviation of a longer park name when it
 * starts the same way, keeps its characters in order and ends inside the longer name's suffix
 * (西永微电园 -> 西永微电子产业园区; 西部科学城 -> 西部(重庆)科学城).
 */
import type { EntityRef } from '../extract/index.ts';
import { startsWithPlace } from '../extract/places.ts';
import type { ArticleRecord } from '../build.ts';

/** 黔江正阳工业园区 and 正阳工业园区: the same park, once with its district in front. */
export function isPlacePrefixed(short: string, long: string): boolean {
  return (
    long.length > short.length + 1 &&
    long.endsWith(short) &&
    startsWithPlace(long.slice(0, long.length - short.length))
  );
}

export function isAbbreviation(short: string, long: string): boolean {
  if (short.length >= long.length || short.slice(0, 2) !== long.slice(0, 2)) return false;
  if (!long.slice(-2).includes(short.at(-1)!)) return false;
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

/** A function giving each entity its canonical name (parks merged, everything else as is). */
export function parkAliasMap(articles: ArticleRecord[]): (r: EntityRef) => string {
  const counts = new Map<string, number>();
  for (const a of articles)
    for (const e of a.facts.entities)
      if (e.type === 'park') counts.set(e.name, (counts.get(e.name) ?? 0) + e.count);
  const names = [...counts.keys()].sort();
  const target = new Map<string, string>();
  for (const short of names) {
    const longs = names.filter(
      (long) => isAbbreviation(short, long) || isPlacePrefixed(short, long),
    );
    if (longs.length === 0) continue;
    longs.sort(
      (x, y) => counts.get(y)! - counts.get(x)! || y.length - x.length || (x < y ? -1 : 1),
    );
    target.set(short, longs[0]!);
  }
  const resolve = (name: string): string => {
    let n = name;
    for (let hops = 0; target.has(n) && hops < 5; hops++) n = target.get(n)!;
    return n;
  };
  return (r) => (r.type === 'park' ? resolve(r.name) : r.name);
}
