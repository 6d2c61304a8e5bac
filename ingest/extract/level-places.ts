/**
 * The places of one local level a story names, per level word, for ./posts-at-level.ts: its
 * villages (唐陵村), its towns, townships and streets (长征镇领导, 公园街道党工委, 到青禾镇调研), its
 * county-level districts (九龙坡区, 巫山县: from the gazetteer's mentions).
 */
import type { Mention } from './mentions.ts';
import { districtInfo } from './places.ts';
import { dictionaryFrequency, tag } from '../text/segmenter.ts';
import {
  COUNTY_LEVEL_DIVISIONS,
  COUNTY_LEVELS as COUNTY_LEVEL_WORDS,
  levelClass,
  TOWNSHIPS,
} from '../text/level-words.ts';
import { NOUN_CONJUNCTIONS, oneOf } from '../text/function-words.ts';
import { DELEGATION_WORDS } from '../text/delegations.ts';

/** Per level word (村, 镇, 乡, 街道, 区, 县): the places of that level named. */
export type PlacesByLevel = Map<string, Set<string>>;

const add = (out: PlacesByLevel, level: string, place: string) =>
  out.set(level, (out.get(level) ?? new Set()).add(place));

/** A village's name: two characters before 村, the whole no dictionary word (贫困村, 小山村 are). */
const VILLAGE = /(\p{Script=Han}{2})村/gu;
/** Proper names' tags: a place, a place word (岭下), a person's (村 named after a family), a new word. */
const PROPER = /^(ns|nr|nrt|nrfg|nz|x|s|j)$/;
/** The last character of a county, district, town or street's name (某区, 某县, 某镇, 某乡, 某街道). */
const LEVEL_BEFORE = /^[区县镇乡道]$/;
const NOT_A_NAME = /^(?:m|q|r|d|p|c|u|f|mq)/;

/**
 * The villages a text names (唐陵村, 新旺村): a name that is one unknown word (唐陵村/x) or a proper
 * name and 村 (新旺/ns + 村), not a word ending in 村 (农村, 山村, 全村: 国|农村).
 */
export function villagesIn(text: string): Set<string> {
  const villages = new Set<string>();
  for (const m of text.matchAll(VILLAGE)) {
    const name = m[0];
    if (dictionaryFrequency(name) > 0) continue;
    const words = tag(name);
    const one = words.length === 1 && words[0]!.tag === 'x';
    const proper =
      words.length === 2 &&
      words[0]!.word === m[1] &&
      PROPER.test(words[0]!.tag) &&
      words[1]!.word === '村';
    // 萧山区祝家村: the village printed right after its district, county or town is a place's name
    // even where the segmenter reads a verb and a word in it (祝/v 家村/n; cctv29b).
    // Not a count or a pointer (全区两个村, 全县每个村, 镇里的村): the name opens with no numeral,
    // measure, pronoun, adverb, preposition, conjunction, particle or place word.
    const afterLevel =
      LEVEL_BEFORE.test(text.slice(Math.max(0, m.index - 1), m.index)) &&
      !NOT_A_NAME.test(words[0]?.tag ?? '');
    if (one || proper || afterLevel) villages.add(name);
  }
  return villages;
}

/** The one village the story names, if one. */
export const storyVillage = (text: string): string | undefined => {
  const villages = villagesIn(text);
  return villages.size === 1 ? [...villages][0] : undefined;
};

/**
 * A town named with its own body or leaders right after it: 长征镇领导, 城郊乡党委, 公园街道党工委,
 * 常乐镇镇长. Two characters (three before 街道) after a pause, a list mark or a county-level
 * name's last character or a conjunction, so no verb or word of the clause is taken in (到公园街道 → 公园街道).
 */
const TOWN =
  /(?<=^|[^\p{Script=Han}]|[区县市、和与及])(\p{Script=Han}{2}(?:镇|乡)|\p{Script=Han}{2,3}街道)(?=党委|党工委|人民政府|政府|人大|纪委|办事处|领导|[镇乡]长)/gu;
/**
 * 到青禾镇调研, 来到桂园街道, 深入城郊乡: a town visited, named right after a verb of going (or
 * a list mark after one: 到甲镇、乙镇调研) and before what is done there (local46: 某镇党委书记 then
 * printed bare, 镇党委书记某某陪同). Three characters too (到东三营镇考察: a blind local page's
 * town, its leaders then printed bare), unless the first is a particle or a pronoun (到了某镇).
 */
const VISITED =
  /(?:到|赴|深入|走进|前往|莅临|[、和与及])((?![了过着在各全本该这那其])\p{Script=Han}{2,3}?(?:镇|乡)|\p{Script=Han}{2,3}街道)(?=[，。、；,\s]|调研|视察|检查|督导|督查|考察|走访|慰问|开展|指导|就|参加|召开|看望|实地|进行)/gu;
/**
 * 板浦镇召开动员会, 周田镇在镇会议室召开…: a town opening a sentence as the subject of what it
 * holds (local48: the story's only naming of its town, its titles then printed bare).
 */
const SUBJECT =
  /(?<=^|[。；！？\n]|[日晚午]?[，,]|\s)(\p{Script=Han}{2}(?:镇|乡)|\p{Script=Han}{2,3}街道)(?=召开|举行|组织|开展|启动|在\p{Script=Han}{1,8}?(?:召开|举行|开展))/gu;
/** Words ending in 镇 or 乡 that name no town (乡镇, 城镇, 全镇, 各乡, 本镇…). */
const NOT_TOWN =
  /^(?:[全各本该每两多][\p{Script=Han}]?|城|乡|村|集|重|古|小|名|市)[镇乡]$|^(?:城乡|乡镇)/u;

/**
 * 代表镇党委、镇政府送去祝福: a verb or a verb's noun before a bare 镇党委 (代表/n, 发展/vn) is no
 * town's name.
 */
const VERB_NOUN = /^(代表|指导|领导|经过|通过|协助|配合|督促|会同|带领|帮助|支持|组织)$/;
function verbBefore(town: string): boolean {
  const name = town.slice(0, town.endsWith('街道') ? -2 : -1);
  const words = tag(name);
  // 最后镇党委副书记某某讲话, 会后镇长…: a time or order word opening the sentence (f, t: local48).
  return (
    VERB_NOUN.test(name) || (words.length === 1 && /^(v|vn|vd|p|d|c|r|f|t)$/.test(words[0]!.tag))
  );
}

/** A town's or a township's level word, or 街道: a text without one names no town. */
const ANY_TOWN = new RegExp(`${levelClass(TOWNSHIPS)}|街道`);
/** 永和县芝河镇: a conjunction's character that ends a county-level division's name (永和县). */
const COUNTY_AFTER_CONJUNCTION = oneOf(NOUN_CONJUNCTIONS, '^', levelClass(COUNTY_LEVEL_DIVISIONS));

/** Per level (镇, 乡, 街道): the towns a text names with their bodies or as a visit's place. */
export function townsIn(text: string): PlacesByLevel {
  const out: PlacesByLevel = new Map();
  if (!ANY_TOWN.test(text)) return out;
  for (const m of [...text.matchAll(TOWN), ...text.matchAll(VISITED), ...text.matchAll(SUBJECT)]) {
    // 永和县芝河镇召开: the 和 of a county's name (永和县) is no list mark; the town starts after
    // the county's level word (芝河镇, not 县芝河镇: lpeople56)
    const town = COUNTY_AFTER_CONJUNCTION.test(m[0]) ? m[1]!.slice(1) : m[1]!;
    if (town.length < 3) continue;
    if (NOT_TOWN.test(town) || verbBefore(town)) continue;
    add(out, town.endsWith('街道') ? '街道' : town.at(-1)!, town);
  }
  return out;
}

const COUNTY_LEVELS = new Set(['district', 'county', 'autonomous-county']);

/**
 * 周口市淮阳县县委书记甲…带领该县党政考察团…来我县参观考察: a county named before a delegation
 * that comes (来我县, 莅临) is the guest's, not the page's; its bare titles on the host's page
 * (县委书记乙代表县四大班子) are the host's, which a page of a two-character county (睢县: not in
 * the gazetteer) does not name. Once a guest, everywhere in the story.
 */
const GUEST = new RegExp(`^[^。！？\n]*?(?:${DELEGATION_WORDS})[^。！？\n]{0,30}?(?:来|莅临|到我)`);
const DELEGATION = new RegExp(DELEGATION_WORDS);

/**
 * 李树起介绍了宁河县的情况，对东丽区党政代表团来宁河考察表示欢迎: a delegation after another
 * area named between is that area's, not this one's (the host's county was read as a guest's, and
 * its bare 县委书记 lost their county).
 */
function isGuest(text: string, m: Mention, mentions: Mention[]): boolean {
  const guest = GUEST.exec(text.slice(m.end));
  if (!guest) return false;
  const delegation = m.end + guest[0].search(DELEGATION);
  return !mentions.some(
    (o) => o.type === 'district' && o.name !== m.name && o.start >= m.end && o.start < delegation,
  );
}

/** Per level word (区, 县): the county-level districts of that kind the story's mentions name. */
function countiesIn(mentions: Mention[], text?: string): PlacesByLevel {
  const out: PlacesByLevel = new Map();
  const guests = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'district') continue;
    // 凤翔县 of 凤翔区, 子长县 of 子长市 (a county before it was made a district or a city): the
    // page's bare 县 titles are that county's, as it printed them (凤翔县委副书记).
    const former = m.surface !== m.name && m.surface.endsWith('县') && m.surface.length > 2;
    if (!former && !COUNTY_LEVELS.has(districtInfo(m.name)?.level ?? '')) continue;
    const place = former ? m.surface : m.name;
    const level = place.at(-1)!;
    if (text !== undefined && isGuest(text, m, mentions)) guests.add(place);
    // a banner (旗) is Inner Mongolia's county: its page prints 旗委, 旗政府, 副旗长 bare
    if (COUNTY_LEVEL_WORDS.includes(level)) add(out, level, place);
  }
  for (const names of out.values()) for (const guest of guests) names.delete(guest);
  return out;
}

/**
 * Per level word (区, 县): the story's one county-level district of that kind, if only one;
 * `text`, where given, tells a visiting delegation's county (not the story's).
 */
export function storyCounties(mentions: Mention[], text?: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [level, names] of countiesIn(mentions, text))
    if (names.size === 1) out.set(level, [...names][0]!);
  return out;
}
