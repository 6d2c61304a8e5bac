/**
 * 谢尔达尔·某某某某某某某某 … 同某某某某某某某某总统会谈: the last part of a dotted name printed
 * in the story, printed again alone right before a head's title. Its first sound may be outside the
 * sound tables (别), and it may be longer than a leader's name, so neither soundsBeforeTitle nor the
 * cheap test before it reads it; the dotted printing says it is a name.
 */

const HAN = /\p{Script=Han}/u;
/** A mark of a title right before it (前总统, 副总统, 代总统, 新首相). */
const TITLE_MARK_END = /[前兼副原新代]$/;
/** Dots of names (dot-names.ts reads the same marks). */
const DOTS = [...'·・•‧∙'];

/** Where such a name of three to twelve characters starting at `i` ends, or undefined. */
export function dottedTailBeforeHeadTitle(text: string, i: number): number | undefined {
  // Right after its dot it is the dotted name itself, read whole by dot-names.ts. Asked at many
  // characters of a story: the nearest head's title decides first.
  if (DOTS.includes(text[i - 1] ?? '')) return undefined;
  const window = text.slice(i + 3, i + 14);
  const at = Math.min(...['总统', '首相'].map((t) => window.indexOf(t)).filter((k) => k >= 0));
  if (!Number.isFinite(at)) return undefined;
  const end = i + 3 + at;
  const tail = text.slice(i, end);
  // 对某某前总统: a mark of the title (前, 副, 代…) glued after the name is none of its sounds.
  if (![...tail].every((c) => HAN.test(c)) || TITLE_MARK_END.test(tail)) return undefined;
  return DOTS.some((d) => text.includes(d + tail)) ? end : undefined;
}

/**
 * The dotted name printed in the story whose last part is `tail` (谢尔达尔·某某 for 某某), or
 * undefined: where the full name is printed after a country and a title, that is the tail's office.
 */
export function dottedNameEndingIn(text: string, tail: string): string | undefined {
  for (const d of DOTS) {
    const at = text.indexOf(d + tail);
    if (at < 0) continue;
    let start = at;
    while (start > 0 && (HAN.test(text[start - 1]!) || DOTS.includes(text[start - 1]!))) start--;
    // The run back from the dot may take in the title before the name (总统谢尔达尔): the title
    // search (countryTitledElsewhere) reads the title and the name together, so keep only the
    // part after the title.
    const run = text.slice(start, at + 1 + tail.length);
    const title = /^(.*?(?:总统|首相|总理))/.exec(run)?.[1] ?? '';
    return run.slice(title.length) || undefined;
  }
  return undefined;
}
