/**
 * A story printed with pinyin glosses after characters (會(huì)議由大會(huì)主席團(tuán)常務(wù)主席某某主持) is
 * read without them (../text/pinyin-glosses.ts): the rules see 會議由大會主席團常務主席某某主持,
 * and a traditional story is then read in simplified characters as any other
 * (./traditional-pages.ts). Names and posts are what was read (no gloss inside); every sentence
 * of evidence is quoted as printed, glosses and all, so it is found in the article's text at its
 * offset (docs/ingest.md).
 */
import { asPrintedSpan, withoutGlosses } from '../text/pinyin-glosses.ts';
import type { StoryFacts } from './facts.ts';
import { readTraditional } from './traditional-pages.ts';

type Page = { home?: string; title?: string };
type Extract = (text: string, page: Page) => StoryFacts;

/** A story as printed: its glosses left out, then its traditional characters read simplified. */
export function readPrinted(printed: string, page: Page, extract: Extract): StoryFacts {
  return readGlossed(printed, page, (unglossed, read) => readTraditional(unglossed, read, extract));
}

export function readGlossed(printed: string, page: Page, extract: Extract): StoryFacts {
  const reading = withoutGlosses(printed);
  if (!reading) return extract(printed, page);
  const title =
    page.title === undefined ? undefined : (withoutGlosses(page.title)?.text ?? page.title);
  const facts = extract(reading.text, { ...page, title });
  const seen = new Map<string, string>();
  const asPrinted = (read: string) => {
    let form = seen.get(read);
    if (form === undefined) seen.set(read, (form = asPrintedSpan(printed, reading, read)));
    return form;
  };
  for (const e of facts.entities) e.sentence = asPrinted(e.sentence);
  for (const r of facts.relations) r.sentence = asPrinted(r.sentence);
  for (const b of facts.bylines) b.sentence = asPrinted(b.sentence);
  return facts;
}
