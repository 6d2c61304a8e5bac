/**
 * A monarch's or royal's title printed after a foreign name (同某某苏丹就…, 转达某某苏丹对…,
 * 某某国王和某某太后, 同某某太皇陛下): news addresses rulers so as it addresses a president
 * (某某总统, leader-titles.ts), but 苏丹 is a country's name as well, and the royal titles (太后,
 * 太皇, 王后) no Chinese holds. A run of transliteration sounds, three or more, opened by a
 * preposition or a verb (同, 和, 与, 向, 对, 转达…) or a stop, and closed by such a title that
 * ends its phrase (a stop, 陛下, a preposition or verb after it), is a foreign name; the office is
 * the state its sentence names before it, else left to bare-title-holds.ts (the story's one state).
 * Not a country (南苏丹 is no name and title) nor a run crossing one.
 */
import { countryInOrAcross } from './countries.ts';
import type { PersonFinding } from './facts.ts';
import { INNER_SOUNDS, SOUNDS } from './foreign-names.ts';
import { gazetteer } from '../gazetteer/index.ts';
import { foreignPostAfterName } from './leader-titles.ts';

/** A monarch's number (三世, 十六世) ending the name. */
const REGNAL = /^[一二三四五六七八九十]{1,3}世/;
/** Rulers' and royals' titles printed bare after the name. */
const ROYAL_TITLES = '苏丹|国王|女王|王储|王后|太后|太皇|亲王|公主';
const ROYAL_TITLE = new RegExp(`^(${ROYAL_TITLES})`);
/** Whether a story may hold such a title at all: findPeople asks once per story, as for leaders. */
export const ROYAL_IN_STORY = new RegExp(ROYAL_TITLES);
/** What ends the address: a stop, an honorific, or a preposition or verb opening the predicate. */
const ENDS_ADDRESS = /^(?:陛下|殿下|[，。、；：！？\s和与同及对就向在的来表致会出]|$)/;
/** What opens it: a preposition, a conjunction, a verb of greeting, or a stop. */
const OPENS = /(?:[同和与向对及率，。、；：\s]|转达|会见|欢迎|祝贺|感谢|致电|问候)$/;

export function royalBeforeTitle(text: string, i: number): PersonFinding | undefined {
  if (!SOUNDS.has(text[i] ?? '')) return undefined;
  // 转达|哈某某: a verb's last character may be a sound itself; the opener decides.
  if (i > 0 && !OPENS.test(text.slice(Math.max(0, i - 2), i))) return undefined;
  let end = i;
  while (end - i < 8 && (SOUNDS.has(text[end] ?? '') || (end > i && INNER_SOUNDS.has(text[end]!))))
    end++;
  // 查某某三世国王: a regnal number may close the run before the title (regnal-names.ts reads it
  // after a title; here it stands between the sounds and the title).
  const regnal = REGNAL.exec(text.slice(end, end + 4))?.[0];
  if (regnal) end += regnal.length;
  // The run may swallow the title's first sound (苏 of 苏丹): try each end, longest first.
  for (let e = end; e - i >= 3 && (!regnal || e === end); e--) {
    const title = ROYAL_TITLE.exec(text.slice(e, e + 2))?.[1];
    if (!title || !ENDS_ADDRESS.test(text.slice(e + 2, e + 5))) continue;
    const name = text.slice(i, e);
    const g = gazetteer();
    if (g.countries.has(name) || g.countries.has(name + title)) return undefined;
    if (countryInOrAcross(text, i, e)) return undefined;
    const office = foreignPostAfterName(title, text, i, e);
    return { name, start: i, end: e, posts: office ? [office] : [], via: 'post' };
  }
  return undefined;
}
