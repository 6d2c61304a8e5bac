/**
 * Interview transcripts print each turn as "某某：…" (or "【某某】：…") at the start of a line: a
 * name there is the speaker's. Only a name the statistics accept stands so: a surname HanLP's
 * counts vouch for, given-name characters likely in names (name-stats.ts), no frequent word, no
 * place — 记者：, 主持人：, 解说： have no surname; 北京：, 会上： are places or words.
 */
import { isPlausibleName, surnameAt } from './names.ts';
import { isSureSurname } from './names-by-role.ts';
import { score, SECOND, THIRD } from './name-stats.ts';

/** A turn: the line's start, 【 maybe, two or three Han characters, 】 maybe, a colon. */
const TURN = /(^|\n)(【?)(\p{Script=Han}{2,3})】?[：:]/gu;
/** Given-name scores a speaker's name must reach (as names-by-role.ts asks of role tagging). */
const MIN_GIVEN = { 1: 0.5, 2: -0.5 } as const;

export function speakerLines(
  text: string,
  knownPlaces: (s: string) => boolean,
): { name: string; start: number }[] {
  const out: { name: string; start: number }[] = [];
  for (const m of text.matchAll(TURN)) {
    const name = m[3]!;
    const start = m.index! + m[1]!.length + m[2]!.length;
    const surname = surnameAt(name, 0);
    if (!surname || name.length - surname.length < 1) continue;
    if (surname.length === 1 && !isSureSurname(surname)) continue;
    if (!isPlausibleName(name, surname.length) || knownPlaces(name)) continue;
    const given = name.length - surname.length;
    const s =
      score(SECOND, name, surname.length) +
      (given === 2 ? score(THIRD, name, surname.length + 1) : 0);
    if (s >= MIN_GIVEN[given as 1 | 2]) out.push({ name, start });
  }
  return out;
}
