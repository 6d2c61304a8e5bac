/**
 * Bodies named by a list of fields before one head (things35): 防辐射、防化学武器、防生物武器部队司令
 * names one force, 能源发展战略和生态安全委员会秘书长 one commission. Cut at its 、 or its 和, the
 * name loses all but its last field (防生物武器部队 and 生态安全委员会 are junk in the cctv22s and
 * cctv24g annotations). The role reader is role-words.ts's, which posts.ts shares.
 */
import { countryAtStart } from '../gazetteer/index.ts';
import { districtInfo } from './places.ts';
import { tag } from '../text/segmenter.ts';
import { roleSuffix } from './role-words.ts';

/** The heads a list of fields shares (a force, a commission). */
const SHARED_HEAD = /(?:部队|委员会)$/;

/**
 * Whether `piece`, printed before 、 and `title` (a 部队 or 委员会 office), is a field of that body's
 * name: two to six characters (after the country that opens the list), no title, no place.
 */
export function fieldOfSharedHead(piece: string, title: string): boolean {
  const role = roleSuffix(title);
  if (!role || roleSuffix(piece)) return false;
  if (!SHARED_HEAD.test(title.slice(0, title.length - role.length))) return false;
  const country = countryAtStart(piece) ?? '';
  const field = piece.slice(country.length);
  if (!/^\p{Script=Han}{2,6}$/u.test(field) || districtInfo(field) || countryAtStart(field))
    return false;
  // 总统普京、某委员会主席: a title and a name (or a place, a date) is another holder, no field.
  return tag(field).every((w) => !NOT_FIELD.test(w.tag) && !roleSuffix(w.word));
}
/** Tags of names, places, numbers and unknown words: never in a field of a body's name. */
const NOT_FIELD = /^(?:nr|ns|nt|x|m|t|eng)/;

/** Tags of common words: a run of them is a phrase (能源发展战略), never a holder's name. */
const COMMON_WORD = /^(?:n|vn|v|an|a)$/;

/**
 * Whether `run`, read as a holder's name between a title and 和 (总统甲和…), is a run of common
 * words instead (总统能源发展战略和…委员会: the first field of a body's name).
 */
export function phraseNotName(run: string): boolean {
  const words = tag(run);
  return run.length >= 4 && words.length >= 2 && words.every((w) => COMMON_WORD.test(w.tag));
}

/**
 * 某国总统能源发展战略和生态安全委员会秘书长: the clause cut at 和 after a title (总统某某和…)
 * took the first field of a commission's name for a holder's name. `raw`: the element, `cut`: what
 * the clause cut left. Returns the element to read (raw when the run before 和 is a field).
 */
export function keepFieldsBeforeAnd(raw: string, cut: string): string {
  const at = raw.length - cut.length - 1;
  if (cut === raw || !raw.endsWith(cut) || raw[at] !== '和') return cut;
  const role = roleSuffix(cut);
  if (!role || !SHARED_HEAD.test(cut.slice(0, cut.length - role.length))) return cut;
  const head = raw.slice(0, at);
  for (let n = 4; n <= 8 && n < head.length; n++)
    if (roleSuffix(head.slice(0, head.length - n)) && phraseNotName(head.slice(-n))) return raw;
  return cut;
}
