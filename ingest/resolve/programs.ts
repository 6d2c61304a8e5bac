/**
 * Programs across articles: a short name printed in one article and its expansion printed in
 * another are one program — 十五五 and 十五五规划 (the name plus a program word), 十五五规划纲要
 * and 十五五规划 (the plan and its outline), 古文字工程 and 古文字与中华文明传承发展工程 (an
 * abbreviation keeping the name's start, end and order, as for parks).
 */
import { without, WITH_PARTNER } from '../text/function-words.ts';
import type { ArticleRecord } from '../records.ts';
import { canonicalProgram, QUOTE_MARKS } from '../extract/named-programs.ts';
import { isAbbreviation } from './parks.ts';
import { DECLARED_ABBREVIATION } from './program-reasons.ts';
import { programPlanMap } from './program-plans.ts';
import { firstNotBelow } from '../text/sorted-search.ts';

/** 中华人民共和国和某国…: a treaty named by its two parties (spoken 跟 is not in such names). */
const TWO_PARTIES = new RegExp(
  String.raw`^中华人民共和国[${without(WITH_PARTNER, '跟')}](\p{Script=Han})`,
  'u',
);

const PLACE_WORDS = ['地区', '地带'];
// 建设工程: “三北”防护林体系 printed in one story, 三北防护林体系建设工程 (the gazetteer's 三北工程)
// in another (prog50-a: two nodes; prog56) — a system and the works that build it are one program.
const PROGRAM_WORDS = [
  '规划',
  '计划',
  '工程',
  '行动',
  '战略',
  '方案',
  '倡议',
  '专项行动',
  '建设工程',
];
/** 专项 (special) before a program word is how a campaign is printed in full, not another
 * campaign: 治理某某冬季行动 and 治理某某冬季专项行动 (dups26: two nodes on the cctv24z annotation). */
const SPECIAL = /^(.{4,})(行动|整治|计划|工程)$/u;
/** The national five-year plan's outline by its full title, its draft too: the plan's ordinal. */
const FIVE_YEAR_OUTLINE =
  /^(?:中华人民共和国)?国民经济和社会发展第([一二三四五六七八九十]{1,3})个五年规划(?:纲要)?(?:\(草案\))?$/;

export function programAliasMap(articles: ArticleRecord[]): Map<string, [string, string]> {
  const names = new Set<string>();
  for (const a of articles)
    for (const e of a.facts.entities) if (e.type === 'program') names.add(e.name);
  const sorted = [...names].sort();
  // Abbreviations share their first two characters with the full name: compare within buckets.
  const byStart = new Map<string, string[]>();
  for (const n of sorted) {
    const bucket = byStart.get(n.slice(0, 2));
    if (bucket) bucket.push(n);
    else byStart.set(n.slice(0, 2), [n]);
  }
  const endingWith = suffixIndex(sorted);
  const map = new Map<string, [string, string]>();
  // A short name one article declares for a program (（简称“某某计划”）) is that program where
  // another article prints it alone.
  for (const a of articles)
    for (const e of a.facts.entities) {
      if (e.type !== 'program') continue;
      for (const [printed, why] of Object.entries(e.merged ?? {})) {
        const short = printed.replace(QUOTE_MARKS, '');
        if (why === DECLARED_ABBREVIATION && short !== e.name && names.has(short))
          map.set(short, [e.name, 'short name declared in another article']);
      }
    }
  for (const [n, to] of printedVariants(articles, names)) map.set(n, to);
  for (const [n, to] of programPlanMap(articles, names)) if (!map.has(n)) map.set(n, to);
  for (const n of sorted) {
    if (map.has(n)) continue;
    // 《…国民经济和社会发展第十五个五年规划纲要（草案）》 in one story, “十五五”规划 in others: the
    // outline put to the congress is the numbered plan (one story alone already joins them).
    const plan = FIVE_YEAR_OUTLINE.exec(n)?.[1];
    if (plan && names.has(`${plan}五规划`)) {
      map.set(n, [`${plan}五规划`, 'a numbered plan and its outline']);
      continue;
    }
    // 伊中全面合作计划 and 中伊全面合作计划: a bilateral plan named from either side is one plan,
    // labelled China first as Chinese news prints it.
    const sides = n[1] === '中' && n.length >= 6 ? `中${n[0]}${n.slice(2)}` : '';
    if (sides && names.has(sides)) {
      map.set(n, [sides, 'a bilateral name printed from the other side']);
      continue;
    }
    // 中阿全面合作规划纲要 and 中华人民共和国和阿拉伯国家全面合作规划纲要: a bilateral name is
    // shortened to the first characters of its two parties (China first).
    const parties = TWO_PARTIES.exec(n)?.[1];
    const short = parties
      ? sorted.find((s) => s.length >= 6 && s.startsWith(`中${parties}`) && n.endsWith(s.slice(2)))
      : undefined;
    if (short && !map.has(short)) map.set(short, [n, 'a bilateral name shortened to its parties']);
    // …规划纲要（草案）: the outline's draft put to a congress is the plan too (dups34: cctv26b's
    // 《“十五五”规划纲要（草案）》 beside “十五五”规划).
    const outline = n.replace(DRAFT, '');
    if (outline.endsWith('规划纲要') && names.has(outline.slice(0, -2))) {
      map.set(n, [outline.slice(0, -2), 'a plan and its outline']);
      continue;
    }
    // 2025年某某行动 and 某某行动: a campaign run every year, printed with its year, is one campaign.
    const year = /^(?:19|20)[0-9]{2}年(\p{Script=Han}{2,}行动)$/u.exec(n)?.[1];
    if (year && names.has(year)) {
      map.set(n, [year, "a yearly campaign printed with the year's round"]);
      continue;
    }
    const special = SPECIAL.exec(n);
    if (special && names.has(`${special[1]}专项${special[2]}`)) {
      map.set(n, [`${special[1]}专项${special[2]}`, 'a campaign printed with and without 专项']);
      continue;
    }
    const expansions = PROGRAM_WORDS.map((w) => n + w).filter((l) => names.has(l));
    if (expansions.length === 1) {
      map.set(n, [expansions[0]!, 'short name printed elsewhere with a program word']);
      continue;
    }
    // 加沙重建计划 and 加沙地带重建计划: a place printed with and without its 地区/地带.
    const placed = [
      ...new Set(
        PLACE_WORDS.flatMap((w) =>
          [...n].map((_, i) => n.slice(0, i + 1) + w + n.slice(i + 1)).filter((l) => names.has(l)),
        ),
      ),
    ];
    if (placed.length === 1) {
      map.set(n, [placed[0]!, 'a place printed without 地区/地带']);
      continue;
    }
    // 核污染水排海计划 and 福岛核污染水排海计划, 天府粮仓行动方案 and 建设新时代更高水平天府粮仓行动方案:
    // a long name printed without its owner or its epithets in front. Not a gazetteer program
    // (城市更新行动 is the nation's; 某市城市更新行动 a city's own).
    // 主题教育 printed alone is the one party campaign of that kind the corpus names in full
    // (printings of one campaign share what it studies: …思想主题教育); the longest printing.
    const bare = n === '主题教育';
    const long = n.length >= 6 || bare;
    let fuller = long ? endingWith(n).filter((l) => l.length > n.length) : [];
    if (bare && new Set(fuller.map((l) => l.slice(-8))).size === 1)
      fuller = [fuller.sort((a, b) => b.length - a.length)[0]!];
    if (fuller.length === 1 && !canonicalProgram.has(n)) {
      map.set(n, [fuller[0]!, 'a name printed without what stands in front of it']);
      continue;
    }
    // 十四五规划 beside 十四五体育发展规划 (prog44): a gazetteer program is a program of its own,
    // never the abbreviation of a longer plan that keeps its characters.
    if (n.length < 4 || canonicalProgram.has(n)) continue;
    // A long name (eight characters or more) may drop a word of one or two (规范涉企执法专项行动
    // for 规范涉企行政执法专项行动, dups34: cctv25w); a shorter one must drop more, since one word
    // less there is often another program (国家安全战略, 国家粮食安全战略).
    const longs = (byStart.get(n.slice(0, 2)) ?? []).filter(
      (l) =>
        (l.length > n.length + 2 || (n.length >= 8 && l.length > n.length)) && isAbbreviation(n, l),
    );
    if (longs.length === 1) map.set(n, [longs[0]!, 'abbreviation (start, end and order kept)']);
  }
  // One hop is enough for these rules, but a target may itself be mapped (十五五 → 十五五规划纲要?).
  for (const [from, [to, why]] of map) {
    const next = map.get(to);
    if (next) map.set(from, [next[0], why]);
  }
  return map;
}

/** A draft's mark in brackets after a title. */
const DRAFT = /[（(]草案[)）]$/;

/** A plan's term in brackets after its name: (2022—2026), （2023—2027年）. */
const TERM_AFTER = /[（(](?:19|20)[0-9]{2}(?:年)?[—–－-]+(?:19|20)?[0-9]{2,4}年?[)）]$/;

/**
 * Two printings of one name (dups21, cctv23y): a gazetteer name with pause marks between its
 * parts (“千村示范、万村整治”工程 for 千村示范万村整治工程, the gazetteer's 千万工程), and a long
 * name with two of its words swapped (主要粮油作物…行动 and 粮油主要作物…行动: the same characters,
 * the same program word; the form printed more often is kept).
 */
function printedVariants(
  articles: ArticleRecord[],
  names: Set<string>,
): Map<string, [string, string]> {
  const map = new Map<string, [string, string]>();
  for (const n of names) {
    const plain = n.replace(/[、“”"‘’「」]/g, '');
    const listed = plain !== n ? canonicalProgram.get(plain) : undefined;
    if (listed && listed !== n) map.set(n, [listed, 'a gazetteer name printed with pause marks']);
    // 某某行动计划(2022—2026) beside 某某行动计划: the plan's term is no part of its name.
    const bare = n.replace(TERM_AFTER, '');
    if (bare !== n && names.has(bare) && !map.has(n))
      map.set(n, [bare, 'a plan printed with and without its term']);
  }
  const count = new Map<string, number>();
  for (const a of articles)
    for (const e of a.facts.entities)
      if (e.type === 'program') count.set(e.name, (count.get(e.name) ?? 0) + e.count);
  const byLetters = new Map<string, string[]>();
  for (const n of [...names].sort())
    if (n.length >= 8 && !map.has(n)) {
      const key = [...n.slice(0, -2)].sort().join('') + n.slice(-2);
      byLetters.set(key, [...(byLetters.get(key) ?? []), n]);
    }
  for (const group of byLetters.values()) {
    if (group.length < 2) continue;
    const [kept, ...others] = [...group].sort((x, y) => count.get(y)! - count.get(x)!);
    for (const n of others) map.set(n, [kept!, 'one name printed with its words swapped']);
  }
  return map;
}

const reverse = (s: string) => [...s].reverse().join('');

/**
 * The names ending with a given one, by binary search over the names written backwards (they
 * form one run there): a filter over all names for each name was quadratic in a year's programs.
 */
function suffixIndex(names: string[]): (end: string) => string[] {
  const backwards = names.map(reverse).sort();
  return (end) => {
    const key = reverse(end);
    const out: string[] = [];
    const first = firstNotBelow(backwards.length, (k) => backwards[k]! < key);
    for (let i = first; i < backwards.length && backwards[i]!.startsWith(key); i++)
      out.push(reverse(backwards[i]!));
    return out;
  };
}
