/**
 * Seas, straits and islands read as names by sight (names38, issue 11): 俄轰炸机在白令海完成飞行.
 * jieba's dictionary tags some of them nr; three characters it reads as one word ending in a
 * head of a body of water or an island (海, 湾, 峡, 岛), right after a preposition of place (在, 于,
 * 经, 飞越, 穿越) and before a verb or a place word, are where something happens, not who does it.
 * A person after 在 is followed by 的 or a verb of view (在某某看来, 在某某的带领下), and the
 * segmenter reads a name ending in 海 as a two-character one there (王海|看来). The heads are the
 * general words of geography. Read by `inThingContext` (thing-contexts.ts).
 */
import { tag } from '../text/segmenter.ts';
import type { Found } from './story-names.ts';

const WATER_OR_ISLAND_END = /[海湾峡岛]$/;
const PLACE_PREPOSITION = /(在|于|经|飞越|穿越|进入|驶入|驶向)$/;
/** What may follow a place of action: a verb, or a place word (上空, 海域, 水域, 附近). */
const AFTER_PLACE = /^(v|f|s)/;
const PLACE_WORD = /^(上空|海域|水域|附近|一带|沿岸|中立|以北|以南|以东|以西)/;

export function waterOrIslandAfterPlacePreposition(text: string, f: Found): boolean {
  if (f.name.length !== 3 || !WATER_OR_ISLAND_END.test(f.name)) return false;
  if (!PLACE_PREPOSITION.test(text.slice(Math.max(0, f.start - 2), f.start))) return false;
  const [word, next] = tag(text.slice(f.start, f.end + 4));
  if (word?.word !== f.name) return false;
  return PLACE_WORD.test(text.slice(f.end)) || AFTER_PLACE.test(next?.tag ?? '');
}
