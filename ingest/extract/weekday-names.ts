/**
 * 县长周四安主持会议: a name of the surname 周 and a given name opening with a day's numeral
 * (一…六, 日) starts with what the segmenter reads as a weekday (周四|安|主持). After a title the
 * weekday is a name's start where one character stands alone after it and a word or a pause
 * follows (周四安主持, 周一鸣、); a weekday before a word of its own (周四安排部署, 周二下午) or a
 * function word (周四在会上) stays a day (lpairs52-l). General rules of Chinese names and news style.
 */
import { tag } from '../text/segmenter.ts';
import { isPlausibleName } from './names.ts';

const WEEKDAY = /^周[一二三四五六日]$/;
/** Particles, prepositions, conjunctions, adverbs and pronouns: a day's clause goes on there. */
const FUNCTION_TAG = /^[pcudr]/;

/** Whether the weekday word at `i` opens a three-character name instead. */
export function weekdayOpensName(text: string, i: number): boolean {
  const [day, given, next] = tag(text.slice(i, i + 8));
  if (!day || !given || !WEEKDAY.test(day.word)) return false;
  if (given.word.length !== 1 || !/\p{Script=Han}/u.test(given.word)) return false;
  // 周一至周五, 周二起, 周三和周四, 周日的: a span, a start, a list or 的 go on with the day.
  if (FUNCTION_TAG.test(given.tag) || /[至到起和与及的]/.test(given.word)) return false;
  if (next && /\p{Script=Han}/u.test(next.word) && next.word.length < 2) return false;
  return isPlausibleName(day.word + given.word);
}
