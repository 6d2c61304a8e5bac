/**
 * A story printed in traditional characters (市委副書記、市長劉建軍出席並致辭) is read through its
 * simplified reading (../text/traditional.ts), so the rules, gazetteers and segmenter, all
 * simplified, see 市委副书记、市长刘建军. What the graph keeps:
 * - names in simplified characters: one node per real person, office or place whatever the
 *   script of the page that printed it (刘建军 of a big5 page is 刘建军 of a mainland one);
 * - the form as printed (劉建軍, 市委副書記) as an alias of that node, so a reader who searches
 *   for what the page says finds it;
 * - evidence as the page printed it: the reading has the printed text's length, so a sentence
 *   read at an offset is quoted from the printed text at that offset, and the evidence offset
 *   points into the article text as stored (docs/ingest.md).
 * A story that is not mostly traditional is read as printed, unchanged.
 */
import { simplifiedReading } from '../text/traditional.ts';
import type { StoryFacts } from './facts.ts';

type Page = { home?: string; title?: string };

export function readTraditional(
  printed: string,
  page: Page,
  extract: (text: string, page: Page) => StoryFacts,
): StoryFacts {
  const title = page.title;
  const reading = simplifiedReading(title === undefined ? [printed] : [printed, title]);
  if (!reading) return extract(printed, page);
  const [text, readTitle] = reading as [string, string | undefined];
  const facts = extract(text, { ...page, title: readTitle });
  const asPrinted = printedForms(printed, text, title, readTitle);
  for (const e of facts.entities) {
    e.sentence = asPrinted(e.sentence);
    for (const surface of [e.name, ...e.surfaces]) {
      const form = asPrinted(surface);
      if (form !== surface && !e.surfaces.includes(form)) e.surfaces.push(form);
    }
  }
  for (const r of facts.relations) r.sentence = asPrinted(r.sentence);
  for (const b of facts.bylines) b.sentence = asPrinted(b.sentence);
  return facts;
}

/**
 * A string of the reading (a sentence, a name) → the same characters as printed: found in the
 * reading's text, else in its headline, it is the printed text at that place (same offsets); not
 * found there (a name a rule composed), it stays as read.
 */
function printedForms(
  printed: string,
  text: string,
  title: string | undefined,
  readTitle: string | undefined,
): (read: string) => string {
  const seen = new Map<string, string>();
  return (read) => {
    if (!read) return read;
    let form = seen.get(read);
    if (form !== undefined) return form;
    const at = text.indexOf(read);
    const inTitle = at < 0 && readTitle !== undefined ? readTitle.indexOf(read) : -1;
    form =
      at >= 0
        ? printed.slice(at, at + read.length)
        : inTitle >= 0
          ? title!.slice(inTitle, inTitle + read.length)
          : read;
    seen.set(read, form);
    return form;
  };
}
