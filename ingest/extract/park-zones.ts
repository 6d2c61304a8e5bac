/** Zones of a park area named without a park suffix (park-aliases.ts). */
import { NOUN_CONJUNCTIONS } from '../text/function-words.ts';
import { anyOf, LEGAL_FORMS } from './firm-words.ts';
import { canonicalName, isHanAt } from '../text/normalize.ts';
import { isCommonWord, tag } from '../text/segmenter.ts';
import type { Mention } from './mentions.ts';
import { GENERIC_LEFT, SECTOR_ONLY } from './park-kinds.ts';
import { nameStart } from './spans.ts';

/** A zone joined to a park by a conjunction, after it or before it (某港与某城). */
const ZONE_AFTER = new RegExp(
  String.raw`^[${NOUN_CONJUNCTIONS}](\p{Script=Han}{1,3}?[城港岛谷街湾])`,
  'u',
);
const ZONE_BEFORE = new RegExp(
  String.raw`(\p{Script=Han}{2,4}[城港岛谷街湾])[${NOUN_CONJUNCTIONS}]$`,
  'u',
);

/** Short names of zones within a park: 大学城, 科研港, 生命岛, 科学谷, 科创街. */
const ZONE = /^\p{Script=Han}{2,4}[城港岛谷街湾]$/u;

/**
 * Named zones of a park area that carry no park suffix: three or more zone names in a list
 * (大学城、科研港、生命岛), a zone name joined to a park (科学城与大学城), and the items before
 * 等特色园区 (金凤软件等特色园区).
 */
export function findZones(text: string, parks: Mention[]): Mention[] {
  return [...zoneLists(text), ...joinedToParks(text, parks), ...beforeParkWord(text)];
}

function zoneMention(name: string, start: number): Mention {
  return { type: 'park', name, surface: name, start, end: start + name.length, facts: {} };
}

const ZONE_LIST = /\p{Script=Han}{3,8}(?:、\p{Script=Han}{3,5}){2,}/uy;
const LIST_MARK = '、';

/**
 * The matches `text.matchAll(/…/gu)` would give, tried only where a list can start: the first
 * item is the Han run (3 to 8 characters) right before a 、, and the rest of the match does not
 * depend on where that item starts, so one try per 、 decides. Scanning every position with the
 * RegExp was a hot spot.
 */
function zoneListMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (let q = text.indexOf(LIST_MARK, 3); q >= 0;) {
    const m = zoneListBefore(text, q, from);
    if (m) {
      out.push(m);
      from = m.index + m[0].length;
    }
    q = text.indexOf(LIST_MARK, Math.max(q + 1, from + 3));
  }
  return out;
}

/** The leftmost match at or after `from` whose first item ends at the 、 at `q`. */
function zoneListBefore(text: string, q: number, from: number): RegExpExecArray | null {
  const low = Math.max(from, q - 16);
  let run = q;
  while (run > low && isHanAt(text, run - 1)) run--;
  if (run === low || !isSurrogate(text.charCodeAt(run - 1))) {
    // Only BMP characters before the 、: one code unit each.
    const p = Math.max(run, q - 8);
    if (q - p < 3) return null;
    ZONE_LIST.lastIndex = p;
    return ZONE_LIST.exec(text);
  }
  // Astral characters (two code units each) in reach: try each start as matchAll would.
  for (let p = low; p <= q - 3; p++) {
    if (isTrailSurrogate(text, p)) continue; // matchAll never starts inside a pair
    ZONE_LIST.lastIndex = p;
    const m = ZONE_LIST.exec(text);
    if (m) return m;
  }
  return null;
}

function isSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdfff;
}

function isTrailSurrogate(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const prev = text.charCodeAt(i - 1);
  return c >= 0xdc00 && c <= 0xdfff && prev >= 0xd800 && prev <= 0xdbff;
}

function zoneLists(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of zoneListMatches(text)) {
    const items = m[0].split('、');
    const firstEnd = m.index + items[0]!.length;
    items[0] = text.slice(nameStart(text, firstEnd), firstEnd);
    // The last item may run on into the text after it: 智慧岛三个片区.
    const last = items.length - 1;
    items[last] = /^\p{Script=Han}{2,4}?[城港岛谷街湾]/u.exec(items[last]!)?.[0] ?? '';
    if (!items.every((i) => ZONE.test(i))) continue;
    // 东湖湾、西林湾、北港湾等湾区: a list of bays is geography; a zone is seldom named a bay.
    if (items.every((i) => i.endsWith('湾'))) continue;
    // 甲港、乙港、丙港: a list of ports only is shipping (harbours struck, called at, opened); a
    // park's zones mix kinds (大学城、科研港、生命岛).
    if (items.every((i) => i.endsWith('港'))) continue;
    let at = m.index + m[0].lastIndexOf('、') + 1 + items[last]!.length;
    for (const item of [...items].reverse()) {
      at -= item.length;
      out.push(zoneMention(item, at));
      at -= 1; // the 、
    }
  }
  return out;
}

/** Suffixes that alone stand for the one park of a story ending with them (科学城). */
export const BARE_PARK_SUFFIX = /(科学城|科技城|生态城|创新区|高新区|自贸区|微电园)$/;

function joinedToParks(text: string, parks: Mention[]): Mention[] {
  const out: Mention[] = [];
  const anchors = [...parks];
  const bare = new Set(parks.map((p) => BARE_PARK_SUFFIX.exec(p.name)?.[1]).filter((x) => !!x));
  for (const word of bare)
    for (let i = text.indexOf(word!); i >= 0; i = text.indexOf(word!, i + 1))
      anchors.push(zoneMention(word!, i));
  for (const p of anchors) {
    const after = ZONE_AFTER.exec(text.slice(p.end, p.end + 6));
    if (after && isWord(after[1]!)) out.push(zoneMention(after[1]!, p.end + 1));
    const before = ZONE_BEFORE.exec(text.slice(Math.max(0, p.start - 6), p.start));
    if (before && isWord(before[1]!)) out.push(zoneMention(before[1]!, p.start - before[0].length));
  }
  return out;
}

/** One jieba word: a zone name, not the end of a phrase (城 in 新城 of a longer phrase). */
function isWord(s: string): boolean {
  return tag(s).length === 1 && ZONE.test(s);
}

/** A company's legal form or a works ends the name: a firm, not a zone. */
const FIRM_END = new RegExp(`(?:${anyOf(LEGAL_FORMS)}|企业|厂)$`);

function beforeParkWord(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(/等(?:特色|重点|专业)?(?:产业园区|产业园|园区)/g)) {
    const start = nameStart(text, m.index, 10);
    const name = text.slice(start, m.index);
    // 采摘园、儿童乐园等园区: a common word of the dictionary (儿童乐园) is a kind of place, no
    // zone's name (things48-a).
    if (isCommonWord(name)) continue;
    // 某某科技有限公司等园区企业: firms of the park listed, no zone's name (blind blocal-m).
    if (FIRM_END.test(name) || text.startsWith('企业', m.index + m[0].length)) continue;
    if (name.length >= 3 && !GENERIC_LEFT.test(name) && !SECTOR_ONLY.has(name))
      out.push(zoneMention(canonicalName(name), start));
  }
  return out;
}
