/**
 * Names read by sight alone (no title, no speech verb) that are pieces of something else
 * (./false-names.ts asks these of every sight finding). Found on blind sets of real news
 * (cctv31a, blocal-h); general rules of Chinese news style, written by hand:
 * - 马克思主义执政党: a name then 主义 names a doctrine, not the man (马克思主义, 列宁主义);
 * - 德清·雷甸科技园: a dotted "name" then a zone's or firm's kind word is the zone's name;
 * - 中药科普、闻香识药、手工制作等: three characters cut from a four-character item of a 、 list
 *   (a list of activities of four characters each), no name;
 * - 。依什杰告诉我们: one character opening its clause that jieba's HMM reads with the "name" as
 *   one new word (依什杰/x): the name starts before it, and the piece is no name of its own.
 */
import { isHanAt } from '../text/normalize.ts';
import { tag } from '../text/segmenter.ts';
import type { Found } from './story-names.ts';
import {
  beforeNamedInstitution,
  rangeToWork,
  verbPhraseBySight,
} from './sight-verbs-and-bodies.ts';
import { CLAUSE_OPENERS, LIST_JOINT, oneOf } from '../text/function-words.ts';

const DOCTRINE_AFTER = /^主义/;
const ZONE_OR_FIRM_AFTER = /^(?:科技园|产业园|工业园|产业新城|园区|开发区|新区|公司|集团)/;
const DOT = /[·・•‧∙]/;
/** Conjunctions and adverbs that open a clause before its subject (但, 而, 就…). */
const CLAUSE_OPENER = oneOf(CLAUSE_OPENERS);
/** What bounds an item of a list of things (、 between items, 等 closing them). */
const ITEM_BOUND = /[、，。；等]/;

export function sightPiece(text: string, f: Found): boolean {
  const after = text.slice(f.end, f.end + 4);
  if (DOCTRINE_AFTER.test(after)) return true;
  if (DOT.test(f.name) && ZONE_OR_FIRM_AFTER.test(after)) return true;
  if (
    f.name.length === 3 &&
    text[f.start - 1] === '、' &&
    isHanAt(text, f.end) &&
    // What closes a list after its last item (甲、乙、丙等。): the name ends there, no piece.
    !LIST_JOINT.test(text[f.end]!) &&
    ITEM_BOUND.test(text[f.end + 1] ?? '')
  )
    return true;
  // 甘于奉献, 伊玛目某某大学, 从某某的…到《…》 (./sight-verbs-and-bodies.ts).
  if (verbPhraseBySight(text, f) || beforeNamedInstitution(text, f) || rangeToWork(text, f))
    return true;
  return gluedOpener(text, f);
}

/** The character before the name opens its clause and jieba reads it with the name as one new word. */
function gluedOpener(text: string, f: Found): boolean {
  if (!isHanAt(text, f.start - 1) || isHanAt(text, f.start - 2)) return false;
  // 但|某某维奇认为: a conjunction or adverb opening the clause stands before a name.
  if (CLAUSE_OPENER.test(text[f.start - 1]!)) return false;
  const [first] = tag(text.slice(f.start - 1, f.end + 2));
  return (
    !!first && first.tag === 'x' && first.word.length > 1 && first.word.length <= f.name.length + 1
  );
}
