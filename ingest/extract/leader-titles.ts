/**
 * Leaders' titles printed after a name (习近平总书记, 李鹏总理, 朱某同志): whether a name may
 * stand there, which national office the title stands for, and whether a chain element is such a
 * name and title (then the title belongs to that name, not to the word after it).
 */
import { gazetteer } from '../gazetteer/index.ts';
import { isCommonWord, tag } from '../text/segmenter.ts';
import type { PostTitle } from './facts.ts';
import { isPlausibleName } from './names.ts';

const g = gazetteer();

/**
 * Leaders' titles printed after a name (江泽民主席, 李鹏总理, 朱某同志), longest first: the one
 * list people.ts (names before a title) and posts.ts (a chain element that is a name and a title)
 * read.
 */
const LEADER_TITLES = ['总书记', '国家主席', '副总理', '总理', '委员长', '副主席', '主席', '同志'];
export const TITLE_AFTER_NAME = new RegExp(`^(${LEADER_TITLES.join('|')})`);
/** Whether a text may hold a leader's title at all (cheap test before the name-before-title rule). */
export const LEADER_TITLE = new RegExp(`(${LEADER_TITLES.join('|')})`);
const NAMED_LEADER = new RegExp(`^(\\p{Script=Han}{2,3})(?:${LEADER_TITLES.join('|')})$`, 'u');
const LEADER_TITLE_WORD = new RegExp(`^(${LEADER_TITLES.join('|')})$`);

/** "习近平总书记" is a name and a title, not a title for the word after it (…总书记念兹在兹). */
export function isNamedLeader(part: string): boolean {
  const m = NAMED_LEADER.exec(part);
  if (m) return isPlausibleName(m[1]!) && mayNameLeader(m[1]!);
  // 充分体现了习近平总书记: a clause ending in a leader's name and title.
  const tokens = tag(part);
  const title = tokens.at(-1)?.word;
  return !!title && LEADER_TITLE_WORD.test(title) && /^nr/.test(tokens.at(-2)?.tag ?? '');
}

/**
 * Whether a name may stand before a leader's title: 应国家主席 is no 应国家 (a two-character
 * given name that is a common word is the word, not a name).
 */
export function mayNameLeader(name: string): boolean {
  // 国家副主席 is no 国家副 before 主席: a title's own prefix never ends a name.
  if (g.countries.has(name) || /[副总常]$/.test(name)) return false;
  const tokens = tag(name);
  if (tokens.length === 1 && /^nr/.test(tokens[0]!.tag)) return true;
  const given = name.slice(name.length === 4 ? 2 : 1);
  return given.length < 2 || !isCommonWord(given);
}

/** The national office a bare leader's title stands for in Chinese political news. */
const NATIONAL_OFFICE: Record<string, [string, string]> = {
  总书记: ['中共中央', '总书记'],
  国家主席: ['', '国家主席'],
  总理: ['国务院', '总理'],
  副总理: ['国务院', '副总理'],
  委员长: ['全国人大常委会', '委员长'],
};

/**
 * The post of a leader's title after a name, where one can be formed (李鹏总理 -> 国务院总理);
 * undefined for 主席 and 同志, which name no one office.
 */
export function postAfterName(title: string): PostTitle | undefined {
  const office = NATIONAL_OFFICE[title];
  if (!office) return undefined;
  const [organization, role] = office;
  const label = organization + role;
  return { label, printed: title, organization, role, former: false };
}
