/**
 * An occupation of command printed after the body commanded (国民警卫队指挥官, 边防部队指挥官):
 * the body names one seat, so the title is an office (a post), not the trade it is alone
 * (一名指挥官, 高级指挥官: occupations.txt, no post).
 */

/** Occupations of command that a named unit turns into its office. */
const COMMAND = /^(?:指挥官|司令官)$/;
/** A unit's last word: 卫队, 部队, 军, 舰队, 旅, 师, 团, 营 (no grade such as 高级 or 一线). */
const UNIT = /(?:卫队|部队|军|舰队|分队|支队|大队|特遣队|旅|师|团|营)$/;

/** Whether a title of organisation `org` and role `role` is a unit's command, an office. */
export const commandsUnit = (org: string, role: string): boolean =>
  COMMAND.test(role) && org.length >= 2 && UNIT.test(org);
