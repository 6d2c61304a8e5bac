/**
 * 村党委书记某某 in a story about one village (江苏某镇唐陵村…在村党委书记刘某的带领下): a feature
 * names its village once and then writes the village's offices bare. SCHEMA makes a post "a position,
 * with its organisation", so a bare village title (村党委书记, 村支书, 村委会主任) is the office of
 * the one village the story names, the bare form as printed an alias (as the golds quote it); with
 * two villages or none it stays the person's role (resolve/posts.ts BARE_BODY: not an office shared
 * by every village).
 */
import type { PostTitle } from './facts.ts';
import { parsePostChain } from './posts.ts';
import { startsWithPlace } from './places.ts';
import { dictionaryFrequency, tag } from '../text/segmenter.ts';

/** A village's name: two characters before 村, the whole no dictionary word (贫困村, 小山村 are). */
const VILLAGE = /(\p{Script=Han}{2})村/gu;
/** Proper names' tags: a place, a place word (岭下), a person's (村 named after a family), a new word. */
const PROPER = /^(ns|nr|nrt|nrfg|nz|x|s|j)$/;

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
    if (one || proper) villages.add(name);
  }
  return villages;
}

/** The one village of a set, if it holds exactly one. */
const onlyVillage = (villages: Set<string>) => (villages.size === 1 ? [...villages][0] : undefined);

/** The one village the story names, if one. */
export const storyVillage = (text: string): string | undefined => onlyVillage(villagesIn(text));

/** A village's office printed bare: its party branch or committee (村党委, 村党支部), its head. */
const BARE_VILLAGE_TITLE = /村(?:党委|党总支|党支部|委会|支书|主任|长)\p{Script=Han}*$/u;
/** What may stand before it in the title read: nothing, or a clause ending in a function word
 * (在村党委书记, 返乡的村支书), not a village's own name (唐陵村党委书记 is that village's). */
const CLAUSE_BEFORE = /^(?:|.*[的在由和与及、，])$/u;

/** The bare village title ending a title as printed (在村党委书记 → 村党委书记), if any. */
export function bareVillageTitle(printed: string): string | undefined {
  const m = BARE_VILLAGE_TITLE.exec(printed);
  return m && CLAUSE_BEFORE.test(printed.slice(0, m.index)) ? m[0] : undefined;
}

/** The office of the story's village for a bare village title, else the post itself. */
export function atVillage(post: PostTitle, village: string | undefined): PostTitle {
  const bare = village ? bareVillageTitle(post.printed) : undefined;
  const inVillage = bare ? villagePost(bare, village!) : undefined;
  return inVillage ? { ...inVillage, former: post.former } : post;
}

/** 村党委书记 → 唐陵村党委书记; 村支书, 村委会主任 → 新旺村村支书 (the village, then its seat);
 * the bare form as printed is the office's alias (levelForm). */
export function villagePost(bare: string, village: string): PostTitle | undefined {
  const printed = bare.startsWith('村党') ? village + bare.slice(1) : village + bare;
  const [post] = parsePostChain([printed], startsWithPlace);
  return post && post.organization.startsWith(village) ? { ...post, levelForm: bare } : undefined;
}

/**
 * A story's reader of bare village titles: the one village the title's sentence names (在某县新旺村，
 * 返乡的村支书某某: a feature visiting several villages names each where its people speak), else,
 * where the sentence names none, the story's one village. The story is read once, at need.
 */
export function villageReader(text: string) {
  let story: Set<string> | undefined;
  const villageOf = (sentence: string) => {
    const here = villagesIn(sentence);
    return onlyVillage(here.size > 0 ? here : (story ??= villagesIn(text)));
  };
  return {
    /** 返乡的村支书某某: the village's seat a title ends in, where no post was read from it. */
    seat(title: string, sentence: string): PostTitle[] {
      const bare = bareVillageTitle(title);
      const village = bare && villageOf(sentence);
      const post = village ? villagePost(bare, village) : undefined;
      return post ? [post] : [];
    },
    /** The post itself, or its village's office where it is a bare village title. */
    at(post: PostTitle, sentence: string): PostTitle {
      return post.printed.includes('村') && bareVillageTitle(post.printed)
        ? atVillage(post, villageOf(sentence))
        : post;
    },
  };
}
