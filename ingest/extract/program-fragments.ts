/**
 * prog50 (issue 13): pieces of a sentence or of a headline read as a program on fresh national
 * news, that the independent annotations judge junk (prog50-a): a clause of being included
 * (30个市（区）纳入首批试点: what was included, not the pilot's name) and the words of a two-part
 * quoted theme or headline (“甲乙倡议新进展 丙丁议程新行动”, an expo's theme “美丽某某 美好生活”).
 * A gazetteer name printed whole stays wherever it is printed.
 */
import type { Mention } from './mentions.ts';
import { canonicalProgram } from './named-programs.ts';

/** 纳入首批试点, 列入国家计划, 入选示范名单: a verb of being included makes a clause, never a name. */
const INCLUDED = /纳入|列入|入选/;

/**
 * prog63: 自贸港“零关税、低税率”等政策: short items listed in one quote before 等 and a kind are so
 * many examples of it (two policies here, junk as one label in prog62-a), no one name.
 */
const QUOTED_LIST = /^\p{Script=Han}{2,6}(?:、\p{Script=Han}{2,6}){1,3}$/u;

export function programFragment(text: string, m: Mention): boolean {
  const quotedOrTitled = /^[《“"‘「]/.test(m.surface);
  if (!canonicalProgram.has(m.name) && !quotedOrTitled && INCLUDED.test(m.name)) return true;
  if (/^[“"]/.test(m.surface) && QUOTED_LIST.test(m.name) && text[m.end] === '等') return true;
  return themeWording(text, m);
}

/**
 * “不负韶华 某某行动”: a quote of two parts apart by a space is a theme or a headline. A program
 * printed as one whole part of it stays (the campaign after its slogan); a name cut from inside a
 * part (可持续发展议程新行动 → 发展议程新行动) or a gazetteer program read from a bare goal that makes
 * a part (美丽中国 of “美丽中国 美好生活” → 美丽中国建设) is the theme's wording, no mention.
 */
function themeWording(text: string, m: Mention): boolean {
  const open = text.lastIndexOf('“', m.start);
  if (open < 0 || m.start - open > 30) return false;
  const close = text.indexOf('”', open + 1);
  // The mention must lie inside this quote (a program word after the quote is a name of its own).
  if (close < 0 || close < m.start || m.end > close + 1) return false;
  const inner = text.slice(open + 1, close);
  if (inner.length > 30 || !/\S[ \u3000]+\S/.test(inner)) return false;
  // The whole quote read as one name is the campaign its slogan opens (“不负韶华 某某行动”).
  if (m.start <= open && m.end > close) return false;
  const parts = inner.split(/[ \u3000]+/);
  const printed = m.surface.replace(/[“”"]/g, '');
  if (canonicalProgram.has(m.name) && printed === m.name) return false;
  // 某某议程新行动: 新 before the program word is a headline's 'new actions', as 新进展 beside it.
  if (/新(行动|举措|计划)$/.test(m.name)) return true;
  if (!canonicalProgram.has(m.name) && (parts.includes(printed) || parts.includes(m.name)))
    return false;
  return true;
}
