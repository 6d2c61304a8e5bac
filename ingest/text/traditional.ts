/**
 * Pages printed in traditional characters (a county site's 繁體 edition, a big5 copy of a mainland
 * report: 市委副書記、市長劉建軍出席並致辭) are read in simplified characters: the gazetteers,
 * the segmenter's dictionary and every rule are simplified, so on such a page most people and
 * posts went unread (ltrad57-l).
 *
 * The conversion is OpenCC's traditional → mainland simplified (opencc-js, MIT AND Apache-2.0; its
 * dictionaries are OpenCC's, Apache-2.0), loaded from the package: nothing is downloaded at run time.
 *
 * Only a text that is mostly traditional is converted, so a simplified page reads as before, byte
 * for byte (some characters OpenCC would change are also simplified ones: 著名, 乾隆, 於 in names).
 * The reading has the printed text's length, character for character, so an offset into one is
 * an offset into the other and evidence can be quoted as printed.
 */
import { Converter } from 'opencc-js/t2cn';

type Convert = (text: string) => string;

let convert: Convert | undefined;
/** Characters (BMP Han) that OpenCC writes otherwise in simplified: 這, 書, 記, 國… */
let traditionalOnly: Set<string> | undefined;

/** Built on the first page that needs it: a simplified corpus never pays for the dictionaries. */
function converter(): Convert {
  return (convert ??= Converter({ from: 't', to: 'cn' }));
}

function traditionalCharacters(): Set<string> {
  if (traditionalOnly) return traditionalOnly;
  const chars: string[] = [];
  for (let c = 0x4e00; c <= 0x9fff; c++) chars.push(String.fromCharCode(c));
  // One character a line: no two neighbours make a phrase of the dictionary.
  const out = converter()(chars.join('\n')).split('\n');
  traditionalOnly = new Set(chars.filter((c, i) => out[i] !== c));
  return traditionalOnly;
}

/** A text's Han characters (BMP), and how many of them are written otherwise in simplified. */
interface HanCount {
  han: number;
  traditional: number;
}

/** One pass over the text: the share below and the "too few to say" test read the same count. */
function countHan(text: string): HanCount {
  const traditionalSet = traditionalCharacters();
  let han = 0;
  let traditional = 0;
  for (const c of text) {
    if (c < '\u4e00' || c > '\u9fff') continue;
    han++;
    if (traditionalSet.has(c)) traditional++;
  }
  return { han, traditional };
}

function shareOf({ han, traditional }: HanCount): number {
  return han === 0 ? 0 : traditional / han;
}

/**
 * Share of a text's Han characters that are written otherwise in simplified. Traditional news
 * prints one such character in four or five (縣委書記、縣長); simplified news one in several
 * hundred (著, 乾, 於 of a name), so the threshold below is far from both.
 */
export function traditionalShare(text: string): number {
  return shareOf(countHan(text));
}

/** Above this share a text is read as traditional (see traditionalShare). */
export const MOSTLY_TRADITIONAL = 0.08;
/** Fewer Han characters than this say too little about the script (a name, a line). */
const FEWEST_HAN = 20;

/**
 * Common characters only traditional text prints: a story with none of them is read as printed
 * before any dictionary is built or any character counted.
 */
const TRADITIONAL_HINT =
  /[這個們說為來對時國會與發經過後開關長區縣書記門問間現實動點業產員黨華東車電話讀邊從進還應當]/;

/**
 * The simplified reading of `texts` (a story and its headline, decided together), each of the
 * same length as printed; undefined when they are not mostly traditional (read them as printed).
 */
export function simplifiedReading(texts: readonly string[]): string[] | undefined {
  // The hint first, on each text as it is: a simplified story is not copied or counted.
  if (!texts.some((t) => TRADITIONAL_HINT.test(t))) return undefined;
  const count = countHan(texts.join('\n'));
  if (count.han < FEWEST_HAN || shareOf(count) < MOSTLY_TRADITIONAL) return undefined;
  return texts.map(sameLengthReading);
}

/** Whether a page's text is mostly traditional (read through its simplified reading). */
export function isMostlyTraditional(text: string): boolean {
  return simplifiedReading([text]) !== undefined;
}

/** The simplified reading of a text already found mostly traditional, of the same length. */
export function sameLengthSimplified(text: string): string {
  return sameLengthReading(text);
}

/**
 * OpenCC converts by phrases (乾燥 → 干燥 but 乾隆 kept), and a phrase may change length; a line
 * whose phrase conversion does not keep its length is converted one character at a time, and a
 * character whose conversion is not one unit long (outside the BMP) is kept as printed.
 */
function sameLengthReading(text: string): string {
  const whole = converter()(text);
  if (whole.length === text.length) return whole;
  return text
    .split('\n')
    .map((line) => {
      const read = converter()(line);
      if (read.length === line.length) return read;
      let out = '';
      for (const c of line) {
        const one = c.length === 1 ? converter()(c) : c;
        out += one.length === c.length ? one : c;
      }
      return out;
    })
    .join('\n');
}
