/**
 * An occupation of command printed after the body commanded (国民警卫队指挥官, 边防部队指挥官):
 * the body names one seat, so the title is an office (a post), not the trade it is alone
 * (一名指挥官, 高级指挥官: occupations.txt, no post).
 */

/** Occupations of command that a named unit turns into its office. */
const COMMAND = /^(?:指挥官|司令官)$/;
/**
 * A unit's last word: any 队 (卫队, 部队, 舰队, 特遣队; 边境巡逻队: cctv33b lost its commander's
 * post), 军, 旅, 师, 团, 营, a headquarters (司令部) or a party's armed wing (某党武装), no grade
 * such as 高级 or 一线 (某卫队高级指挥官 stays a description).
 */
const UNIT = /(?:队|军|旅|师|团|营|司令部|武装)$/;
/**
 * The field a unit's commander has charge of (某党武装军事指挥官, 某司令部后勤指挥官: pairs42):
 * one seat of that unit, printed between the unit and the title; a grade (高级) is no field.
 * A deputy's 副 (某旅副指挥官) is the seat's too.
 */
const FIELD = /(?:军事|后勤|作战)$/;

/**
 * A work team named before its head (某公司配电抢修班班长, 某公司调整三班班长: names40, cctv22o count
 * the pair): the named 班 is one seat; 班长 alone stays an occupation (a squad leader by rank).
 */
const TEAM = /.{2,}班$/;

/** A unit's name printed in quotes (某卫队“某某旅”指挥官): the closing quote ends no unit. */
const CLOSING_QUOTE = /[”"’]$/;

/** Whether a title of organisation `org` and role `role` is a unit's command, an office. */
export const commandsUnit = (org: string, role: string): boolean =>
  (COMMAND.test(role) &&
    org.length >= 2 &&
    UNIT.test(org.replace(/副$/, '').replace(FIELD, '').replace(CLOSING_QUOTE, ''))) ||
  (role === '班长' && TEAM.test(org));
