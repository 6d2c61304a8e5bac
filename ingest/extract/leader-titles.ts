/**
 * Leaders' titles printed after a name (习近平总书记, 李鹏总理, 朱某同志): whether a name may
 * stand there, which national office the title stands for, and whether a chain element is such a
 * name and title (then the title belongs to that name, not to the word after it).
 */
import { firstPairs, pairStartsIn } from '../text/code-tables.ts';
import { countryAtStart, gazetteer } from '../gazetteer/index.ts';
import { dictionaryFrequency, isCommonWord, segment, tag } from '../text/segmenter.ts';
import { LEADER_GIVEN_WORD } from './frequency-thresholds.ts';
import type { PersonFinding, PostTitle } from './facts.ts';
import { isHanAt } from '../text/normalize.ts';
import { countryEndsAt, countryInOrAcross, countryRunsInto } from './countries.ts';
import { isCommonPairAt, isForeignCharAt } from './name-stats.ts';
import { innerSoundAt, SOUNDS, transliteratedNameAt } from './foreign-names.ts';
import { japaneseNameShape } from './japanese-names.ts';
import { hasSurnameAt, isPlausibleName, nameCandidatesAt } from './names.ts';
import { prepositionYu } from './glued-surnames.ts';
import { dateEndsAt } from './dated-names.ts';
import { countryNamedBefore, countryTitledElsewhere } from './foreign-lineups.ts';
import { dottedTailBeforeHeadTitle } from './dotted-tails.ts';
import { metByLeader } from './met-by-leader.ts';

const g = gazetteer();

/**
 * Leaders' titles printed after a name (江泽民主席, 李鹏总理, 朱某同志), longest first: the one
 * list people.ts (names before a title) and posts.ts (a chain element that is a name) read.
 */
const LEADER_TITLES = '总书记 国家主席 副总理 总理 副委员长 委员长 副主席 主席 同志'.split(' ');
const TITLE_AFTER_NAME = new RegExp(`^(${LEADER_TITLES.join('|')})`);
/**
 * Whether a text may hold a leader's title at all, a foreign head's (总统, 首相) too (cheap test
 * before the name-before-title rule).
 */
export const LEADER_TITLE = new RegExp(`(${LEADER_TITLES.join('|')}|总统|首相)`);
/**
 * The first two characters of every title of LEADER_TITLE, and of the heads' titles: compared by
 * code (code-tables.ts), a cheap necessary condition asked before a RegExp at every surname or
 * character of a story with a leader's title.
 */
const TITLE_PAIRS = firstPairs([...LEADER_TITLES, '总统', '首相']);
const HEAD_PAIRS = firstPairs(['总统', '首相']);
const NAMED_LEADER = new RegExp(`^(\\p{Script=Han}{2,3})(?:${LEADER_TITLES.join('|')})$`, 'u');
const LEADER_TITLE_WORD = new RegExp(`^(${LEADER_TITLES.join('|')})$`);

/** "习近平总书记" is a name and a title, not a title for the word after it (…总书记念兹在兹). */
export function isNamedLeader(part: string): boolean {
  const m = NAMED_LEADER.exec(part);
  if (m) return isPlausibleName(m[1]!) && mayNameLeader(m[1]!);
  // 充分体现了习近平总书记: a clause ending in a leader's name and title.
  const tokens = tag(part);
  const title = tokens.at(-1)?.word;
  if (!title || !LEADER_TITLE_WORD.test(title) || !/^nr/.test(tokens.at(-2)?.tag ?? ''))
    return false;
  // 布基纳法索总理, 乌克兰最高拉达主席: a country, or a country's body, the segmenter tags as a
  // name is the title's organisation.
  return !countryAtStart(part.slice(0, part.length - title.length));
}

/**
 * Whether a name may stand before a leader's title: 应国家主席 is no 应国家 (a two-character
 * given name that is a common word is the word, not a name).
 */
export function mayNameLeader(name: string): boolean {
  // 国家副主席 is no 国家副 before 主席: a title's own prefix never ends a name.
  if (g.countries.has(name) || /[副总常]$/.test(name)) return false;
  // 银监会主席, 某某委主任, 区科协主席: a body's last word (会, 委, 局…, 科协, 妇联) before its head's title.
  if (/[会委局部院办厅署处]$|[科作记]协$|[妇文侨残台青学]联$/.test(name)) return false;
  const tokens = tag(name);
  if (tokens.length === 1 && /^nr/.test(tokens[0]!.tag)) return true;
  const given = name.slice(name.length === 4 ? 2 : 1);
  // 某战书委员长: a rare word (战书 25) is a given name still; bodies' words are frequent (中央 15,954).
  return given.length < 2 || !isCommonWord(given) || dictionaryFrequency(given) < LEADER_GIVEN_WORD;
}

/** Tags of a word that ends a verb phrase before a leader's name (see verbEndsAt). */
const VERB_LIKE = /^(v|vn|p|c|i)$/;
/**
 * Verbs of directive prose the segmenter tags as adjectives or nouns (落实 a, 领会 n): an
 * adjective otherwise opens a body (最高拉达主席), no name.
 */
// 牢记, 铭记, 感念 (n): what one keeps in mind of a leader (牢记习某某总书记嘱托; names40).
// 评价 (n): a guest's praise of a leader (高度评价某某主席…的智慧; cctv35a).
const DIRECTIVE_VERBS = new Set(['落实', '领会', '践行', '牢记', '铭记', '感念', '评价']);

/**
 * 按照|李某总理, 学习贯彻|习某某总书记: a verb, preposition or conjunction of two characters or
 * more ends right before `i`, so a leader's name may start there.
 */

export function verbEndsAt(text: string, i: number): boolean {
  const words = segment(text.slice(Math.max(0, i - 4), i), false);
  const last = words.at(-1);
  if (!last || last.word.length < 2) return false;
  // The segmenter tags the verbs of directive prose as idioms (贯彻落实, 全面落实 i) or verbal
  // nouns (宣传 vn): these end a verb phrase as a verb does.
  if (VERB_LIKE.test(last.tag) || DIRECTIVE_VERBS.has(last.word)) return true;
  // 认真学习 (n), 认真落实 (z): a run whose last two characters alone read as such a verb.
  const tail = last.word.slice(-2);
  if (last.word.length === 2) return false;
  const alone = segment(tail, false);
  return DIRECTIVE_VERBS.has(tail) || (alone.length === 1 && VERB_LIKE.test(alone[0]!.tag));
}

/** The national office a bare leader's title stands for in Chinese political news. */
const NATIONAL_OFFICE: Record<string, [string, string]> = {
  总书记: ['中共中央', '总书记'],
  国家主席: ['', '国家主席'],
  总理: ['国务院', '总理'],
  副总理: ['国务院', '副总理'],
  委员长: ['全国人大常委会', '委员长'],
  副委员长: ['全国人大常委会', '副委员长'],
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

/**
 * 金某某总书记在广场为习某某总书记举行欢迎仪式: two names printed with one national leader's bare
 * title in a story (a foreign party's general secretary, a foreign premier with a Chinese-looking
 * name): the title does not say which is China's, so neither takes the national office from it
 * here; the rest of the corpus decides (../resolve/bare-title-holds.ts).
 */
export function withoutSharedNationalTitles(found: PersonFinding[]): PersonFinding[] {
  const fromTitle = (post: PostTitle) =>
    post.printed !== post.label && postAfterName(post.printed)?.label === post.label;
  const holders = new Map<string, Set<string>>();
  for (const p of found)
    for (const post of p.posts)
      if (fromTitle(post))
        (holders.get(post.label) ?? holders.set(post.label, new Set()).get(post.label)!).add(
          p.name,
        );
  const shared = new Set([...holders].filter(([, names]) => names.size > 1).map(([l]) => l));
  if (shared.size === 0) return found;
  for (const p of found)
    p.posts = p.posts.filter((post) => !shared.has(post.label) || !fromTitle(post));
  return found;
}

/** Titles a foreign head of government or party also bears (某某总理 of 意大利, 某某总书记 of 越南). */
const SHARED_TITLE = /^(总书记|副总理|总理)$/;

/**
 * The post of a leader's title after the name at `start`..`end`: a transliterated name (梅洛尼总理)
 * holds the office of the country named before it in the sentence, or none where none is named,
 * never 国务院's; a Chinese name the national office (李鹏总理 -> 国务院总理).
 */
function leaderPostAfterName(
  title: string,
  text: string,
  start: number,
  end: number,
): PostTitle | undefined {
  if (!SHARED_TITLE.test(title)) return postAfterName(title);
  const name = text.slice(start, end);
  if (isTransliterated(name)) return foreignPostAfterName(title, text, start, end);
  // 某国总理莫某…愿同莫某总理: a name Chinese in shape that the story prints after a state's same
  // title is that state's head, not China's premier.
  const abroad = countryTitledElsewhere(text, name, title);
  if (!abroad) return metByLeader(text, start) ? undefined : postAfterName(title);
  return {
    label: abroad + title,
    printed: title,
    organization: abroad,
    role: title,
    former: false,
  };
}

/** Every character a transliteration's, and three or more of them or no surname first (莫迪 may be
 * 莫 and a given name; 梅洛尼 is no Chinese name). */
function isTransliterated(name: string): boolean {
  for (let k = 0; k < name.length; k++) if (!isForeignCharAt(name, k)) return false;
  return name.length >= 3 || !hasSurnameAt(name, 0);
}

/**
 * A foreign head's title after a name (某国……某某总统, 某某首相): China has no such office, so the
 * title is the office of the foreign country named last before the name in its sentence.
 */
const FOREIGN_TITLE_AFTER_NAME = /^(总统|首相)/;

/**
 * The post of a foreign head's title printed after the name that starts at `start`: the last state
 * (not China, nor a capital on the way: 在某都会见某某首相) named before it in the sentence
 * (某国外长访问乙国期间会见某某总统 -> 乙国总统); undefined when it names none.
 */
export function foreignPostAfterName(
  title: string,
  text: string,
  start: number,
  end: number,
): PostTitle | undefined {
  const name = text.slice(start, end);
  // 巴西前总统, 某国王储兼首相: a word of the title (前, 兼) is no name's end; 吉尔吉斯斯坦总统:
  // a country's name running over the start is no name either.
  if (/[前兼副原新]$/.test(name) || countryInOrAcross(text, start, end)) return undefined;
  const country = countryNamedBefore(text, start, title, g.states, name);
  if (!country) return undefined;
  const label = country + title;
  return { label, printed: title, organization: country, role: title, former: false };
}

/**
 * Where a leader's title printed after a found name ends (习近平总书记|念兹在兹: the words after
 * it are the predicate, no second name). None after a run read by sight that is a country's
 * tail or a body's (圣多美和|普林西比总理某某, 最高|拉达主席某某): that title is the country's or
 * the body's, and the name after it is its holder's.
 */
export function titleEndAfterName(text: string, hit: PersonFinding): number | undefined {
  const title = TITLE_AFTER_NAME.exec(text.slice(hit.end, hit.end + 4));
  if (!title) return undefined;
  const bodyOrCountry =
    hit.via === 'sight' &&
    (countryRunsInto(text, hit.start) ||
      text.slice(Math.max(0, hit.start - 2), hit.start) === '最高');
  const end = hit.end + title[0].length;
  // 某国国家杜马主席沃某某: a run of sounds right after the title is a name of its own, the title
  // its (false-names.ts drops the body read as a name), not the predicate of the name before.
  if ((transliteratedNameAt(text, end)?.length ?? 0) >= 3) return undefined;
  return bodyOrCountry ? undefined : end;
}

/** A leader's title 2–6 characters after `i`, which nameBeforeTitle needs: test it before jieba. */
export const leaderTitleNear = (text: string, i: number): boolean =>
  (pairStartsIn(TITLE_PAIRS, text, i + 2, i + 8) && LEADER_TITLE.test(text.slice(i + 2, i + 9))) ||
  dottedTailBeforeHeadTitle(text, i) !== undefined;

/** A leader's name before the title: 习近平总书记, 李强总理, 江某主席, 朱某同志 (see posts.ts). */
export function nameBeforeTitle(text: string, i: number): PersonFinding | undefined {
  if (!leaderTitleNear(text, i)) return undefined;
  // 得益于|习主席: a 于 that ends a word (得益于, 在于, 由于) is no surname.
  if (prepositionYu(text, i, 'glued')) return undefined;
  const prev = text[i - 1] ?? '';
  // 学习了某某同志: the aspect particle after a verb frees the name as a preposition does.
  // 根本在于|习主席: not where the preposition and the surname are one word (在于, 由于, 对于).
  const free =
    !isHanAt(text, i - 1) ||
    dateEndsAt(text, i) ||
    (/[把对向在是从据由让将和与及以了]/.test(prev) && !isCommonPairAt(text, i - 1)) ||
    verbEndsAt(text, i);
  // 同 before a leader's name and title mostly meets a foreign counterpart (某某总书记同阮某某总书记
  // 会谈: not 中共中央's), so it opens only a transliterated name.
  // 来访的某某总统: after 的 too, only a foreign name before a head's title.
  if (!free && (prev === '同' || prev === '的'))
    return soundsBeforeTitle(text, i) ?? (prev === '的' ? visitorBeforeTitle(text, i) : undefined);
  const party = free ? undefined : partyEndingAt(text, i);
  if (party) return partyLeader(text, i, party);
  if (!free && !countryEndsAt(text, i)) return undefined;
  for (const name of nameCandidatesAt(text, i).reverse()) {
    // 安提瓜和巴布达总理: a country's name running into the name is no name.
    if (!mayNameLeader(name) || countryInOrAcross(text, i, i + name.length)) continue;
    const rest = text.slice(i + name.length);
    // 会见某国李某总理 keeps the 国务院's office only where no country runs into the name.
    const m = free ? TITLE_AFTER_NAME.exec(rest) : undefined;
    const post = m ? leaderPostAfterName(m[1]!, text, i, i + name.length) : undefined;
    if (m) return { name, start: i, end: i + name.length, posts: post ? [post] : [], via: 'post' };
    // 某某总统: a person only where the sentence names the country whose office it is.
    const foreign = FOREIGN_TITLE_AFTER_NAME.exec(rest);
    const office = foreign && foreignPostAfterName(foreign[1]!, text, i, i + name.length);
    if (office) return { name, start: i, end: i + name.length, posts: [office], via: 'post' };
  }
  return free ? soundsBeforeTitle(text, i) : undefined;
}

/** Who visits is a foreign guest: 来访的, 到访的, 访华的 before the name. */
const VISITING = /(?:来访|到访|访华|来华访问)的$/;
/** Whether a guest's name may start at i (来访的|…): cheap, asked at every character of a story. */
export const afterVisiting = (text: string, i: number): boolean =>
  text[i - 1] === '的' && VISITING.test(text.slice(Math.max(0, i - 6), i));
const HEAD_TITLE = /^(总书记|国家主席|主席|总统|总理|首相)/;
/**
 * 习近平主席同来访的通伦主席会谈: a guest's name of two characters that read as Chinese (Lao,
 * Vietnamese, Cambodian names: no sounds of the tables) before a head's title. The office is the
 * state the sentence names before it, else none (the bare title may be read later).
 */
function visitorBeforeTitle(text: string, i: number): PersonFinding | undefined {
  if (!VISITING.test(text.slice(Math.max(0, i - 6), i))) return undefined;
  const name = text.slice(i, i + 2);
  const title = HEAD_TITLE.exec(text.slice(i + 2, i + 6))?.[1];
  if (!title || !/^\p{Script=Han}{2}$/u.test(name) || !mayNameLeader(name)) return undefined;
  if (countryInOrAcross(text, i, i + 2) || isCommonWord(name)) return undefined;
  const office = foreignPostAfterName(title, text, i, i + 2);
  return { name, start: i, end: i + 2, posts: office ? [office] : [], via: 'post' };
}

/**
 * 致某国国民党某某主席: a party that its country opens (某国…党), printed right before a name and
 * a leader's title, is the body of that title: the office is the party's chair (某国国民党主席).
 */
function partyEndingAt(text: string, i: number): string | undefined {
  if (text[i - 1] !== '党') return undefined;
  for (let start = Math.max(0, i - 12); start <= i - 3; start++) {
    const party = text.slice(start, i);
    if (!/[，。、；：！？\s]/.test(party) && countryAtStart(party)) return party;
  }
  return undefined;
}

function partyLeader(text: string, i: number, party: string): PersonFinding | undefined {
  for (const name of nameCandidatesAt(text, i).reverse()) {
    if (!mayNameLeader(name)) continue;
    const title = TITLE_AFTER_NAME.exec(text.slice(i + name.length))?.[1];
    if (!title || title === '同志' || title === '国家主席') continue;
    const label = party + title;
    const post = { label, printed: label, organization: party, role: title, former: false };
    return { name, start: i, end: i + name.length, posts: [post], via: 'post' };
  }
  return undefined;
}

/**
 * 同普京总统就…, 和普京总统共同…: a run of transliteration sounds that no surname opens, right
 * before a leader's or foreign head's title, is a foreign name and the title its address; the
 * office is the country's the sentence names, else none (bare-title-holds.ts may find it).
 * A country (巴西总统) or a run crossing one is no name; a verb's last sound (转达|迪某某总统) the verb's.
 */
function soundsBeforeTitle(text: string, i: number): PersonFinding | undefined {
  if (SOUNDS.has(text[i - 1] ?? '') && !verbEndsAt(text, i)) return undefined;
  let end = dottedTailBeforeHeadTitle(text, i) ?? i;
  // 迪亚斯-卡内尔主席: a hyphen between two runs of sounds joins one name.
  const joined = (k: number) => text[k] === '-' && k > i && SOUNDS.has(text[k + 1] ?? '');
  // 姆南某某总统: an inner sound (南) between two sounds belongs to the run (foreign-names.ts).
  const inner = (k: number) => k > i && innerSoundAt(text, k);
  while (end < text.length && end - i < 12 && (SOUNDS.has(text[end]!) || joined(end) || inner(end)))
    end++;
  // 和马克龙总统: one character the tables lack (龙, a Chinese given name's too) after two sounds
  // or more and right before 总统 or 首相 ends the name; not a verb, a conjunction or a modifier
  // of the title (普京称总统…, 某某副总统, 前总统).
  if (
    end - i >= 2 &&
    /\p{Script=Han}/u.test(text[end] ?? '') &&
    !/[称说和与及同等前原副新的任国代为是在对向将致见]/.test(text[end]!) &&
    FOREIGN_TITLE_AFTER_NAME.test(text.slice(end + 1))
  )
    end++;
  // 同赛义德总统: a name the segmenter's dictionary holds (nr, nrt) right before 总统 or 首相,
  // which no Chinese leader holds, though a sound of it is outside the tables (赛, 义).
  if (!FOREIGN_TITLE_AFTER_NAME.test(text.slice(end))) {
    const [first] = tag(text.slice(i, i + 8));
    if (first && /^nrt?$/.test(first.tag) && first.word.length >= 2 && first.word.length <= 4)
      if (FOREIGN_TITLE_AFTER_NAME.test(text.slice(i + first.word.length)))
        end = i + first.word.length;
  }
  // 同岸某文某首相: a Japanese name's shape (two words the segmenter does not know as words of
  // Chinese) right before 首相, where the tables read no sounds (name-edges.ts).
  if (end - i < 2 && japaneseNameShape(text.slice(i, i + 4)) && text.startsWith('首相', i + 4))
    end = i + 4;
  const name = text.slice(i, end);
  if (name.length < 2 || g.countries.has(name) || countryInOrAcross(text, i, end)) return undefined;
  const rest = text.slice(end);
  const title = (FOREIGN_TITLE_AFTER_NAME.exec(rest) ?? TITLE_AFTER_NAME.exec(rest))?.[1];
  if (!title || title === '同志' || RESIDENCE.test(rest.slice(title.length))) return undefined;
  const office = FOREIGN_TITLE_AFTER_NAME.test(title)
    ? foreignPostAfterName(title, text, i, end)
    : leaderPostAfterName(title, text, i, end);
  return { name, start: i, end, posts: office ? [office] : [], via: 'post' };
}

/**
 * 在某某总理官邸举行会谈, 某某总统府: a title followed by the office's residence names a building,
 * and the sounds before it are its place (a capital), no person (people62).
 */
const RESIDENCE = /^(?:官邸|府邸|府)/;
const HEAD_RESIDENCE = /^(?:总统|总理|首相|主席|国王)(?:官邸|府邸|府)/;
/** The finding ends before a head's title and its residence (在某某总理官邸): a place, no person. */
export const beforeResidence = (text: string, end: number): boolean =>
  HEAD_RESIDENCE.test(text.slice(end, end + 5));

/** 总统 or 首相 two to four characters on (cheap test before nameBeforeTitle). */
export const headTitleAhead = (text: string, i: number) =>
  pairStartsIn(HEAD_PAIRS, text, i + 2, i + 5) || dottedTailBeforeHeadTitle(text, i) !== undefined;
