/**
 * A party congress's offices printed bare (orgs44, issue 13). A story about one congress
 * (中国某某党第十七次全国代表大会) then writes 大会主席团常务主席, 大会副秘书长: the bare 大会 is that
 * congress, so the office is the congress's (某某党十七大主席团常务主席, as news prints it named:
 * the cctv22x annotation), the bare form an alias (the people golds read it as printed). A bare
 * 大会 of no one named congress says whose it is not, and stays as printed.
 */
import { gazetteer } from '../gazetteer/index.ts';
import type { PostTitle } from './facts.ts';

/**
 * Parties by their full names (the central committees of org-aliases.json, 中国农工民主党中央委员会)
 * and the short forms news names their congresses by (农工党 of 农工党十七大; the Party's own is
 * printed 二十大, as posts.ts PARTY_CONGRESS writes 中共二十大).
 */
const PARTIES: [string, string][] = [];
for (const group of gazetteer().orgAliases) {
  const short = /^(.+)中央$/.exec(group[0]!)?.[1];
  if (!short) continue;
  for (const n of group) {
    const full = /^(.{3,})中央委员会$/.exec(n)?.[1];
    if (full)
      PARTIES.push([full, short === '中共' ? '' : short], [short, short === '中共' ? '' : short]);
  }
}
// 九三学社 has no other name (org-aliases.json lists no short form of it): its congress is 九三学社N大.
PARTIES.push(['九三学社', '九三学社']);
PARTIES.sort((a, b) => b[0].length - a[0].length);

const CONGRESS = /第([一二三四五六七八九十]{1,3})次全国代表大会/g;

/** The one party congress a story names, by its short form (农工党十七大, 二十大), if only one. */
export function storyCongress(text: string): string | undefined {
  const found = new Set<string>();
  for (const m of text.matchAll(CONGRESS)) {
    const before = text.slice(Math.max(0, m.index - 16), m.index);
    const party = PARTIES.find(([name]) => before.endsWith(name));
    if (party) found.add(`${party[1]}${m[1]}大`);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * 大会主席团常务主席、执行主席某某: the chain's back-reference gives 大会主席团执行主席, the office
 * news prints as 大会执行主席 (the executive chairs preside over the sittings): one office, not
 * two (the one duplicate group of blind cctv34a).
 */
const PRESIDIUM_EXECUTIVE = /^(.*大会)主席团(执行主席)$/;
function executiveChair<P extends PostTitle & { reason?: string }>(post: P): P {
  const m = PRESIDIUM_EXECUTIVE.exec(post.label);
  if (!m || post.organization !== m[1] + '主席团') return post;
  const reason = [post.reason, "the congress's executive chair"].filter(Boolean).join('; ');
  return { ...post, label: m[1]! + m[2]!, organization: m[1]!, reason };
}

/** A bare 大会's office as the story's congress's (大会主席团常务主席 → 某某党十七大主席团常务主席). */
export function inCongress<P extends PostTitle & { reason?: string }>(
  printed: P,
  congress: string | undefined,
): P {
  const post = executiveChair(printed);
  if (!congress || !post.label.startsWith('大会') || !post.organization.startsWith('大会'))
    return post;
  return {
    ...post,
    label: congress + post.label.slice(2),
    organization: congress + post.organization.slice(2),
    reason: [post.reason, "the story's congress"].filter(Boolean).join('; '),
  };
}
