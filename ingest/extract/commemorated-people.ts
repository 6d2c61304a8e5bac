/**
 * People the news names by what is remembered of them, with no title before the name (issue 11,
 * names50-a: culture and history stories):
 * - 纪念某某诞辰100周年, 今年是某某先生逝世90周年: only a person has a birth or a death
 *   anniversary, so the name before 诞辰/逝世/忌辰 and a count of years is a person's, even where
 *   it is also a word (甘苦同志) or a figure of history;
 * - 某某的茶学专著《茶经》, 某某的小说《故乡》: a work of the kinds an author writes, named in
 *   title marks after 的, is that author's, and jieba's dictionary holds the author as a person
 *   (nr). Films and documentaries are about people as often as by them, so they stay out.
 * General rules of news style; no names listed.
 */
import { isCommonWord, tag } from '../text/segmenter.ts';
import { isForeignCharAt } from './name-stats.ts';
import { hasSurnameAt } from './names.ts';

/** 诞辰100周年, 逝世九十周年: an anniversary of a birth or a death. */
const ANNIVERSARY =
  /(?:同志|先生|女士)?(?:诞辰|逝世|忌辰|冥诞)[0-9０-９一二三四五六七八九十百零〇]+周年/g;
/** What may stand right before such a name: the verb 纪念, 是, a pause, or nothing. */
const BEFORE_COMMEMORATED = /(?:^|纪念|[是在和与及、，。；：“”（(\s])$/;

/** A name in the dictionary's person entries (nr, nrt, nrfg), or under a surname of the tables. */
function personWord(text: string, start: number, name: string): boolean {
  if (!/^\p{Script=Han}+$/u.test(name)) return false;
  const tokens = tag(name);
  return (
    (tokens.length === 1 && /^nr/.test(tokens[0]!.tag)) ||
    (hasSurnameAt(text, start) && tokens.every((t) => t.word.length <= 2))
  );
}

/** Names before an anniversary of their birth or death. */
function commemorated(text: string): { name: string; start: number }[] {
  const out: { name: string; start: number }[] = [];
  for (const m of text.matchAll(ANNIVERSARY)) {
    for (const len of [3, 2]) {
      const start = m.index - len;
      const name = text.slice(Math.max(0, start), m.index);
      if (start < 0 || !BEFORE_COMMEMORATED.test(text.slice(Math.max(0, start - 2), start)))
        continue;
      if (personWord(text, start, name)) out.push({ name, start });
      break;
    }
  }
  return out;
}

/**
 * 的茶学专著《, 的小说《, 的《: the kinds of work an author writes, with up to four characters of
 * field before the kind (茶学专著), between 的 and the title mark.
 */
const AUTHORED =
  /的(?:\p{Script=Han}{0,4}(?:专著|著作|作品|名作|名篇|诗作|诗句|名句|诗|词|画作|名画|小说|散文|文章|代表作|乐曲|交响曲|协奏曲|剧作))?《/gu;

/** Authors named before 的 and a work of theirs. */
function authors(text: string): { name: string; start: number }[] {
  const out: { name: string; start: number }[] = [];
  for (const m of text.matchAll(AUTHORED)) {
    for (const len of [4, 3, 2]) {
      const start = m.index - len;
      if (start < 0) continue;
      const name = text.slice(start, m.index);
      const tokens = tag(name);
      if (tokens.length !== 1 || !/^nr/.test(tokens[0]!.tag)) continue;
      // The name is a word of the clause (通过|陆羽), not the end of a longer one (俄|罗斯,
      // 艾米莉|勃朗特, j.罗琳), nor a prefix of address before a common word (老|东家).
      const around = tag(text.slice(Math.max(0, start - 4), m.index));
      if (
        around.at(-1)?.word === name &&
        !isForeignCharAt(text, start - 1) &&
        !/[A-Za-z.．·]/.test(text[start - 1] ?? '') &&
        !(/^[老小]/.test(name) && isCommonWord(name.slice(1)))
      )
        out.push({ name, start });
      break;
    }
  }
  return out;
}

/** People named by an anniversary or by a work of theirs, where the story has either. */
export const commemoratedPeople = (text: string): { name: string; start: number }[] => [
  ...(/(诞辰|逝世|忌辰|冥诞)/.test(text) ? commemorated(text) : []),
  ...(text.includes('《') ? authors(text) : []),
];
