/**
 * strat50 (issue 13): a plan that carries out another titled plan names it inside its own title
 * (《上海市落实〈全面对接国际高标准经贸规则推进中国（上海）自由贸易试验区高水平制度型开放总体方案〉的
 * 实施方案》). Both are programs (strat50-a lists both): the inner title in 〈〉 where it ends in a
 * program word, and the outer one (read here, not by titled-programs.ts, whose 50 characters it may
 * exceed and whose mention would hide the inner title). Not a document about a law or a book (《关于修改〈某某法〉的决定》: 法 is no program word,
 * and a 决定 is no plan).
 */
import { program, suffixEnding } from './program-mention.ts';
import type { Mention } from './mentions.ts';

const NESTING = /《([^《》\n]{4,120}?〈([^〈〉《》\n]{4,80})〉[^《》\n]{0,20})》/g;
/** The outer title carries the inner one out: 落实/贯彻/实施〈…〉的实施方案/行动方案/工作方案. */
const CARRIES_OUT =
  /(?:落实|贯彻|实施|贯彻落实)〈[^〈〉]+〉的?\p{Script=Han}{0,4}(?:方案|计划|规划|措施)$/u;

/** Whether a title carries out the title inside it (then this file reads it, not titled-programs.ts). */
export const carriesOutTitle = (title: string): boolean => CARRIES_OUT.test(title);

export function nestedTitles(text: string): Mention[] {
  if (!text.includes('〈')) return [];
  const out: Mention[] = [];
  for (const m of text.matchAll(NESTING)) {
    const [whole, outer, inner] = [m[0], m[1]!, m[2]!];
    const kind = suffixEnding(inner);
    // A period in brackets may follow the name: 《贯彻实施〈…〉行动计划（2024—2025年）》.
    const core = outer.replace(/[（(][^（）()]*[）)]$/, '');
    if (!carriesOutTitle(core)) continue;
    if (kind) {
      const p = program(inner, `〈${inner}〉`, m.index + whole.indexOf(`〈${inner}〉`), kind);
      if (p) out.push(p);
    }
    // The outer title's mention ends where the inner title starts, so the inner one is not read
    // as a part of it (story-programs.ts outermost).
    const p = program(outer, whole, m.index, suffixEnding(core) ?? '方案');
    if (p) out.push({ ...p, end: m.index + whole.indexOf('〈') });
  }
  return out;
}
