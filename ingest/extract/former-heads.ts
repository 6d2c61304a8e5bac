/**
 * 面对疫情，时任首相某某访华: a past head's bare title marked 时任 (then in office) in a sentence
 * that names no country: news tells a past office in retrospect, in a clause of its own, after the
 * story has named the state (people62-a: 时任首相 in an article on Cambodia). The office is that of
 * the one foreign state the story names; none where it names several or none, or where the
 * title's clause names it after the title (时任首相某某访问某国: the state visited, not the
 * holder's; 时任首相某某访华，中国派出医疗队驰援某国 keeps it: a clause of its own).
 */
import { gazetteer } from '../gazetteer/index.ts';

/**
 * The one foreign state the story prints (its shortest name: 某国, not 某国王国), where the clause
 * from `at` on prints no state; else undefined.
 */
export function onlyForeignState(text: string, at: number): string | undefined {
  const found = [...gazetteer().states].filter(
    (s) => s.length >= 2 && s !== '中国' && text.includes(s),
  );
  // 某国王国 is 某国 again; 白俄罗斯 holds 俄罗斯, which counts only where printed on its own.
  const own = found.filter(
    (s) =>
      !found.some((o) => o !== s && s.startsWith(o)) &&
      found.every(
        (o) => o === s || !o.includes(s) || o.startsWith(s) || text.split(o).join('').includes(s),
      ),
  );
  if (own.length !== 1) return undefined;
  // The clause of the title, from the title on (the sentence before it named no state).
  const clause = /^[^，,。！？；\n]*/.exec(text.slice(at))![0];
  return found.some((s) => clause.includes(s)) ? undefined : own[0];
}
