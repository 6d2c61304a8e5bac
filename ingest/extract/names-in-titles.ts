/**
 * Where a name found after a title ends or starts wrong, told by the title around it: a title read
 * back over the name before it (甲副市长乙), and a name on the level word of 自治区 (区代主席).
 * Split out of people.ts, whose loop calls them on each name it finds.
 */
import { parsePostChain } from './posts.ts';
import { BODY_AS_NAME } from './name-frame.ts';
import type { PersonFinding, KnownPlaces } from './facts.ts';
import { COUNTY_LEVELS, GOVERNMENT_LEVELS, levelClass } from '../text/level-words.ts';

/** How an office's title opens: a grade (副, 常务, 代), a level word, a party body. */
const OFFICE_OPENING = new RegExp(
  `^(?:常务|[副代]|${levelClass(GOVERNMENT_LEVELS + '村')}|党委|党组)`,
);
/** The levels an autonomous area is printed at (自治区, 自治州, 自治县, 自治旗). */
const AUTONOMOUS_LEVEL = new RegExp(levelClass(COUNTY_LEVELS + '州'));

/**
 * 万山区委书记甲副市长乙: a title read back from a name over the name before it (printed with no
 * pause between them) is only what follows that name; the titles before it are the first
 * person's, and 区委书记甲副市长 was a post of the second.
 */
export function titleAfterPrevious(
  text: string,
  hit: PersonFinding,
  previous: PersonFinding | undefined,
  knownPlaces: KnownPlaces,
): void {
  const span = hit.titleSpan;
  if (!span || !previous || previous.end <= span[0] || previous.end >= span[1]) return;
  if (BODY_AS_NAME.test(previous.name)) return; // 州人大|代表、县长某某: the body's delegate
  // only where a post took the name in and a title follows the name at once (not 甲等在某县委副书记乙,
  // 甲一行和市人大常委会主任乙: the words after the name are no title, and the chain cuts itself)
  if (!hit.posts.some((p) => p.label.includes(previous.name))) return;
  const own = text.slice(previous.end, span[1]).split('、').filter(Boolean);
  // …and opens as an office does (副市长, 县委书记), not a title the first name owns (国家主席
  // 习近平特别代表: the president's envoy, a title of its own reading)
  if (!own.length || !OFFICE_OPENING.test(own[0]!)) return;
  hit.posts = parsePostChain(own, knownPlaces);
  hit.titleSpan = [previous.end, span[1]];
}

/**
 * 自治区代主席某某: the level word after 自治 closes the area's word (自治区, 自治州), though 区 is a
 * surname: 区代 read before 主席 was a person, and the acting chairman's name was lost.
 */
export function completesAutonomousArea(text: string, start: number): boolean {
  return text.startsWith('自治', start - 2) && AUTONOMOUS_LEVEL.test(text[start] ?? '');
}
