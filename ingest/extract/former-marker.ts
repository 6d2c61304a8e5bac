/** Former posts printed inside a title (split out of posts.ts, which parses the titles). */
import { countryAtStart } from '../gazetteer/index.ts';

/**
 * Where 原/前/时任 marks a former post inside a title: right before the role (国务院原总理) or
 * right after the country (伊朗时任外长, 美国前财政部长); the office is the title without it.
 */
export function formerMarker(org: string): { at: number; word: string } | undefined {
  const end = /(原|前|时任)$/.exec(org)?.[1];
  if (end) return { at: org.length - end.length, word: end };
  const country = countryAtStart(org);
  const word = country ? /^(原|前|时任)/.exec(org.slice(country.length))?.[1] : undefined;
  return word ? { at: country!.length, word } : undefined;
}
