/**
 * A role the segmenter reads across a word (主任何, 市长江): the role word does not end there, so no
 * title ends there either. Read by people.ts (afterTitle).
 */
import {
  levelClass,
  CITY_TO_TOWNSHIP,
  PROVINCE_TO_COUNTY_AND_PREFECTURE,
  TOWNSHIPS,
} from '../text/level-words.ts';
import { gazetteer } from '../gazetteer/index.ts';
import { hasSurnameAt } from './names.ts';
import { isForeignCharAt } from './name-stats.ts';
import { tag } from '../text/segmenter.ts';
import { roleEndingAt } from './role-words.ts';
import { endsAt } from './posts.ts';

const g = gazetteer();

const LOCAL_HEAD = new RegExp(`^${levelClass(CITY_TO_TOWNSHIP + '旗州')}长$`); // not 水利部|长江: a ministry's 部长 is no local head
/**
 * Whether the role word ending at `end` crosses a word of the text (红军长征: 军长 cuts 红军|长征;
 * 中国海警长山舰: 警长 cuts 海警): then it is no role there. A role that ends where a word ends
 * is one (国务委员|长).
 */
export function roleCrossesWord(text: string, end: number): boolean {
  if (headStartsPlace(text, end)) return true;
  // 以某某为代表的: 代表 after 为 is the verb of "typified by".
  if (endsAt(text, end, '为代表')) return true;
  if (endsAt(text, end, '领导人') && text[end] === '民') return true; // 党领导|人民 (orgpost20)
  // 财务相|关工作, 资源环境相|关决策: a minister's 相 (日本财务相) opening 相关, 相应, 相比 is no role.
  if (text[end - 1] === '相' && /[关应比对当互似]/.test(text[end] ?? '')) return true;
  // The segmenter glues 副 to the word before (原副|总理, 委副|主任): test the role without it.
  const role = roleEndingAt(text, end)?.replace(/^(常务副|常务|执行|副)/, '');
  if (!role) return false;
  const from = Math.max(0, end - role.length - 4);
  const start = end - role.length - from;
  let at = 0;
  let crosses = false;
  // Four characters after: a name after the title is read whole (长|金某某, not 长金某).
  for (const t of tag(text.slice(from, end + 4))) {
    const next = at + t.word.length;
    // The role inside a longer word: 务工人员 (工人), 代表性 (代表), 大使馆 (大使), 司令部 (司令);
    // not a word the segmenter guesses (x) gluing a name's first sound to the role (防长加|兰特).
    if (at <= start && next > start + role.length && !guessedOverName(t.tag, text, end))
      return true;
    if (at < start && next > start && next < start + role.length) crosses = true;
    // 美国商务部|长卢|特尼克: a word the segmenter does not know (x) gluing the role's last
    // character to a name after it is its guess, not a word the role runs into (红军|长征).
    // 副署|长孙|寿山, 代区|长安|文哲: nor a compound surname or, after a local head, a place.
    // 纪检监察组组长乐某某: after a body ending in the role's first character (组|组长, 科|科长) the
    // segmenter pairs that character (组组) and glues 长 to the surname as a place (长乐): the
    // role is whole there, as a local head's is (lpairs52-l).
    const doubled = text[from + start - 1] === text[from + start];
    const place =
      (LOCAL_HEAD.test(role) || doubled) && t.tag === 'ns' && hasSurnameAt(text, from + next - 1);
    // 改革委主|任何|某某: nor a pronoun or adverb made of the role's last character and a surname.
    const functionWord = /^[rdc]/.test(t.tag) && hasSurnameAt(text, from + next - 1);
    if (
      crosses &&
      at < start + role.length &&
      next > start + role.length &&
      (t.tag === 'x' || g.compoundSurnames.has(t.word) || place || functionWord)
    )
      return false;
    // 国务委员|长|金某: a word ends where the role ends, so the segmenter only glued the head of
    // the title to the word before; 红军|长征 runs on past the role's end.
    if (next === start + role.length) return false;
    at = next;
    if (at > start + role.length) break;
  }
  return crosses;
}

/** An unknown word (x) glued over the role's end where a run of sounds opens a name (防长加|兰特). */
const guessedOverName = (tagged: string, text: string, end: number): boolean =>
  tagged === 'x' && isForeignCharAt(text, end) && isForeignCharAt(text, end + 1);

/**
 * 某某县长桂乡党委: a 县长 (区长, 市长…) whose 长 opens the name of a township or town printed
 * right after it (县 + 长桂乡) is no role; the township is known by what follows its 乡/镇/街道
 * (党委, 政府, 人民, a pause), so a name with 镇 in it (区长王镇江) is not mistaken for one.
 */
/** The level of a place whose head is its 长 (某县长, 某州长). */
const HEADED_PLACE = new RegExp(levelClass(PROVINCE_TO_COUNTY_AND_PREFECTURE + TOWNSHIPS));

function headStartsPlace(text: string, end: number): boolean {
  if (text[end - 1] !== '长' || !HEADED_PLACE.test(text[end - 2] ?? '')) return false;
  return /^\p{Script=Han}{1,2}(?:乡|镇|街道)(?:党委|党工委|政府|人民|人大|村|的|[，。、,\s])/u.test(
    text.slice(end, end + 10),
  );
}
