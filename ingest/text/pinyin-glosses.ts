/**
 * Pages printed with a pinyin gloss after some characters (生產(chǎn)、工(gōng)作, 市長(cháng)): a copy
 * of a page run through a tool that annotates "hard" characters. The gloss splits every word and
 * title it falls in (市委書(shū)記 is no 市委书记 to any rule), so such a page lost most of its
 * posts (ltrad57-l p09, ltail58-l p05 and p08).
 *
 * The reading leaves the glosses out; `printedAt` maps an offset of the reading to the printed
 * text, so what is read there can be quoted as printed (evidence keeps the glosses).
 */

/** A gloss: Latin letters with at least one tone mark, in brackets, right after a Han character. */
const GLOSS =
  /(?<=\p{Script=Han})[(（] ?([a-zA-Zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ][a-zA-Zü]*) ?[)）]/gu;
/** A text with fewer glosses than this is read as printed (one bracketed syllable may be a note). */
const FEWEST_GLOSSES = 2;

export interface GlossFreeReading {
  /** The text without its glosses. */
  text: string;
  /** Where the reading's character at k stands in the printed text (one entry per unit, and one past the end). */
  printedAt: number[];
}

/** The reading of `printed` without its pinyin glosses; undefined when it carries none. */
export function withoutGlosses(printed: string): GlossFreeReading | undefined {
  if (!/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/.test(printed)) return undefined;
  const glosses = [...printed.matchAll(GLOSS)];
  if (glosses.length < FEWEST_GLOSSES) return undefined;
  let text = '';
  const printedAt: number[] = [];
  let from = 0;
  for (const g of glosses) {
    for (let k = from; k < g.index; k++) printedAt.push(k);
    text += printed.slice(from, g.index);
    from = g.index + g[0].length;
  }
  for (let k = from; k < printed.length; k++) printedAt.push(k);
  text += printed.slice(from);
  printedAt.push(printed.length);
  return { text, printedAt };
}

/**
 * The printed text of a string of the reading (a sentence): found there, the printed span from its
 * first character up to the next character read (a gloss after its last character kept); not found,
 * it stays as read.
 */
export function asPrintedSpan(printed: string, reading: GlossFreeReading, read: string): string {
  const at = read ? reading.text.indexOf(read) : -1;
  if (at < 0) return read;
  const end = at + read.length;
  const from = reading.printedAt[at]!;
  const to = end < reading.text.length ? reading.printedAt[end]! : printed.length;
  // The span reaches to the next character read: whitespace before it is not the sentence's.
  return printed.slice(from, to).replace(/\s+$/, '');
}
