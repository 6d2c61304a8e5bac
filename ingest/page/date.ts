/**
 * Article dates: only from an explicit source. Never guessed: a month and day without a year
 * ("1月17日") gives no date.
 */
const LABELLED =
  /(?:发布时间|发布日期|发稿时间|日期|时间|Date)\s*[:：]\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/i;
const FULL_CN = /(\d{4})年(\d{1,2})月(\d{1,2})日/;
const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/;

export function isoDate(y: number, m: number, d: number): string | undefined {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return undefined;
  return date.toISOString().slice(0, 10);
}

export function parseDateValue(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const m = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(value);
  return m ? isoDate(+m[1]!, +m[2]!, +m[3]!) : undefined;
}

/** A labelled date anywhere on the page (publication time lines). */
export function labelledDate(text: string): string | undefined {
  const m = LABELLED.exec(text);
  return m ? isoDate(+m[1]!, +m[2]!, +m[3]!) : undefined;
}

/** The first full date with a year in a story's text. */
export function textDate(text: string): string | undefined {
  for (const re of [FULL_CN, ISO]) {
    const m = re.exec(text);
    const iso = m && isoDate(+m[1]!, +m[2]!, +m[3]!);
    if (iso) return iso;
  }
  return undefined;
}

/** A compact date in a digest's title: 《新闻联播》（20260820）. */
export function compactDate(title: string): string | undefined {
  const m = /(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)/.exec(title);
  return m ? isoDate(+m[1]!, +m[2]!, +m[3]!) : undefined;
}
