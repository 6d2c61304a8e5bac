/**
 * A foreign name read to its whole run of sounds (runOn) and cut before a function word after it
 * (functionEnd): people.ts passes every finding through withWholeRuns before the false-name checks.
 */
import { isHanAt } from '../text/normalize.ts';
import type { PersonFinding } from './facts.ts';
import { endsClearly } from './foreign-names.ts';
import { workTitleTest } from './latin-names.ts';
import { countryAcross, isCountry } from './countries.ts';
import { turkicNameAt } from './turkic-names.ts';
import { mongolianNameAt } from './mongolian-names.ts';
import { isForeign, isSound, joinsNext, MAX_PART } from './transliterations.ts';

/** Every finding through runOn (people.ts, before the false-name checks). */
export function withWholeRuns<F extends PersonFinding>(text: string, found: F[]): F[] {
  const inWorkTitle = workTitleTest(text);
  for (const f of [...found].sort((a, b) => a.start - b.start)) {
    runOn(text, f, inWorkTitle);
    const end = functionEnd(text, f);
    if (end !== undefined) Object.assign(f, { name: text.slice(f.start, end), end });
  }
  return found;
}

/**
 * 彩民某某到便利店…, 某某均有伤, 某某曾作为…, 某某上周五宣布, 某某三前锋, 某某本场停赛: a name spelt in
 * sounds and then an adverb, a verb of going, 上 before a week or month, or a count before what
 * it counts. The readers take a third character after two sounds as a given name or a sound, but
 * no transliterated name ends in these where the clause goes on: the name ends before it.
 */
const THIS_MATCH = /^(本[场轮届赛周月年次]|基本)/;
function functionEnd(text: string, f: PersonFinding): number | undefined {
  // 阿布都某某: 都 of a Uyghur name's element (turkic-names.ts) is no adverb.
  if (turkicNameAt(text, f.start) === f.name) return undefined;
  // 某某诺|本场, 某某纳|基本痊愈: 本 of this match or season, and the adverb 基本, after two sounds.
  for (let p = f.start + 2; p < f.end; p++)
    if (isSound(text, p - 1) && isSound(text, p - 2) && THIS_MATCH.test(text.slice(p, p + 2)))
      return p;
  let k = f.start;
  while (k < f.end - 1 && isSound(text, k)) k++;
  // Two sounds at least before it, and the clause goes on after it.
  if (k - f.start < 2 || k >= f.end || !isHanAt(text, k + 1)) return undefined;
  const at = text[k]!;
  const next = text[k + 1]!;
  const cut =
    /[到均都也曾]/.test(at) ||
    (at === '上' && /[周月年午轮届]/.test(next)) ||
    // Not a regnal number (查尔斯三世): 世 after the count is the name's.
    (/[三两]/.test(at) && !isSound(text, k + 1) && next !== '世');
  return cut ? k : undefined;
}

/**
 * 范布隆|霍斯特、…, 李奇登|斯坦、…: a name spelt in sounds that the surname reader cut inside a
 * longer run of sounds takes the whole run where that run ends clearly (and its last sound
 * opens no word: 某某斯|特意).
 */
function runOn(text: string, f: PersonFinding, inWorkTitle: (i: number) => boolean): void {
  // 那仁满|都拉: a Mongolian name the readers cut short is read to its run's end (mongolian-names.ts).
  const mongolian = f.name.length >= 2 ? mongolianNameAt(text, f.start) : undefined;
  if (mongolian && mongolian.length > f.name.length)
    return void Object.assign(f, { name: mongolian, end: f.start + mongolian.length });
  if (f.name.length < 2 || !isSound(text, f.end)) return;
  for (let k = f.start + 1; k < f.end; k++) if (!isSound(text, k)) return;
  let end = f.end;
  while (end < text.length && end - f.start < 2 * MAX_PART && isSound(text, end)) end++;
  // 某某斯|特意: the last sound opens the next word.
  if (end - f.end > 1 && joinsNext(text, end - 1)) end--;
  // A Chinese surname before sounds (李奇登斯坦, 范布隆霍斯特) only in a long run.
  if (!isForeign(text, f.start) && end - f.start < 5) return;
  // 某日某苏赫总统: a foreign head's title, which no Chinese leader holds, closes the run too.
  if (!endsClearly(text, end) && !/^(总统|首相|国王)/.test(text.slice(end, end + 2))) return;
  const name = text.slice(f.start, end);
  if (isCountry(name) || countryAcross(text, f.start)) return;
  // 《马克思佩恩3》: the title of a work.
  if (inWorkTitle(f.start)) return;
  Object.assign(f, { name, end });
}
