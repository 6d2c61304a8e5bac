/**
 * One node per foreign body whether or not its country is printed: across the corpus, a body
 * printed bare (伊斯兰革命卫队) is the one body of that name printed after a country (某国伊斯兰
 * 革命卫队), and its posts are that body's posts. Generic names that every country has (外交部,
 * 议会, 政府…) never merge: the name must be long and end in no such word.
 */
import { countryAtStart, gazetteer } from '../gazetteer/index.ts';
import type { BodyNames } from './body-names.ts';

const g = gazetteer();
/** Ends of names every state has: a bare 国防部 is no one country's. */
const GENERIC_END = /(部|委员会|议会|国会|政府|内阁|军|军队|银行|大使馆|使馆|法院|检察院|总统府)$/;

/** Country-prefixed names of `names` (at most one each) for the bare ones. */
function prefixed(
  names: ReadonlySet<string>,
  bareOk: (bare: string) => boolean,
): Map<string, string> {
  const found = new Map<string, Set<string>>();
  for (const n of names)
    for (let k = 2; k <= Math.min(6, n.length - 4); k++) {
      const bare = n.slice(k);
      if (g.countries.has(n.slice(0, k)) && names.has(bare) && bareOk(bare))
        found.set(bare, (found.get(bare) ?? new Set()).add(n));
    }
  const map = new Map<string, string>();
  for (const [bare, full] of found) if (full.size === 1) map.set(bare, [...full][0]!);
  return map;
}

const startsWithCountry = (n: string) => countryAtStart(n) !== undefined;

/** Organisation and post node names: bare foreign body (or its post) -> country-prefixed. */
export function countryPrefixMaps({ organization: orgs, post: posts }: BodyNames): {
  organization: Map<string, string>;
  post: Map<string, string>;
} {
  const organization = prefixed(
    orgs,
    (bare) => bare.length >= 5 && !GENERIC_END.test(bare) && !startsWithCountry(bare),
  );
  // A post of a merged body: its title starts with the body's bare name (…卫队总司令).
  const bodies = [...organization.keys()];
  const post = prefixed(posts, (bare) => bodies.some((b) => bare.startsWith(b)));
  return { organization, post };
}
