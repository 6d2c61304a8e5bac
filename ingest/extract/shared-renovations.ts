/**
 * pjunk60 (issue 13): 加快推进城镇老旧小区、街区、厂区和城中村等改造: the items of a list share the
 * program word printed once after the last one (等改造), so an item that makes a gazetteer name with
 * that word (城镇老旧小区改造, 城中村改造) is that program where it stands (cctv25q lists both on the
 * day a State Council meeting prints them so). Only renovation (改造): the places a list renovates are
 * the national programmes of their kind; a list before 建设 names goals as often as programs.
 */
import { strategyMention, type Mention } from './mentions.ts';
import { ITEM_JOINT, ITEM_JOINTS } from '../text/function-words.ts';

const HEAD = '改造';
/** The rest of the list after an item and the shared word: 、街区、厂区和城中村等改造. */
const LIST_AFTER = new RegExp(`^(?:[${ITEM_JOINTS}]\\p{Script=Han}{1,8}?){1,6}等?改造`, 'u');
/** The last item: joined to the list before it, the shared word right after it (和城中村等改造). */
const LAST_ITEM = /^等?改造/;

/** The gazetteer's renovations by their stems (城镇老旧小区 → 城镇老旧小区改造), built once per map. */
const stemsOf = new WeakMap<Map<string, string>, [string, string][]>();
function renovationStems(canonical: Map<string, string>): [string, string][] {
  let stems = stemsOf.get(canonical);
  if (!stems) {
    stems = [];
    for (const [printed, name] of canonical) {
      if (!printed.endsWith(HEAD)) continue;
      const stem = printed.slice(0, -HEAD.length);
      if (stem.length >= 3 && !canonical.has(stem)) stems.push([stem, name]);
    }
    stemsOf.set(canonical, stems);
  }
  return stems;
}

export function sharedRenovations(text: string, canonical: Map<string, string>): Mention[] {
  if (!text.includes(HEAD)) return [];
  const out: Mention[] = [];
  for (const [stem, name] of renovationStems(canonical)) {
    for (let at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 1)) {
      const after = text.slice(at + stem.length, at + stem.length + 40);
      if (after.startsWith(HEAD)) continue; // printed whole: the gazetteer reads it
      const listed =
        LIST_AFTER.test(after) || (ITEM_JOINT.test(text[at - 1] ?? '') && LAST_ITEM.test(after));
      if (!listed) continue;
      out.push(strategyMention(name, stem, at, 'a gazetteer program sharing a list’s 改造'));
    }
  }
  return out;
}
