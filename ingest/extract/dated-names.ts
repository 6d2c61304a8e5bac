/**
 * 1972年某某总理领导的…, 5月某某总理访问…: a date (digits and 年, 月 or 日) right before a name is no
 * word the name could continue: it frees the name as punctuation does. The name rules read a Han
 * character before a name as a possible part of a word (年 of 今年, 日 of 节日), so a date's last
 * character kept a leader's name and title unread (pairs46: a past prime minister named after
 * the year of his decision).
 */

/** Digits then 年, 月 or 日 end right before `i` (1972年, 5月, 21日). */
const DATE_END = /[0-9０-９][年月日]$/;

export const dateEndsAt = (text: string, i: number): boolean =>
  DATE_END.test(text.slice(Math.max(0, i - 2), i));
