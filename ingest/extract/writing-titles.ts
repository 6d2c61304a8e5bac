/**
 * A title in 《》 that names a writing or a work of art (an article, a commentary, a film, a
 * textbook), not a policy: read from the words around the title, apart from the program rules
 * of not-programs.ts because it is about what kind of thing the brackets hold.
 */
import { ITEM_JOINTS } from '../text/function-words.ts';

/** 报道题为《…》, 播发快评《…》, 以《…》为题: an article's title, however like a policy it reads. */
const WRITING_BEFORE = /(题为|快评|短评|社论|评论员文章|署名文章|评论文章)$/;
/** The title in 《》 from `start` to `end` names an article, a commentary or a work of art. */
export function articleTitle(text: string, start: number, end: number): boolean {
  return (
    WRITING_BEFORE.test(text.slice(Math.max(0, start - 6), start)) ||
    text.startsWith('为题', end) ||
    workTitle(text, start, end)
  );
}

/** 电影《…》, 纪录片《…》, 理论教材《…》: the word before the titles says what kind of work they name. */
const WORK_BEFORE =
  /(电影|影片|纪录片|电视剧|动画片|剧集|话剧|舞剧|歌剧|歌曲|专辑|小说|节目|教材|读本)$/;
/** 《甲》《乙》等多部春节档新片: the word after a list of titles says they are films or shows. */
const WORKS_AFTER = /^等[^，。；]{0,12}?(新片|影片|电影|大片|片子|剧目|作品|节目|纪录片|电视剧)/;
/** A title with a list's joint after it or before it, or none: titles side by side. */
const TITLE_BEFORE = new RegExp(`《[^《》\n]{1,50}》[${ITEM_JOINTS}]?$`);
const TITLE_AFTER = new RegExp(`^[${ITEM_JOINTS}]?《[^《》\n]{1,50}》`);
/** Titles side by side (《甲》《乙》和《丙》) are read as one list of the same kind of work. */
function workTitle(text: string, start: number, end: number): boolean {
  let from = start;
  for (let m; (m = TITLE_BEFORE.exec(text.slice(0, from)));) from = m.index;
  let to = end;
  for (let m; (m = TITLE_AFTER.exec(text.slice(to, to + 60)));) to += m[0].length;
  return (
    WORK_BEFORE.test(text.slice(Math.max(0, from - 4), from)) || WORKS_AFTER.test(text.slice(to))
  );
}
