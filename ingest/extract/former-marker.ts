/** Former posts printed inside a title (split out of posts.ts, which parses the titles). */
import { countryAtStart } from '../gazetteer/index.ts';
import { tag } from '../text/segmenter.ts';

/**
 * Where 原/前/时任 marks a former post inside a title: right before the role (国务院原总理) or
 * right after the country (伊朗时任外长, 美国前财政部长); the office is the title without it.
 */
export function formerMarker(org: string): { at: number; word: string } | undefined {
  const end = /(原|前|时任)$/.exec(org)?.[1];
  if (end) return { at: org.length - end.length, word: end };
  const country = countryAtStart(org);
  const rest = country ? org.slice(country.length) : '';
  const word = /^(原|前|时任)/.exec(rest)?.[1];
  return word && !opensWord(rest, word) ? { at: country!.length, word } : undefined;
}

/**
 * 伊朗原子能组织, 某国原油公司: 原 or 前 opening a longer word of the body's name (原子能, 原油, 前沿)
 * marks nothing former (orgpost18). The segmenter glues 副 to the marker (原副|总统): still one.
 */
function opensWord(rest: string, word: string): boolean {
  const first = tag(rest)[0]?.word ?? '';
  return first.length > word.length && first.startsWith(word) && !/^(原|前)副/.test(first);
}

/**
 * How long the former marker opening a title is (0 for none): 时任, 原任, 曾任, 前任, or 原/前
 * alone before the body (前众议院议长, 前国防部长 after another title), not opening a word of
 * the body's own (前海管理局, 原子能机构).
 */
export function formerPrefix(title: string): number {
  const word = /^(时任|原任|曾任|前任|原|前)/.exec(title)?.[1];
  if (!word) return 0;
  return word.length === 2 || !opensWord(title, word) ? word.length : 0;
}
