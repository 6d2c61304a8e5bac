/**
 * Spans the person rules took that are places, parts of a country's name, or a name with the
 * adverb after it (junk16, read on unseen days of June 2024 and September 2025 and on the
 * cctv24g annotation; invented sentences in person-places.spec.ts):
 * - a name read by sight (no title, no role) right before a place's kind word — a neighbourhood,
 *   a township, a camp (某城东部的舒某亚社区, 阿某提乡某某村): the place's own name;
 * - a half of a country's name joined by 和 (安提瓜|和巴布达总理, 圣文森特和|格林纳丁斯);
 * - 互 of 互致贺电 or 互访 after a name (某国总理罗某互致贺电): "each other", no name's last sound;
 * - an item read by sight in a list of works (某某、白鹤滩水电站, 三峡、某某等六座电站): people17.
 */
import { gazetteer } from '../gazetteer/index.ts';
import { clauseAfter, clauseBefore } from '../text/sentences.ts';
import type { PersonFinding } from './facts.ts';
import { namesPlaceOrBody } from './sight-name-places.ts';

/** A place's kind word; 村长, 乡党委, 镇干部, 村民 are people of the place, not its name. */
const PLACE_KIND = /^(社区|街道|难民营|[乡镇村](?![长委干民党]))/;
const JOINED_COUNTRIES = [...gazetteer().countries].filter((c) => c.includes('和'));

export function withoutPlacesAndHalves(text: string, found: PersonFinding[]): PersonFinding[] {
  // insideAt scans back from each finding for each joined country: only those the story prints
  // can hold one (lastIndexOf finds nothing else), looked for once per story, not per finding.
  const joined = JOINED_COUNTRIES.filter((c) => text.includes(c));
  return found.flatMap((p) => {
    if (p.via === 'sight' && PLACE_KIND.test(text.slice(p.end, p.end + 3))) return [];
    if (p.via === 'sight' && inListOfWorks(text, p)) return [];
    if (p.via === 'sight' && namesPlaceOrBody(text, p.start, p.name)) return []; // 阿日昆都楞镇
    if (joined.some((c) => insideAt(text, c, p))) return [];
    if (p.name.length >= 3 && p.name.endsWith('互') && /^[致访赠]/.test(text[p.end] ?? ''))
      return [{ ...p, name: p.name.slice(0, -1), end: p.end - 1 }];
    return [p];
  });
}

/** The finding lies inside the name `country` printed around it. */
function insideAt(text: string, country: string, p: PersonFinding): boolean {
  const at = text.lastIndexOf(country, p.start);
  return at >= 0 && at + country.length >= p.end;
}

/** Works a list of sites names (水电站, 机场, 大桥): its items are sites, not people. */
const WORKS = /(水电站|电站|机场|大桥|水库|大坝|水利枢纽|港口)/;
/** An item of a 、 list (next to a 、, or closing it with 等) in a clause that names works. */
function inListOfWorks(text: string, p: PersonFinding): boolean {
  if (text[p.start - 1] !== '、' && !/^[、等]/.test(text[p.end] ?? '')) return false;
  return WORKS.test(clauseBefore(text, p.start, 30) + clauseAfter(text, p.end, 30));
}
