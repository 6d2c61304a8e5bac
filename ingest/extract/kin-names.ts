/**
 * 某某之子某某, 某某之孙某某: a kinship word of written style (之子, 之女, 之孙…) joins two people,
 * the parent or grandparent named before it and the child named right after it, up to a pause
 * (people58-a: 医生某某之子某某, 老战士某某之子某某 in a list of guests lost the child). The name
 * after it is read where it has a name's shape: a surname of the tables and a given name, a
 * Japanese name's shape, or a dotted name closed by a pause. General news style; no names listed.
 */
import { isPlausibleListedGivenName, surnameAt } from './names.ts';
import { japaneseNameBeforeClause } from './japanese-names.ts';
import { NOT_GIVEN_NAME } from './name-frame.ts';
import { readsAsFrequentWords } from './name-stats.ts';

/** The kinship words, longest first (之孙女 before 之孙). */
const KIN = /之(?:外?孙女|外?孙子?|曾孙|子|女|妻|夫)/g;
/** What closes the child's name: a pause, a bracket, or the end. */
const CLOSE = /^($|[，、。；：（(\s])/;
const DOTTED = /^\p{Script=Han}{1,5}(?:[·・]\p{Script=Han}{1,6}){1,3}/u;

/** The name of a Chinese shape (surname, given name of one or two) at `at`, closed by a pause. */
function chineseNameAt(text: string, at: number): string | undefined {
  const surname = surnameAt(text, at);
  if (!surname) return undefined;
  for (const len of [2, 1]) {
    const end = at + surname.length + len;
    const given = text.slice(at + surname.length, end);
    if (!CLOSE.test(text.slice(end, end + 1))) continue;
    const name = text.slice(at, end);
    if (
      isPlausibleListedGivenName(given) &&
      !NOT_GIVEN_NAME.test(given) &&
      !readsAsFrequentWords(name, surname.length)
    )
      return name;
  }
  return undefined;
}

/** The child named right after each kinship word. */
export function kinNames(text: string): { name: string; start: number }[] {
  const out: { name: string; start: number }[] = [];
  for (const m of text.matchAll(KIN)) {
    const at = m.index + m[0].length;
    const dotted = DOTTED.exec(text.slice(at, at + 20))?.[0];
    const name =
      (dotted && CLOSE.test(text.slice(at + dotted.length, at + dotted.length + 1))
        ? dotted
        : undefined) ??
      chineseNameAt(text, at) ??
      closedJapanese(text, at);
    if (name) out.push({ name, start: at });
  }
  return out;
}

/** A Japanese name's shape of four characters, closed by a pause (某某之子小林某吉，). */
function closedJapanese(text: string, at: number): string | undefined {
  const name = japaneseNameBeforeClause(text, at);
  return name && CLOSE.test(text.slice(at + name.length, at + name.length + 1)) ? name : undefined;
}
