/** One post across articles for one office printed several ways (ingest/resolve/index.ts). */
import { gazetteer } from '../gazetteer/index.ts';
import { districtInfo } from '../extract/places.ts';
import { roleSuffix } from '../extract/posts.ts';
import { shortForms } from './office-forms.ts';

const g = gazetteer();

/** A country's legislature, by the words its Chinese name ends in. */
const LEGISLATURE = /(议会|国会|国民议会|国民大会|议院|杜马|立法会|立法大会)$/;

/**
 * Across articles, 某国议长 is the speaker of that country's legislature: one node with the
 * 某国…议会议长 post when the corpus prints exactly one such post for that country.
 */
export function postAliasMap(posts: Iterable<string>): Map<string, string> {
  const all = [...new Set(posts)];
  const map = new Map<string, string>();
  for (const p of all) {
    const country = /^(.+)议长$/.exec(p)?.[1];
    if (!country || !g.countries.has(country)) continue;
    const full = all.filter(
      (q) =>
        q !== p &&
        q.startsWith(country) &&
        q.endsWith('议长') &&
        LEGISLATURE.test(q.slice(0, -2)) &&
        !q.includes('副'),
    );
    if (full.length === 1) map.set(p, full[0]!);
  }
  // abbreviates() needs the same role, body head and body end: compare within those groups only
  // (a corpus prints thousands of posts; every pair was quadratic).
  const groups = new Map<string, Office[]>();
  const offices = all.map((post) => {
    const role = roleSuffix(post);
    const body = role ? post.slice(0, -role.length) : '';
    const office = {
      post,
      role,
      body,
      key: `${role}\u0000${body.slice(0, 3)}\u0000${body.at(-1)}`,
    };
    if (role) groups.set(office.key, [...(groups.get(office.key) ?? []), office]);
    return office;
  });
  for (const o of offices) {
    // 某州州长 beside 美国某州州长: a foreign state's office printed with and without its country.
    if (!o.role || !/[州省市邦]$/.test(o.body) || districtInfo(o.body)) continue;
    const long = all.filter((q) => q.endsWith(o.post) && foreign(q.slice(0, -o.post.length)));
    if (long.length === 1) map.set(o.post, long[0]!);
  }
  // 办事处副主任 beside 街道办事处副主任: a street's office printed with and without 街道.
  for (const p of all) {
    const street = /^街道(办事处\p{Script=Han}+)$/u.exec(p)?.[1];
    if (street && all.includes(street) && !map.has(street)) map.set(street, p);
  }
  for (const o of offices) {
    if (map.has(o.post) || !o.role) continue;
    const long = groups.get(o.key)!.filter((q) => q.post !== o.post && abbreviates(o.body, q.body));
    if (long.length === 1) map.set(o.post, long[0]!.post);
  }
  // 黎真主党… beside 黎巴嫩真主党…, 哈马斯领导人 beside 某某运动（哈马斯）领导人 (office-forms.ts):
  // the long forms indexed by the short forms they may be printed by.
  const longOf = new Map<string, string[]>();
  for (const q of all) for (const s of shortForms(q)) longOf.set(s, [...(longOf.get(s) ?? []), q]);
  for (const p of all) {
    const long = longOf.get(p);
    if (!map.has(p) && long?.length === 1) map.set(p, long[0]!);
  }
  // 某国代表团团长 beside 某国谈判代表团团长 (delegation posts are few: a scan each is cheap).
  for (const o of offices) {
    if (map.has(o.post) || !o.role || !o.body.endsWith('代表团')) continue;
    const long = offices.filter((q) => q.role === o.role && qualifiedDelegation(o.body, q.body));
    if (long.length === 1) map.set(o.post, long[0]!.post);
  }
  // 老挝总书记 (a bare 总书记 given the story's country) is the one ruling party's office the
  // corpus prints for that country (老挝人民革命党中央总书记; 第一书记 likewise; orgpost20).
  const partyHeads = new Map<string, string[]>();
  for (const q of all) {
    const m = /^\p{Script=Han}+[党共]中央(总书记|第一书记)$/u.exec(q);
    // 越共中央总书记: a country's communist party by its short form (越共, 古共) names the country.
    const country =
      m &&
      ([...g.countries].find((c) => q.startsWith(c) && foreign(c)) ??
        (q[1] === '共' ? g.countryShort.get(q[0]!) : undefined));
    if (!m || !country) continue;
    const short = country + m[1];
    partyHeads.set(short, [...(partyHeads.get(short) ?? []), q]);
  }
  for (const [short, long] of partyHeads)
    if (long.length === 1 && !map.has(short)) map.set(short, long[0]!);
  return map;
}

const foreign = (c: string) => c !== '中国' && g.countries.has(c);

interface Office {
  post: string;
  role: string | undefined;
  body: string;
  key: string;
}

/**
 * Whether the body `a` of a post names the office whose body is `b` (the two posts having the
 * same role) by a short form: the body's characters kept in order with its head and its last
 * character (联合国近东救济工程处 for 联合国近东巴勒斯坦难民救济和工程处). A body named inside the other (全国人大常委会 in
 * 全国人大常委会法制工作委员会) is another body, and short bodies are left alone (市委 / 市纪委).
 */
function abbreviates(a: string, b: string): boolean {
  if (a.length < 5 || b.length < 8 || b.length - a.length < 3 || b.includes(a)) return false;
  if (a.slice(0, 3) !== b.slice(0, 3) || a.at(-1) !== b.at(-1)) return false;
  let k = 0;
  for (const ch of b) if (ch === a[k]) k++;
  return k === a.length;
}

/** What a delegation's qualified name holds after its country: a word of two to four, 代表团. */
const QUALIFIED_DELEGATION = /^\p{Script=Han}{2,4}代表团$/u;

/**
 * 某国代表团 and 某国谈判代表团: one delegation printed with and without what it is for (a word of
 * two to four characters before 代表团), when the corpus prints that country's delegation so
 * qualified one way only (the caller's one-candidate test).
 */
function qualifiedDelegation(a: string, b: string): boolean {
  const country = /^(\p{Script=Han}{2,8})代表团$/u.exec(a)?.[1];
  if (!country || !g.countries.has(country)) return false;
  // The country found as text, what follows it read by one pattern (none built from the country).
  return b.startsWith(country) && QUALIFIED_DELEGATION.test(b.slice(country.length));
}
