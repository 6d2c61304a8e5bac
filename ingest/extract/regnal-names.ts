/**
 * 丹麦新任国王腓特烈十世: a monarch's name after the monarch's title ends in a regnal number (某某十世);
 * the characters before the number need not be sounds of the transliteration tables (腓 is none),
 * as the number says the run is a name. General knowledge: monarchs and popes are numbered so.
 */
const MONARCH = /(国王|女王|王储|君主|苏丹|大公|亲王|教皇|教宗)$/;
const REGNAL_NAME = /^\p{Script=Han}{2,5}?[一二三四五六七八九十]{1,3}世/u;

/** The monarch's numbered name right after the title ending at i, if any. */
export function regnalNameAfterTitle(text: string, i: number): string | undefined {
  if (!MONARCH.test(text.slice(Math.max(0, i - 2), i))) return undefined;
  return REGNAL_NAME.exec(text.slice(i, i + 10))?.[0];
}
