/**
 * 土耳其外长恰某什奥卢表示: after a country's title, a run of sounds opened by a character the
 * tables take only inside a run (恰, 茹: INNER_SOUNDS) and holding one character no table has (武),
 * closed by a verb of speech, is the holder's name. foreignNameAt opens runs only at a sound of
 * the strict tables, so such names were lost with their post (names42-a, 2022-08-05).
 */
import { gazetteer } from '../gazetteer/index.ts';
import { countryEndsAt } from './countries.ts';
import { INNER_SOUNDS } from './foreign-names.ts';
import { roleEndingAt } from './posts.ts';

const speechWords = gazetteer().speechVerbIndex;

/** The run of sounds at i after a country's title and before a verb of speech, if any. */
export function soundRunAfterCountryTitle(
  text: string,
  i: number,
  isSound: (text: string, k: number) => boolean,
): string | undefined {
  if (!INNER_SOUNDS.has(text[i] ?? '')) return undefined;
  const role = roleEndingAt(text, i);
  if (!role || !countryEndsAt(text, i - role.length)) return undefined;
  for (let end = i + 3; end <= i + 6; end++) {
    const verb = speechWords.longestAt(text, end);
    if (!verb || verb.length < 2) continue;
    const run = text.slice(i, end);
    if (!/^\p{Script=Han}+$/u.test(run)) return undefined;
    // All sounds but one: the inner sound opening it counts when a sound follows.
    let other = 0;
    for (let k = i + 1; k < end; k++) if (!isSound(text, k)) other++;
    return other <= 1 && isSound(text, end - 1) ? run : undefined;
  }
  return undefined;
}
