/**
 * lstrat60 (issue 13): the revitalization of one old revolutionary base area, named by its place
 * (洪湖革命老区振兴, 某县革命老区振兴发展): the national policy (革命老区振兴发展, programs.txt) carried
 * out for that area, printed with the county's or city's short name before it. The place must be a
 * district of districts.json, by its name or its short name (洪湖 for 洪湖市): 支持革命老区振兴
 * names no area and stays the national programme.
 */
import { programByForm as mention, type Mention } from './mentions.ts';
import { districtShortNames } from './places.ts';

const OLD_BASE = /革命老区振兴(发展)?/g;

export function oldBaseAreas(text: string): Mention[] {
  if (!text.includes('革命老区振兴')) return [];
  const known = districtShortNames('all', true);
  const out: Mention[] = [];
  for (const m of text.matchAll(OLD_BASE)) {
    // The longest district name right before (four, three, then two characters).
    const place = [4, 3, 2]
      .map((n) => text.slice(Math.max(0, m.index - n), m.index))
      .find((p) => p.length >= 2 && known.has(p));
    if (!place) continue;
    out.push(mention(place + m[0], place + m[0], m.index - place.length, 'strategy'));
  }
  return out;
}
