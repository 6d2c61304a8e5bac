/**
 * Namesakes: two mentions of one name in different articles are one person only when something
 * connects them — a post or an organisation they both hold; a post printed whole in one and cut
 * short in the other, posts of one foreign country, or two national offices (joinByPosts); or the
 * company they keep: two other
 * people named beside them in both articles (a leader called 副委员长 in one story and 常务主席 of
 * the session's presidium in the next is named with the same colleagues each time; two managers
 * called 王刚 in two companies are not). Articles that give the name no post join the person named
 * most (nothing tells them apart); two sets of posts that share nothing are two people: 王刚 and
 * 王刚#2, each with its own evidence, each pointing at the other.
 */
import { countryAtStart, gazetteer } from '../gazetteer/index.ts';
import { printedShort } from './office-forms.ts';
import { HOLDER_ORDINAL_ONLY, SESSION_OFFICE } from './post-terms.ts';
import {
  foreignBody,
  foreignOnlyTitle,
  foreignSpelled,
  oneStateAbroad,
} from './foreign-namesakes.ts';
import { storyState } from './bare-title-holds.ts';
import { countryName } from './country-names.ts';
import { NAME_DOT } from '../extract/name-stats.ts';
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
  /** Whether a post is printed as held now (not only 时任/原…: a former post tells no one apart). */
  current: boolean;
  /** The other people named in the article (read only when posts alone leave two groups). */
  companions: Set<string>;
}

export function findNamesakes(articles: ArticleRecord[]): Namesakes {
  const profiles = new Map<string, Profile[]>();
  const profileOf = new Map<string, Profile>();
  for (const a of articles) {
    // The post's organisation under its canonical name (POST_IN), not as printed in the title.
    const orgOfPost = new Map<string, string>();
    for (const r of a.facts.relations)
      if (r.type === 'POST_IN') orgOfPost.set(r.source.name, r.target.name);
    // A foreign name's posts also tie by the body the title names, when no organisation node was
    // made of it (世界经济论坛董事会主席 / 世界经济论坛执行主席: foreign-namesakes.ts).
    const bodyOfPost = new Map<string, string>();
    for (const e of a.facts.entities)
      if (e.type === 'post' && e.facts.organization) bodyOfPost.set(e.name, e.facts.organization);
    let state: string | undefined | null = null; // the story's one foreign state, read once
    const ties = new Map<string, Set<string>>();
    const current = new Set<string>();
    for (const e of a.facts.entities) if (e.type === 'person') ties.set(e.name, new Set());
    for (const b of a.facts.bylines) if (!ties.has(b.name)) ties.set(b.name, new Set());
    for (const r of a.facts.relations) {
      if (r.type !== 'HOLDS' || r.source.type !== 'person') continue;
      const set = ties.get(r.source.name) ?? new Set<string>();
      ties.set(r.source.name, set);
      // 首任院长 with no body printed: which office is not said, so it tells no one apart.
      if (HOLDER_ORDINAL_ONLY.test(r.target.name)) continue;
      // 大会副秘书长: a session's office, held beside one's own (post-terms.ts SESSION_OFFICE).
      if (SESSION_OFFICE.test(r.target.name)) continue;
      if (r.attributes?.former !== true) current.add(r.source.name);
      // 企划财政部长官 with no country, in a story of one foreign state: that state's office.
      let post = r.target.name;
      if (foreignOnlyTitle(post)) {
        if (state === null) state = storyState(a.text);
        if (state) post = countryName(state) + post;
      }
      set.add(`post ${post}`);
      const org =
        orgOfPost.get(r.target.name) ??
        (foreignSpelled(r.source.name) ? foreignBody(bodyOfPost.get(r.target.name)) : undefined);
      if (org) set.add(`organisation ${org}`);
    }
    const named = [...ties.keys()];
    for (const [name, set] of ties) {
      const list = profiles.get(name) ?? [];
      // Indexed by name and article: a name in 10⁴ stories must not scan its list per story.
      const old = profileOf.get(`${name}\n${a.key}`);
      if (old) {
        for (const t of set) old.ties.add(t);
        old.current ||= current.has(name);
      } else {
        const companions = new Set(named.filter((n) => n !== name));
        const profile = { article: a.key, ties: set, current: current.has(name), companions };
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
    const tied = list.filter((p) => p.ties.size > 0);
    let groups = clusters(tied, (p) => p.ties);
    // Only a name posts leave split pays for the pairs of companions (k² per article).
    const byCompany = groups.length > 1;
    if (byCompany)
      groups = joinByPosts(
        clusters(tied, (p) => [...p.ties, ...companionPairs(p)]),
        name,
      );
    const loose = list.filter((p) => p.ties.size === 0);
    // A person printed only with former posts (时任某市委常委的某某, in a story of their past)
    // is told apart from no one: people move on (orgpost18).
    let past = groups.length > 1 ? groups.filter((gr) => !gr.some((p) => p.current)) : [];
    if (past.length === groups.length) past = [];
    groups = groups.filter((gr) => !past.includes(gr));
    if (groups.length === 0) groups.push([]);
    // The person named in most articles keeps the bare name; ties go to the earliest article.
    groups.sort((x, y) => y.length - x.length || (first(x) < first(y) ? -1 : 1));
    for (const p of [...loose, ...past.flat()]) groups[0]!.push(p);
    const names = groups.map((_, i) => (i === 0 ? name : `${name}#${i + 1}`));
    groups.forEach((group, i) => {
      for (const p of group) nodeOf.set(`${name}\n${p.article}`, names[i]!);
      if (names.length > 1)
        siblings.set(
          names[i]!,
          names.filter((n) => n !== names[i]),
        );
      const shared = [...sharedTies(group, byCompany), ...new Set(JOIN_REASONS.get(group) ?? [])];
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

/** Foreign posts of one country, or a post printed whole in one article and cut short in another
 * (美国宾夕法尼亚州费城市长 / 费城市长): one person. China's own posts say nothing (all start 中国…). */
function joinByPosts(groups: Profile[][], name: string): Profile[][] {
  const postsOf = (group: Profile[]) =>
    group.flatMap((p) => [...p.ties].filter((t) => t.startsWith('post ')).map((t) => t.slice(5)));
  // 特区行政长官 is 香港特别行政区行政长官 cut short: 特区 is 特别行政区's short form (things23).
  const endsWith = (long: string, short: string) =>
    short.length >= MIN_POST_END &&
    long.length > short.length &&
    (long.endsWith(short) || long.replace('特别行政区', '特区').endsWith(short));
  // The countries a group's posts start with, leaving out a post that is the other group's
  // post cut short (费城市长 in 美国宾夕法尼亚州费城市长 starts with no country of its own).
  const countries = (l: string[], other: string[]) =>
    new Set(
      l
        .filter((x) => !other.some((y) => endsWith(y, x)))
        .map(countryAtStart)
        .filter((c) => c && !HOME_COUNTRY.test(c)),
    );
  const related = (a: string[], b: string[]) => {
    // One office printed two ways: 黎真主党… / 黎巴嫩真主党…, 某运动（哈马斯）领导人 / 哈马斯领导人.
    if (a.some((x) => b.some((y) => printedShort(x, y) || printedShort(y, x)))) return true;
    const [ca, cb] = [countries(a, b), countries(b, a)];
    const shared = [...cb].find((c) => ca.has(c));
    if (shared) {
      // Said in `tupu stats --merges`: a country's posts printed apart (韩国代总统, and a minister's
      // title in a story of that one state) join with nothing shared in full.
      why = `posts of one foreign state (${shared})`;
      return true;
    }
    if (foreignSpelled(name) && oneStateAbroad(a, b, NAME_DOT.test(name))) {
      why = FOREIGN_JOIN;
      return true;
    }
    // Posts of two different countries are two people, however their posts end.
    if (ca.size && cb.size) return false;
    // China's national offices are held by few: one name in two of them is one leader.
    if (a.some(isNationalOffice) && b.some(isNationalOffice)) return true;
    // So are a province's leading offices (some 30 secretaries and governors at a time): one name
    // leading two provinces is a cadre moved between them (浙江省委书记 → 重庆市委书记; orgpost20).
    if (a.some(isProvincialLead) && b.some(isProvincialLead)) return true;
    return a.some((x) => b.some((y) => endsWith(x, y) || endsWith(y, x)));
  };
  let why = ''; // the last join's reason, when no tie shared in full says it
  const out: Profile[][] = [];
  for (const group of groups) {
    const posts = postsOf(group);
    why = '';
    const home = out.find((o) => related(postsOf(o), posts));
    if (home && why) JOIN_REASONS.set(home, [...(JOIN_REASONS.get(home) ?? []), why]);
    if (home) home.push(...group);
    else out.push([...group]);
  }
  return out;
}

/** Why groups were joined by their posts, for `tupu stats --merges` (joinedBy). */
const JOIN_REASONS = new WeakMap<Profile[], string[]>();
const FOREIGN_JOIN = 'a foreign name whose posts name one state or share a title';

const HOME_COUNTRY = /^(中国|中华人民共和国)$/;
/**
 * A national office (中央政治局常委, 国务院总理, 全国人大常委会副委员长, 国务委员, 最高人民法院院长,
 * 中华全国总工会主席, the two sessions' 大会主席团常务主席…), not a seat many hold (全国人大代表,
 * 全国政协委员).
 */
const isNationalOffice = (post: string) =>
  (/^(中共中央|中央|全国|中华全国|国务院|国务委员|国家|最高人民法院|最高人民检察院|大会主席团)/.test(
    post,
  ) ||
    DEMOCRATIC_PARTY_CENTRE.test(post)) &&
  !/(代表|政协委员)$/.test(post);
/** The eight democratic parties' central committees (民建中央常务副主席 is a national office too). */
const DEMOCRATIC_PARTY_CENTRE =
  /^(?:中国)?(?:民革|民盟|民建|民进|农工党|致公党|九三学社|台盟|国民党革命委员会|民主同盟|民主建国会|民主促进会|农工民主党|台湾民主自治同盟)中央/;

/** The leading offices of a province-level area (省委书记, 市长 of 重庆, 自治区主席), not its members. */
const isProvincialLead = (post: string): boolean => {
  const area = provinceAtStart(post);
  if (!area) return false;
  // 浙江省 + 委书记, 浙江省 + 长 (省长), 重庆市 + 市长, 某某自治区 + 党委书记 / 主席.
  return /^(?:省|市|自治区)?(?:委|党委)?(?:副?书记|省?长|市?长|主席)$/.test(
    post.slice(area.length),
  );
};
let provinceNames: string[] | undefined;
/** The province-level area a post starts with, longest name first (内蒙古自治区 before 内蒙古). */
function provinceAtStart(post: string): string | undefined {
  provinceNames ??= gazetteer()
    .districts.filter((d) => d.level === 'province')
    .flatMap((d) => [d.name, ...d.aliases])
    .sort((x, y) => y.length - x.length);
  return provinceNames.find((n) => post.startsWith(n));
}

/** A post shorter than this (总理, 副总理) ties nobody; 国防部长 bare joins the one country's. */
const MIN_POST_END = 4;

/** Each pair of the article's other people, as a tie: two articles sharing one share two companions. */
function companionPairs(p: Profile): string[] {
  const names = [...p.companions].sort();
  const pairs: string[] = [];
  for (let i = 0; i < names.length; i++)
    for (let j = i + 1; j < names.length; j++) pairs.push(`named with ${names[i]}、${names[j]}`);
  return pairs;
}

/** Connected groups of profiles: two profiles connect when they share a tie (post, organisation…). */
function clusters(list: Profile[], tiesOf: (p: Profile) => Iterable<string>): Profile[][] {
  const parent = list.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const owner = new Map<string, number>();
  list.forEach((p, i) => {
    for (const t of tiesOf(p)) {
      const j = owner.get(t);
      if (j === undefined) owner.set(t, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, Profile[]>();
  list.forEach((p, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), p]));
  return [...groups.values()];
}

/** The posts and organisations seen in more than one of the group's articles (and, when the
 * company kept joined it, the first three people named beside it in more than one). */
function sharedTies(group: Profile[], byCompany: boolean): string[] {
  const shared = (lists: Iterable<string>[]) => {
    const count = new Map<string, number>();
    for (const l of lists) for (const t of l) count.set(t, (count.get(t) ?? 0) + 1);
    return [...count]
      .filter(([, n]) => n > 1)
      .map(([t]) => t)
      .sort();
  };
  const ties = shared(group.map((p) => p.ties));
  if (!byCompany || group.length < 2) return ties;
  const company = shared(group.map((p) => p.companions)).slice(0, 3);
  return company.length ? [...ties, `named with ${company.join('、')}`] : ties;
}
