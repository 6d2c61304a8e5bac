/**
 * 村党委书记某某, 镇党委书记某某, 区长某某: local news names its village, town or district once
 * (江苏某镇唐陵村…, 长征镇领导开展…, 九龙坡区：…) and then writes that place's offices bare. SCHEMA
 * makes a post "a position, with its organisation", so a bare title of a level is the office of the
 * one place of that level named, the bare form as printed an alias (as the golds quote it). With
 * two places of the level or none it stays as printed (which place is not said; posts-at-home.ts:
 * no office shared by every town).
 *
 * One reader for every level (issue 11; it replaces three of the same shape, posts-in-village.ts,
 * posts-in-town.ts and posts-in-county.ts). Which place: the one the title's own sentence names
 * (the nearest: 在某县新旺村，返乡的村支书某某; 青禾镇和石桥镇签约后，来到石桥镇…的镇长某某 is
 * not, its sentence naming two), else, where the sentence names none of that level, the story's
 * one; two in the sentence, or none there and two in the story, and the title is refused.
 */
import type { PostTitle } from './facts.ts';
import { COUNTY_LEVELS, levelClass } from '../text/level-words.ts';
import { parsePostChain } from './posts.ts';
import { startsWithPlace } from './places.ts';
import { type PlacesByLevel, townsIn, villagesIn } from './level-places.ts';
import { PORTFOLIO } from './committee-portfolios.ts';
import { titledPlaceBefore } from './titled-places.ts';

/** A level of local place whose offices local news prints bare. */
export interface PlaceLevel {
  /** The bare title a post prints and its level word (村党委书记 → 村; 镇长 → 镇; 区长 → 区). */
  bareTitle(printed: string): { bare: string; level: string } | undefined;
  /** The title as printed at the place (村党委书记 at 唐陵村 → 唐陵村党委书记). */
  printedAt(bare: string, place: string): string;
  /** The places of the level a text (the story, or one sentence) names. */
  placesIn(text: string): PlacesByLevel;
  /** Whether the title's sentence is read before the story (a county is the story's). */
  bySentence: boolean;
}

/** A village's office printed bare: its party branch or committee (村党委, 村党支部), its head. */
const BARE_VILLAGE_TITLE = /村(?:党委|党总支|党支部|委会|支书|主任|长)\p{Script=Han}*$/u;
/** What may stand before it in the title read: nothing, or a clause ending in a function word
 * (在村党委书记, 返乡的村支书), not a village's own name (唐陵村党委书记 is that village's). */
const CLAUSE_BEFORE = /^(?:|.*[的在由和与及、，])$/u;

/** The bare village title ending a title as printed (在村党委书记 → 村党委书记), if any. */
function bareVillageTitle(printed: string): string | undefined {
  const m = BARE_VILLAGE_TITLE.exec(printed);
  return m && CLAUSE_BEFORE.test(printed.slice(0, m.index)) ? m[0] : undefined;
}

/** 村党委书记 → 唐陵村党委书记; 村支书, 村委会主任 → 新旺村村支书 (the village, then its seat). */
const VILLAGE: PlaceLevel = {
  bareTitle: (printed) => {
    const bare = printed.includes('村') ? bareVillageTitle(printed) : undefined;
    return bare ? { bare, level: '村' } : undefined;
  },
  printedAt: (bare, village) =>
    bare.startsWith('村党') ? village + bare.slice(1) : village + bare,
  placesIn: (text) => new Map([['村', villagesIn(text)]]),
  bySentence: true,
};

/** A township's office printed bare: 镇党委书记, 乡长, 镇人大主席, 街道党工委副书记. */
// 街道纪工委书记, 镇组织委员: a street's discipline working committee, a town's committee member of a
// portfolio (local48; the portfolios are committee-portfolios.ts's).
const BARE_TOWN_TITLE = new RegExp(
  `^(?:(镇|乡|街道)(?:党委|党工委|人大|政府|纪工委|纪委|${PORTFOLIO}委员)|(?:常务)?副?([镇乡])长$)`,
);
/** The level word a bare township title opens with, before the body it names (镇 of 镇党委). */
const TOWN_LEVEL = new RegExp(`^(?:镇|乡|街道)(?=党|人大|政府|纪委|纪工委|${PORTFOLIO})`);
/**
 * 街道党工委副书记、办事处主任某某: a street's government is its 办事处, printed bare after the
 * street's party title when the chain opens without the street's name (local47); only the head's
 * titles, so that a firm's or a province's 驻京办事处 keeps its own reading.
 */
const BARE_STREET_OFFICE = /^办事处(?:常务)?副?主任$/;

/** 镇党委书记 → 某镇党委书记; 镇长 → 某镇镇长 (the chain's own reading of 某镇党委副书记、镇长). */
const TOWN: PlaceLevel = {
  bareTitle: (printed) => {
    if (BARE_STREET_OFFICE.test(printed)) return { bare: printed, level: '街道' };
    const m = BARE_TOWN_TITLE.exec(printed);
    return m ? { bare: printed, level: m[1] ?? m[2]! } : undefined;
  },
  printedAt: (bare, town) => {
    const level = TOWN_LEVEL.exec(bare)?.[0];
    return level ? town + bare.slice(level.length) : town + bare;
  },
  placesIn: townsIn,
  bySentence: true,
};

/**
 * A district's, county's or banner's body written bare: 区委, 县政府, 旗政府, 区人大常委会, 县农业农村委,
 * 区教委, and its people's organisations and courts (县工商联, 县总工会, 县妇联, 区法院: lpeople56).
 * Not 区党委: a district's party committee is its 区委, and 区党委 an autonomous region's
 * (自治区党委副书记 printed 区党委副书记 on a Tibetan county's site was read as its district's).
 */
const BARE_BODY = new RegExp(
  `^(?!区党委)${levelClass(COUNTY_LEVELS)}(委|政府|人大|政协|纪委|监委|工商联|总工会|妇联|科协|侨联|文联|残联|红十字会|(?:人民)?法院|(?:人民)?检察院|人武部|\\p{Script=Han}{1,8}?(委|局|办|中心))`,
  'u',
);
/** 区长, 副区长, 常务副县长: the head of the district's government, printed with its name. */
const COUNTY_HEAD = new RegExp(`^(常务)?[副代]?${levelClass(COUNTY_LEVELS)}长$`);

/**
 * 政府党组成员某某, 政府办主任某某: a county's government printed without its level word, in a
 * story of one county (a county government's meeting: lpeople56); 政府县长 is read as 县长.
 */
const BARE_GOVERNMENT = /^政府(?:党组|办公室|办)\p{Script=Han}+$/u;

/** 区委副书记 → 某区委副书记; 副区长 → 某区副区长; a county's places are the story's mentions. */
const COUNTY: PlaceLevel = {
  bareTitle: (printed) => {
    if (BARE_GOVERNMENT.test(printed)) return { bare: printed, level: '政府' };
    const head = COUNTY_HEAD.test(printed);
    return head || BARE_BODY.test(printed)
      ? { bare: printed, level: head ? printed.at(-2)! : printed[0]! }
      : undefined;
  },
  printedAt: (bare, county) =>
    COUNTY_HEAD.test(bare) || BARE_GOVERNMENT.test(bare) ? county + bare : county + bare.slice(1),
  placesIn: () => new Map(),
  bySentence: false,
};

/** The office of `place` for a bare title of `level`, the bare form its alias (levelForm). */
function postAt(level: PlaceLevel, bare: string, place: string): PostTitle | undefined {
  const [post] = parsePostChain([level.printedAt(bare, place)], startsWithPlace);
  // 村党委书记 at 唐陵村 must read as 唐陵村's office; a county's body is read as its chain reads it.
  if (!post || (level !== COUNTY && !post.organization.startsWith(place))) return undefined;
  return { ...post, levelForm: bare };
}

/**
 * A story's reader of one level's bare titles. The story's places are read once, at need, or
 * given (a county's, from the story's mentions and its headline).
 */
function levelReader(level: PlaceLevel, text: string, story?: PlacesByLevel) {
  let inStory = story;
  const placeOf = (levelWord: string, sentence: string | undefined) => {
    const here = level.bySentence && sentence ? level.placesIn(sentence).get(levelWord) : undefined;
    const names = here?.size ? here : (inStory ??= level.placesIn(text)).get(levelWord);
    return names?.size === 1 ? [...names][0] : undefined;
  };
  return {
    /**
     * The post itself, or its place's office where it is a bare title of the level. `before`, the
     * sentence up to the title: a county's title after a list naming its county (./titled-places.ts).
     */
    at(post: PostTitle, sentence?: string, before?: string): PostTitle {
      // 清涧县委副书记、县长某某: the chain named the area of its bare 县长 already (清涧县县长)
      if (post.occupation || (post.label !== post.printed && startsWithPlace(post.label)))
        return post;
      const title = level.bareTitle(post.printed);
      const listed = title && before !== undefined && titledPlaceBefore(before, title.level);
      const place = title && (listed || placeOf(title.level, sentence));
      const inPlace = place ? postAt(level, title.bare, place) : undefined;
      return inPlace ? { ...inPlace, former: post.former } : post;
    },
    /** 返乡的村支书某某: the place's seat a title ends in, where no post was read from it. */
    seat(titleText: string, sentence: string): PostTitle[] {
      const title = level.bareTitle(titleText);
      const place = title && placeOf(title.level, sentence);
      const post = place ? postAt(level, title.bare, place) : undefined;
      return post ? [post] : [];
    },
  };
}

/** Every level's reader for one story, village first (its offices are no town's). */
export function localReaders(text: string, counties: Map<string, string>) {
  const villages = levelReader(VILLAGE, text);
  const towns = levelReader(TOWN, text);
  const byLevel = new Map([...counties].map(([k, v]) => [k, new Set([v])]));
  // the story's one county, whatever its level word, for a government printed bare
  if (counties.size === 1) byLevel.set('政府', new Set(counties.values()));
  const county = levelReader(COUNTY, text, byLevel);
  return {
    seat: villages.seat,
    at: (post: PostTitle, sentence: string, before?: string) =>
      county.at(towns.at(villages.at(post, sentence), sentence), sentence, before),
  };
}

/**
 * 县委常委、宣传部部长某某 on a county's page: the level reader makes the post 洞口县委宣传部部长,
 * and its body is the same county's (洞口县委宣传部), not the bare 县委宣传部 a page of every
 * county prints; the bare body as printed, returned here, is that body's alias. Undefined where
 * the post was not placed by a level reader (`placed` is what the reader gave for `printed`).
 */
export function placedBody(printed: PostTitle, placed: PostTitle): string | undefined {
  const bare = printed.organization;
  if (placed === printed || !placed.levelForm || !bare || placed.organization === bare)
    return undefined;
  // the bare body's level word gave way to the place: 县委宣传部 → 洞口县|委宣传部
  return placed.organization.endsWith(bare.slice(1)) ? bare : undefined;
}
