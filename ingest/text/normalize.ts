/**
 * Width and whitespace normalisation. Full-width letters, digits and spaces become ASCII; Chinese
 * punctuation is kept as printed (evidence quotes the sentence as printed), so matching uses
 * `nameKey()` which also folds brackets and quotes.
 */

/** A half-width mark after a Han character or a closing Chinese quote or bracket: the Chinese mark. */
const HALF_AFTER_HAN = /(?<=[\p{Script=Han}”’」』）》])[,;:!?]/gu;
const FULL_MARK: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？' };

/**
 * The text as the extraction rules read it: half-width , ; : ! ? printed right after a Chinese
 * character are the Chinese marks (web pages and NFKC-folded copies of local news print
 * 书记曾祥月,县委…, and the rules that end a name or split a post chain read the Chinese marks).
 * One character for one, so offsets and sentence bounds are those of the printed text, from
 * which evidence is quoted.
 */
export function chineseMarks(text: string): string {
  return text
    .replace(HALF_AFTER_HAN, (c) => FULL_MARK[c]!)
    .replace(/[^\n]+/g, (line) => misclosedQuotes(pairedQuotes(line.replace(COLUMN, blanks))));
}

/**
 * lstrat63: [书记县长谈发展]某县委副书记、县长甲：… a column's name in square brackets opening a
 * line (a headline's rubric) is no part of its sentence: read as blanks, one for one, so no title
 * chain runs through it (it gave the posts [县委书记 and 县长谈发展]某县委副书记).
 */
const COLUMN = /^\s*\[[^\]\n]{2,30}\](?=\p{Script=Han})/u;
const blanks = (column: string) => ' '.repeat(column.length);

/**
 * 落实“三区“要求, 县委常委、”两山”办主任: a short quote closed by an opening mark, or opened by a
 * closing one (a typist's slip local pages print). Read as printed, the second “ opened a quote
 * that swallowed the rest of the sentence, and a title chain through it lost its quoted word
 * (“三区“建设指挥部总指挥 gave 建设指挥部总指挥). Chinese nests ‘’ inside “”, never “ inside “:
 * a “ while a short quote of words (at most QUOTED characters, no punctuation) is open closes it;
 * a ” with no quote open, before such a short span and another ”, opens it.
 */
const QUOTED = 8;
const QUOTE_WORD = /^[\p{Script=Han}A-Za-z0-9]+$/u;
function misclosedQuotes(line: string): string {
  if (!/[“”]/.test(line) || !/\p{Script=Han}/u.test(line)) return line;
  let out = line;
  let open = -1;
  for (let k = 0; k < out.length; k++) {
    const c = out[k];
    if (c === '“') {
      if (open >= 0 && k - open - 1 <= QUOTED && QUOTE_WORD.test(out.slice(open + 1, k))) {
        out = `${out.slice(0, k)}”${out.slice(k + 1)}`;
        open = -1;
      } else open = k;
    } else if (c === '”') {
      if (open >= 0) {
        open = -1;
        continue;
      }
      const next = out.indexOf('”', k + 1);
      const span = out.slice(k + 1, next);
      if (next > k + 1 && span.length <= QUOTED && QUOTE_WORD.test(span)) {
        out = `${out.slice(0, k)}“${out.slice(k + 1)}`;
        open = k;
      }
    }
  }
  return out;
}

/**
 * 坚持"保护草原生态、…促进社会和谐"的工作思路,开展"优化环境年"活动: ASCII double quotes open
 * and close alike, so a rule that reads short quotes pairs a long quote's closing mark with the next
 * opening one and misreads every quote after it (lthings56). On a line of Chinese text with an even
 * number of them, they alternate: the Chinese opening and closing marks, one for one.
 */
function pairedQuotes(line: string): string {
  const count = line.split('"').length - 1;
  if (count === 0 || count % 2 === 1 || !/\p{Script=Han}/u.test(line)) return line;
  let open = true;
  return line.replace(/"/g, () => ((open = !open) ? '”' : '“'));
}

export function normalizeText(raw: string): string {
  let text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  text = text.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) =>
    String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
  text = text.replace(/[\u00A0\u3000\u2002-\u200A\t]/g, ' ').replace(/[\u200B-\u200D\uFEFF]/g, '');
  return text
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n');
}

const BRACKETS: Record<string, string> = {
  '（': '(',
  '）': ')',
  '【': '[',
  '】': ']',
  '〔': '(',
  '〕': ')',
  '·': '·',
  '•': '·',
};

/** A key for comparing names: width-folded brackets, no quotes, no spaces. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[（）【】〔〕•]/g, (c) => BRACKETS[c] ?? c)
    .replace(/[“”"‘’'「」『』《》\s]/g, '');
}

/**
 * A box-drawing line or a horizontal bar printed for the dash of a span of years (2023─2035年,
 * 2023―2035年: one plan printed twice in one story, two nodes on prog52-a) is that dash.
 */
const YEAR_SPAN_DASH = /([0-9])[─━―]+([0-9])/g;

/** Canonical display form: half-width brackets, no quote marks, one dash between years. */
export function canonicalName(name: string): string {
  return name
    .replace(/[（）【】〔〕]/g, (c) => BRACKETS[c] ?? c)
    .replace(/[“”"‘’'「」『』《》]/g, '')
    .replace(YEAR_SPAN_DASH, '$1—$2')
    .trim();
}

export const HAN = /\p{Script=Han}/u;

/** HAN per UTF-16 code unit (a lone surrogate is not Han), built once: a lookup in hot loops. */
const HAN_UNITS = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) HAN_UNITS[c] = HAN.test(String.fromCharCode(c)) ? 1 : 0;

/** `HAN.test(text[i] ?? '')` without making a string. */
export function isHanAt(text: string, i: number): boolean {
  return HAN_UNITS[text.charCodeAt(i)] === 1;
}
