/**
 * Where a name read after a title ends, on news no rule had been written for (people42): the
 * ending 科 of a Slavic name behind a character outside the sound tables (加卢|先科称: -enko is
 * written 先科, 申科, 连科), and the preposition 以 before a score glued to a player's name
 * (某某以18:17击败…). Written by hand: general forms of transliteration and sports news.
 */
import { BEFORE_PARTNER } from '../text/function-words.ts';
import { isForeignCharAt } from './name-stats.ts';
import type { Found } from './story-names.ts';

const sounds = (name: string) => [...name].filter((_, k) => isForeignCharAt(name, k)).length;

/** What closes a name right after it: a day of the month, a pause or a speech verb. */
const CLOSED = /^(?:[0-9０-９]{1,2}日|[，。、；]|称|说|表示|指出|认为|强调|宣布)/;

/**
 * 部长某卢|先科称: a name of sounds after a title, cut before one character outside the tables
 * and 科 (the -enko, -ko ending of Ukrainian and Russian surnames), where the name is closed right
 * after 科: the whole is the name, or undefined.
 */
export function slavicEnding(text: string, f: Found): string | undefined {
  if (f.via !== 'post' || sounds(f.name) < 2) return undefined;
  if (text[f.end + 1] !== '科' || isForeignCharAt(text, f.end)) return undefined;
  if (!/\p{Script=Han}/u.test(text[f.end] ?? '')) return undefined;
  return CLOSED.test(text.slice(f.end + 2, f.end + 6)) ? text.slice(f.start, f.end + 2) : undefined;
}

/**
 * The two-sound endings of Slavic and Central Asian surnames (-kov, -nov, -yev, -lov, -mov,
 * -tov, -rov, -sov; -ova, -eva; -sky, -tsky; -vich), as Xinhua transliterates them.
 */
const SLAVIC_TAIL = /^(?:[科诺耶洛莫托罗索佐]夫|[科诺耶洛莫托罗索]娃|[斯茨]基|维奇)/;

/**
 * 外长阿昆别|科夫表示: a name after a title that the surname reader ended at three (阿 is a
 * surname, 昆 no sound of the tables), followed by such an ending closed right after it: the
 * whole is the name, or undefined.
 */
export function slavicTail(text: string, f: Found): string | undefined {
  if (f.via !== 'post' || f.name.length < 3) return undefined;
  const tail = SLAVIC_TAIL.exec(text.slice(f.end, f.end + 2))?.[0];
  if (!tail || !CLOSED.test(text.slice(f.end + 2, f.end + 6))) return undefined;
  return text.slice(f.start, f.end + 2);
}

/**
 * 选手某某以18:17击败…, 某某以95分夺冠: 以 glued to a name before a number is the preposition of the
 * score (by, with); the name without it, or undefined.
 */
export function beforeScore(text: string, f: Found): string | undefined {
  if (f.name.length < 3 || !f.name.endsWith('以')) return undefined;
  return /^[0-9０-９]/.test(text[f.end] ?? '') ? f.name.slice(0, -1) : undefined;
}

/**
 * 和某某一起来到…, 与某某一道, 同某某一同: 一 glued to a name after 和/与/同/跟 is the first
 * character of 一起/一道/一同 (together), no part of the name (people43); the name without it, or
 * undefined. 一同志 stays (某某一同志 has no 一同 after a name ending in 一).
 */
export function beforeTogether(text: string, f: Found): string | undefined {
  if (f.name.length < 3 || !f.name.endsWith('一')) return undefined;
  if (!BEFORE_PARTNER.test(text[f.start - 1] ?? '')) return undefined;
  const next = text.slice(f.end, f.end + 2);
  return /^(?:起|道|同(?!志))/.test(next) ? f.name.slice(0, -1) : undefined;
}
