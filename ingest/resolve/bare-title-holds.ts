/**
 * A leader printed with a bare title beside the name (某某主席, 某某首相, 议长某某) in a story that
 * names no office of his: the story still says he holds the office, and readers and annotators
 * quote the pair so. The office comes from the rest of the corpus: the one office with that role
 * the person holds; when he holds two (国家主席 and 中央军委主席), the one the corpus itself ties
 * the bare title to: printed bare beside his name in a story naming it in full (bare-titles.ts), or
 * first in every chain of his titles that lists both (中共中央总书记、国家主席、中央军委主席某某:
 * bare-titles.ts gives a story's bare title to its first office too); when that is not one office,
 * none; nor in a story that prints the other office's body (中央军委: there 主席 is its chairman).
 * The office takes the bare title as an alias, as bare-titles.ts does within a story.
 * Only heads' titles a bare address names (主席, 总统, 首相…): 书记 or 主任 alone name too many seats.
 * With no office in the corpus, a title no Chinese official bears (总统, 首相, 国王) is the office of
 * the one foreign state the story names, where it names exactly one (某国议长访华的报道里 "习近平主席
 * 同某某总统会谈": 某国总统); with two states or none, no pair.
 */
import { without, WITH_PARTNER } from '../text/function-words.ts';
import type { ArticleRecord } from '../records.ts';
import type { EntityFact } from '../extract/facts.ts';
import { printedBeside } from '../extract/bare-titles.ts';
import { splitSentences } from '../text/sentences.ts';
import { gazetteer } from '../gazetteer/index.ts';
import { countryName } from './country-names.ts';
import { SOUNDS } from '../extract/foreign-names.ts';

/** Titles printed bare beside a leader's name as the form of address (CCTV style, e.g. 习近平主席,
 * 李强总理, 某某国王); each names one office of its holder. */
const HEAD_TITLES = new Set([
  '主席',
  '副主席',
  '总统',
  '副总统',
  '首相',
  '总理',
  '副总理',
  '议长',
  '委员长',
  '副委员长',
  '总书记',
  '国王',
  '女王',
  '王储',
  // A sultan's and a royal house's titles (某某苏丹, 某某太后, 某某太皇陛下): no Chinese holds them.
  '苏丹',
  '王后',
  '太后',
  '太皇',
  '秘书长',
  '总干事',
  '总督',
]);
/** Heads' titles of foreign states only: China has no 总统, 首相 or king. */
const FOREIGN_HEADS = new Set([
  '总统',
  '副总统',
  '首相',
  '国王',
  '女王',
  '苏丹',
  '王后',
  '太后',
  '太皇',
]);
/** No state whose head the title could be: China, blocs, and 中非 (mostly 中非合作, China–Africa). */
const NOT_A_FOREIGN_STATE = new Set(['中国', '中非', '欧盟', '联合国', '北约', '东盟', '非盟']);
const STATES = gazetteer().states;

/** The titles a bloc's head bears (欧洲理事会主席, 东盟秘书长). */
const BLOC_HEADS = new Set(['主席', '副主席', '秘书长']);
/** Blocs and their sides as news prints them (中欧关系, 欧方, 非盟, 东盟): heads of blocs are 主席 too. */
const BLOC_STORY = /欧盟|欧方|中欧|欧洲理事会|欧委会|非盟|东盟|阿盟|联合国|北约|上合组织/;

/** The one foreign state a story names (longest name at each place), if it names exactly one. */
export function storyState(text: string): string | undefined {
  let state: string | undefined;
  let stateEnd = -1;
  for (let i = 0; i < text.length; i++)
    for (let n = 9; n >= 2; n--) {
      const word = text.slice(i, i + n);
      if (!STATES.has(word)) continue;
      // 某某苏丹, 文莱苏丹: 苏丹 glued after a name's sound or a state is the ruler's title.
      const title = word === '苏丹' && (stateEnd === i || SOUNDS.has(text[i - 1] ?? ''));
      stateEnd = i + n;
      if (!NOT_A_FOREIGN_STATE.has(word) && !title) {
        if (state && state !== word) return undefined;
        state = word;
      }
      i += n - 1;
      break;
    }
  return state;
}

/** China's Party head and state head, by the labels the extractor gives them. */
const PARTY_HEAD = '中共中央总书记';
const STATE_HEAD = '国家主席';
/** A story of the armed forces: there a bare 主席 may be the military commission's. */
const MILITARY_STORY = /军委|军队|解放军|武警|国防/;

/** 主席团, 总统府, 首相府, 主席令: the title opens another word, not an address. */
const OPENS_WORD = /^[团府令]/;

export interface ExtraHold {
  person: string;
  post: string;
  role: string;
  sentence: string;
}

/** Per article key: HOLDS pairs of a bare title beside a holder, offices named elsewhere. */
export function bareTitleHolds(
  articles: ArticleRecord[],
  personNode: (name: string, article: string) => string,
  postNode: (name: string) => string,
): Map<string, ExtraHold[]> {
  // person node + role -> its offices; and the offices a story tied the bare title to.
  const offices = new Map<string, Set<string>>();
  const shown = new Map<string, Set<string>>();
  const bodyOf = new Map<string, string>();
  const add = (m: Map<string, Set<string>>, k: string, v: string) =>
    (m.get(k) ?? m.set(k, new Set()).get(k)!).add(v);
  for (const a of articles) {
    const posts = postsOf(a);
    const inStory = new Map<string, string[]>();
    for (const r of a.facts.relations) {
      if (r.type !== 'HOLDS' || r.source.type !== 'person' || r.attributes?.former) continue;
      const post = posts.get(r.target.name);
      const role = post?.facts.role;
      if (!post || !role || !HEAD_TITLES.has(role) || role === post.name) continue;
      const key = `${personNode(r.source.name, a.key)}\u0000${role}`;
      const office = postNode(post.name);
      add(offices, key, office);
      if (post.facts.organization) bodyOf.set(office, post.facts.organization);
      const list = inStory.get(key) ?? inStory.set(key, []).get(key)!;
      if (!list.includes(office)) list.push(office);
      if (post.surfaces.includes(role) && printedBeside(a.text, r.source.name, role))
        add(shown, key, office);
    }
    // Relations come in the order the story prints them: the first of two is the chain's first.
    for (const [key, list] of inStory) if (list.length > 1) add(shown, key, list[0]!);
  }
  const officeOf = (key: string, text: string): string | undefined => {
    const all = offices.get(key);
    if (!all) return partyHeadsState(key, text);
    if (all.size === 1) return [...all][0];
    const tied = shown.get(key);
    if (tied?.size !== 1) return undefined;
    const office = [...tied][0]!;
    const others = [...all].filter((o) => o !== office).map((o) => bodyOf.get(o));
    return others.some((body) => body && text.includes(body)) ? undefined : office;
  };
  // 某某主席 where the corpus names him only 中共中央总书记 (a plenum's days print no 国家主席某某):
  // the Party's general secretary has been the state's president since 1993, and 主席 beside his
  // name is that office; not in a story of the armed forces, whose 主席 is the military
  // commission's.
  const partyHeadsState = (key: string, text: string): string | undefined => {
    const [node, role] = key.split('\u0000');
    if (role !== '主席' || MILITARY_STORY.test(text)) return undefined;
    const party = offices.get(`${node}\u0000总书记`);
    return party?.has(postNode(PARTY_HEAD)) ? postNode(STATE_HEAD) : undefined;
  };
  // The counterparts' sentence names their pair of states (甲总书记同乙总书记会晤，深化中老合作:
  // pairState) where the story names several states, or another one in full (a later item).
  // 同某某总书记…构建中越命运共同体 (pairs39): a party head's title no Chinese official in the
  // corpus holds beside that name is the state the sentence pairs with China.
  const stateOf = (text: string, sentence: string, role: string, shared: boolean) =>
    shared
      ? (pairState(sentence, text) ?? storyState(text))
      : FOREIGN_HEADS.has(role)
        ? storyState(text)
        : role === '总书记'
          ? pairState(sentence, text)
          : undefined;
  // By its usual name, as the extractor names a country's office (蒙古 → 蒙古国, 印尼 → 印度尼西亚).
  const stateOffice = (state: string | undefined, role: string) =>
    state ? postNode(countryName(state) + role) : undefined;
  // 习近平总书记同阮某某总书记会谈: another person of the story, printed with the same bare title,
  // holds an office of that role in the corpus (China's): this one, holding none, is the foreign
  // state's (a title China's leaders bear too: 总书记, 主席, 总理).
  // 习近平主席同李某某总理: the two sides of 同/和/与, each by a head's title, are counterparts: the
  // one holding no office in the corpus is the foreign state's, whatever the two titles.
  // Not where the story speaks of a bloc or its sides (中欧, 欧方) and the title is one a bloc's
  // head bears (主席, 秘书长): the other may be the bloc's head; no bloc has a 总理 or 总书记.
  const besideAnotherHolder = (a: ArticleRecord, name: string, role: string) =>
    (!BLOC_STORY.test(a.text) || !BLOC_HEADS.has(role)) &&
    a.facts.entities.some((o) => {
      if (o.type !== 'person' || o.name === name) return false;
      const holds = (title: string) => offices.has(`${personNode(o.name, a.key)}\u0000${title}`);
      if (holds(role) && printedBeside(a.text, o.name, role)) return true;
      return [...HEAD_TITLES].some(
        (title) => holds(title) && metWith(a.text, o.name + title, name + role),
      );
    });
  const out = new Map<string, ExtraHold[]>();
  for (const a of articles) {
    const posts = postsOf(a);
    const rolesHeld = new Set<string>();
    for (const r of a.facts.relations)
      if (r.type === 'HOLDS' && r.source.type === 'person') {
        const role = posts.get(r.target.name)?.facts.role;
        if (role) rolesHeld.add(`${r.source.name}\u0000${role}`);
      }
    let sentences: string[] | undefined;
    for (const e of a.facts.entities) {
      if (e.type !== 'person') continue;
      const node = personNode(e.name, a.key);
      for (const role of HEAD_TITLES) {
        if (rolesHeld.has(`${e.name}\u0000${role}`)) continue;
        if (!printedBeside(a.text, e.name, role)) continue;
        sentences ??= splitSentences(a.text).map((s) => s.text);
        const sentence = sentences.find((s) => beside(s, e.name, role));
        if (!sentence) continue;
        const corpusOffice = officeOf(`${node}\u0000${role}`, a.text);
        const state = corpusOffice
          ? undefined
          : stateOf(a.text, sentence, role, besideAnotherHolder(a, e.name, role));
        const office = corpusOffice ?? stateOffice(state, role);
        if (!office) continue;
        const list = out.get(a.key) ?? out.set(a.key, []).get(a.key)!;
        list.push({ person: node, post: office, role, sentence });
        // 通伦总书记、国家主席: the second title glued on is the same state's office.
        const second =
          state &&
          SECOND_TITLE.exec(
            sentence.slice(sentence.indexOf(e.name + role) + e.name.length + role.length),
          );
        if (second && !rolesHeld.has(`${e.name}\u0000${second[1]}`))
          list.push({
            person: node,
            post: stateOffice(state, second[1]!)!,
            role: second[1]!,
            sentence,
          });
      }
    }
  }
  return out;
}

/** A second head's title after 、 (甲总书记、国家主席), then a verb or a stop: not a title
 * opening the next name (甲总书记、国家主席乙). */
const SECOND_TITLE =
  /^、(国家主席|国家副主席|总统|总理|首相|主席|国王)(?=[，。；、]|举行|在|会见|会晤|同|和|与|互|通话|共同|出席|表示|的)/u;

/** 中乌 is as often Uzbekistan as 乌克兰 (cctv25e: 习近平主席同米尔济约耶夫总统…中乌关系); 中土 is
 * Turkmenistan's pair too, 中加 Ghana's and Gabon's: country-short.txt's one state for these
 * characters is not surely the pair's; nor 印's (印尼 opens with it). */
const PAIR_AMBIGUOUS = new Set(['乌', '土', '印', '加']);
/** States news pairs with China by one character that only 中 before and a pair's word after make a
 * state (老, 古, 蒙 and 哈 are common characters): not in country-short.txt, whose readers take its
 * characters for countries wherever they stand (俄方, 美总统; word-names.ts, false-names.ts). */
const PAIR_ONLY_STATES = ['老挝', '缅甸', '柬埔寨', '蒙古', '哈萨克斯坦', '古巴'];
/** One-character short forms after 中 that name one state in a pair (中老关系, 中缅两国): general
 * knowledge of news writing; the countries' short forms are country-short.txt's (中俄, 中美), less
 * the ambiguous ones, with the pair-only ones added. (新, 马: Singapore or New Zealand, Malaysia or
 * the Maldives: in neither list.) */
const PAIR_SHORT = new Map<string, string>([
  ...[...gazetteer().countryShort].flatMap(([c, state]) =>
    state && !PAIR_AMBIGUOUS.has(c) ? [[c, state] as const] : [],
  ),
  ...PAIR_ONLY_STATES.map((state) => [state[0]!, state] as const),
]);
/** What follows a pair of states (中老两国, 中缅关系, 中柬命运共同体): not 中老年, 中古时期. */
const PAIR =
  /中(\p{Script=Han})(?=两[国党]|关系|命运共同体|全面|友好|建交|双边|合作|传统友谊|战略)/gu;
/** The one foreign state the sentence pairs with China (中老全面战略合作), if one; an ambiguous
 * pair's character (中乌) is the one state the story names that opens with it (乌兹别克斯坦, where
 * it names no 乌克兰), if the story is given. */
export function pairState(sentence: string, story?: string): string | undefined {
  const states = new Set<string>();
  for (const m of sentence.matchAll(PAIR)) {
    const c = m[1]!;
    const state = PAIR_SHORT.get(c) ?? (story ? opensOneState(story, c) : undefined);
    if (!state) return undefined;
    states.add(state);
  }
  return states.size === 1 ? [...states][0] : undefined;
}

/** The one state (of the states gazetteer) a story names that opens with c, if exactly one. */
function opensOneState(story: string, c: string): string | undefined {
  const named = new Set<string>();
  for (let at = story.indexOf(c); at >= 0; at = story.indexOf(c, at + 1))
    for (let n = 9; n >= 2; n--)
      if (STATES.has(story.slice(at, at + n))) {
        named.add(story.slice(at, at + n));
        break;
      }
  return named.size === 1 ? [...named][0] : undefined;
}

function postsOf(a: ArticleRecord): Map<string, EntityFact> {
  const m = new Map<string, EntityFact>();
  for (const e of a.facts.entities) if (e.type === 'post') m.set(e.name, e);
  return m;
}

/** 甲主席同乙总理, 乙总理同甲主席: two leaders joined by 同, 和 or 与, each with a title; the first
 * may carry a second title (甲总书记、国家主席同乙总书记). */
const JOINED = new RegExp(
  String.raw`^(?:、\p{Script=Han}{2,4}?)?[${without(WITH_PARTNER, '跟')}]`,
  'u',
);
/** Another counterpart of the same list before this one (甲主席同乙总统、丙总理: 乙总统、; people60),
 * addressed by any of the head titles. */
const LISTED_COUNTERPART = new RegExp(
  `^[\\p{Script=Han}·・]{2,12}?(?:${[...HEAD_TITLES].join('|')})[、和]`,
  'u',
);
function metWith(text: string, one: string, other: string): boolean {
  const joined = (a: string, b: string) => {
    for (let at = text.indexOf(a); at >= 0; at = text.indexOf(a, at + 1)) {
      const m = JOINED.exec(text.slice(at + a.length, at + a.length + 6));
      if (!m) continue;
      let from = at + a.length + m[0].length;
      for (let k = 0; k < 4 && !text.startsWith(b, from); k++) {
        const item = LISTED_COUNTERPART.exec(text.slice(from, from + 16));
        if (!item) break;
        from += item[0].length;
      }
      if (text.startsWith(b, from)) return true;
    }
    return false;
  };
  return joined(one, other) || joined(other, one);
}

/** The sentence prints the name with the bare title as an address, not opening another word. */
function beside(sentence: string, name: string, role: string): boolean {
  if (!printedBeside(sentence, name, role)) return false;
  const at = sentence.indexOf(name + role);
  return at < 0 || !OPENS_WORD.test(sentence.slice(at + name.length + role.length));
}
