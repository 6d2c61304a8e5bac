/**
 * Verbs read as names after a title (issue 11/13, round people39, on cctv25r, cctv22x and fresh
 * days): where the title names a group or a person already, or stands in a quoted slogan, the
 * two or three characters after it are the predicate, not a name. General rules of Chinese news
 * style; no names listed.
 */
import { dictionaryFrequency, tag } from '../text/segmenter.ts';
import { SPEAKER_WORD } from './frequency-thresholds.ts';
import { roleEndingAt } from './role-words.ts';
import { isSureSurname } from './names-by-role.ts';
import type { Found } from './story-names.ts';
import { NAME_DOT, score, SECOND, THIRD } from './name-stats.ts';

/**
 * 要把王主席关怀转化为…: a surname standing alone before a title (王主席, 李书记) is how the
 * news addresses a person it has named; what follows is the predicate, for no one is printed
 * as 王主席某某. The surname must be a word of its own (民进党主席: 党 closes 民进党).
 */
const GRADE_BEFORE = /(代|副|前|原|新|现|[新现时前首继候离]任|署理|代理)$/;
function afterAddressTitle(text: string, f: Found, role: string): boolean {
  const at = f.start - role.length;
  if (at < 1 || !isSureSurname(text[at - 1]!)) return false;
  // 某国前进党主席某某: 党 after Han characters closes a party's name the segmenter lacks (前进|党),
  // no surname addressed as 党主席.
  if (text[at - 1] === '党' && /\p{Script=Han}/u.test(text[at - 2] ?? '')) return false;
  // “白色罗斯”党主席某某: after a closing quote the character ends the quoted name (a party's 党),
  // no surname of address.
  if (/[”"」』]/.test(text[at - 2] ?? '')) return false;
  // 代县长, 新任总统: a grade or a tenure before the title is part of it, no surname.
  if (GRADE_BEFORE.test(text.slice(Math.max(0, at - 2), at))) return false;
  const words = tag(text.slice(Math.max(0, at - 4), at));
  // Only after a function word or a pause (把王主席, 向李书记, ，王书记): after a place, a
  // pronoun or a number the character modifies the title (韩国代总统: acting) or is the body
  // (该党主席).
  const [prev, last] = words.slice(-2);
  return last?.word.length === 1 && (!prev || /^[pcuvdx]/.test(prev.tag));
}

/**
 * 各国领导人祝贺…, 广大干部关怀…: a title after a word of many (各国, 广大, 众多) names a group;
 * no single name follows it.
 */
const MANY = /(各国|各地|各级|各位|广大|众多|诸多|全体|历届|许多|不少|多位|多名|诸位)$/;
const afterGroupTitle = (text: string, f: Found, role: string) =>
  MANY.test(text.slice(Math.max(0, f.start - role.length - 2), f.start - role.length));

/**
 * “委员促交流”: a title and what follows it closed in quotes together are a campaign's or a
 * slogan's name; a person's title and name are not quoted as one.
 */
const quotedSlogan = (text: string, f: Found, role: string) =>
  /[“"「]/.test(text[f.start - role.length - 1] ?? '') && /[”"」]/.test(text[f.end] ?? '');

/**
 * 乡干部包户、村干部包片: items of a 、 list that each read a role and two characters, the two
 * sharing one character at the same place, are duties shared out (the verb 包, the object 学),
 * not people: two given names of the list share no character that names seldom hold (片, 组, 学:
 * a negative score in the name tables), while 张明、张亮 share a surname and stay.
 */
const ITEM_END = /[、，。；！？：\s]/;
function dutyList(text: string, f: Found, role: string): boolean {
  if (f.name.length !== 2) return false;
  const neighbours: number[] = [];
  // The item after: from the 、 after the name up to the next stop.
  if (text[f.end] === '、') {
    let k = f.end + 1;
    while (k < text.length && k - f.end <= 10 && !ITEM_END.test(text[k]!)) k++;
    if (k - f.end > 3 && roleEndingAt(text, k - 2)) neighbours.push(k - 2);
  }
  // The item before: it ends at the 、 that opens this item (党组织书记带学: a few characters
  // of the body before the role).
  const opening = text.lastIndexOf('、', f.start - role.length);
  if (
    opening >= 3 &&
    f.start - opening <= 10 &&
    !ITEM_END.test(text.slice(opening + 1, f.start)) &&
    roleEndingAt(text, opening - 2)
  )
    neighbours.push(opening - 2);
  // The given character of a two-character name is its last: rare only if it scores low both as a
  // first and as a last given character (主任甲流、某部主任甲涛: 涛 ends names often, blocal-n).
  const rare = (k: number) => score(SECOND, text, k) < 0 && score(THIRD, text, k) < 0;
  return neighbours.some(
    (at) =>
      (text[at] === f.name[0] && rare(at + 1) && rare(f.start + 1)) ||
      (text[at + 1] === f.name[1] && rare(f.start + 1)),
  );
}

/**
 * 坚定信心、满怀希望: a frequent word (jieba counts it 100 times or more) before a speech verb
 * whose first character is no sure surname is the word, not a speaker (汪洋希望 keeps 汪).
 */
const wordAsSpeaker = (f: Found) =>
  f.via === 'speech' &&
  f.name.length === 2 &&
  !isSureSurname(f.name[0]!) &&
  dictionaryFrequency(f.name) >= SPEAKER_WORD;

/** Any of the above, for a name read after its title or before a speech verb. */
export function verbAfterTitle(text: string, f: Found): boolean {
  if (wordAsSpeaker(f)) return true;
  if (f.via !== 'post' || NAME_DOT.test(f.name)) return false;
  const role = roleEndingAt(text, f.start);
  if (!role) return false;
  return (
    afterAddressTitle(text, f, role) ||
    afterGroupTitle(text, f, role) ||
    quotedSlogan(text, f, role) ||
    dutyList(text, f, role)
  );
}
