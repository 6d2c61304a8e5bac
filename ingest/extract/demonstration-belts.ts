/**
 * lstrat52 (issue 13): a named programme's demonstration belt, patch or line built (加快乡村振兴示范带
 * 建设: villages along a road made models of rural revitalization together) is a programme of its
 * own, beside the named one (a 示范区 is a park and parks.ts reads it).
 */
import { programByForm as mention, type Mention } from './mentions.ts';
import { canonicalProgram } from './named-programs.ts';

const BELT = /示范(带|片|线)建设/g;

export function demonstrationBelts(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(BELT)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    // The longest gazetteer name printed right before the belt (乡村振兴, 美丽乡村).
    for (let n = before.length; n >= 4; n--) {
      const named = before.slice(-n);
      const canonical = canonicalProgram.get(named);
      if (!canonical) continue;
      const at = m.index - n;
      out.push(mention(canonical + m[0], named + m[0], at, '建设'));
      break;
    }
  }
  return out;
}
