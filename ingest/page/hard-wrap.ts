/**
 * Hard-wrapped pages: text saved from a fixed-width column (an old portal's text view, a copy out
 * of a terminal or a PDF) breaks every line at the column's width, inside a word or a name
 * (…傍晚，大\n庆市委书记…, 市长林\n中华). Read line by line, the pieces became headings (short,
 * and no Chinese comma when the page prints ASCII ones), a city lost its first character (云市委)
 * and a name was cut in two. On such a page the lines that reach the column and stop mid-sentence
 * are joined to the next line; lines that end a sentence, short lines (headlines, credits) and
 * blank lines keep the page's breaks, so paragraphs and headlines stay apart.
 *
 * A page is hard-wrapped when at least MIN_WRAPPED of its lines are "wrapped": wide (a column's
 * width, at least MIN_WIDTH half-width units), stopping on a character that cannot end a
 * paragraph, and holding a mark inside (running text, not a headline or a menu); and when most
 * of them (SAME_WIDTH_SHARE) are as wide as their median, give or take WIDTH_SLACK units, and no
 * line but one is wider: a column's width, not one-line paragraphs of any length that happen to
 * lack a final mark.
 */
const MIN_WRAPPED = 3;
const MIN_WIDTH = 24;
const WIDTH_SLACK = 4;
const SAME_WIDTH_SHARE = 0.7;

/** A line's width as a fixed-width column counts it: a Chinese character is two units. */
export function displayWidth(line: string): number {
  let w = 0;
  for (const c of line) w += c.charCodeAt(0) < 0x1100 ? 1 : 2;
  return w;
}

/** What a paragraph, a headline or a credit can end on; a column's break falls anywhere else. */
const CLOSED_END = /[。！？!?；;…：:”"’」』）)】\]|>]$/;
/** Running text holds a mark inside the line: a headline or a menu item seldom does. */
const INNER_MARK = /[，,、。；;：:]/;
/** Markdown structure (a heading, a list item, a quote, a table row) is never a column's piece. */
const MARKDOWN_LINE = /^(#{1,6}\s|[-*+]\s|>|\||\d+\.\s|\*\*)/;

/** `width` is the line's displayWidth: a page's widths are measured once, in joinHardWrapped, and
 * read by every test of its lines (here, the column's median and its wider lines, the joins). */
function isWrappedLine(line: string, width: number): boolean {
  return (
    width >= MIN_WIDTH &&
    !CLOSED_END.test(line) &&
    INNER_MARK.test(line) &&
    !MARKDOWN_LINE.test(line)
  );
}

/**
 * A column's piece goes on on the next line: a wide line before a blank line or a Markdown line
 * (a bold headline, a list) is no column's break.
 */
function goesOn(next: string | undefined): boolean {
  return next !== undefined && next !== '' && !MARKDOWN_LINE.test(next);
}

/** The width of the page's column, or undefined when the page is not hard-wrapped. */
export function columnWidth(
  lines: readonly string[],
  lineWidths: readonly number[] = lines.map(displayWidth),
): number | undefined {
  const widths = lineWidths
    .filter((w, i) => isWrappedLine(lines[i]!, w) && goesOn(lines[i + 1]))
    .sort((a, b) => a - b);
  if (widths.length < MIN_WRAPPED) return undefined;
  const median = widths[widths.length >> 1]!;
  const near = widths.filter((w) => Math.abs(w - median) <= WIDTH_SLACK).length;
  if (near / widths.length < SAME_WIDTH_SHARE) return undefined;
  // A column holds every line: a page with paragraphs wider than it (an interview's guest list of
  // titles and names above its answers) is printed a paragraph a line. One wider line (a link) is let.
  const wider = lineWidths.filter((w) => w > median + WIDTH_SLACK).length;
  return wider <= 1 ? median : undefined;
}

/**
 * The page's text with each column break inside a sentence removed; other pages as they are.
 * Two Latin letters or digits either side of a break keep a space (a wrapped English word pair).
 */
export function joinHardWrapped(text: string): string {
  const lines = text.split('\n');
  const widths = lines.map(displayWidth);
  const column = columnWidth(lines, widths);
  if (column === undefined) return text;
  const out: string[] = [];
  // The last printed line read, not the joined one: whether a break is the column's is told by
  // the piece before it.
  let previous: string | undefined;
  for (const [i, line] of lines.entries()) {
    const last = out.length - 1;
    if (
      previous !== undefined &&
      goesOn(line) &&
      isWrappedLine(previous, widths[i - 1]!) &&
      widths[i - 1]! >= column - WIDTH_SLACK
    ) {
      const space = /[A-Za-z0-9]$/.test(previous) && /^[A-Za-z0-9]/.test(line) ? ' ' : '';
      out[last] = out[last]! + space + line;
    } else out.push(line);
    previous = line;
  }
  return out.join('\n');
}
