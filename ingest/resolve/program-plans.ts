/**
 * Programs printed as one of their documents, with a program word, or by their numbers (dups35,
 * from the cctv25r, cctv25w and cctv24z annotations, each a second node for one program):
 * - 《某某建设总体方案》 / 《某某发展规划纲要》 beside 某某建设: the plan a program is carried out by
 *   is that program (two annotations, cctv24z and cctv22u, hold them one, each under one name);
 * - “两新”行动, 大规模设备更新工程: a gazetteer name (two of its short names here) with a program
 *   word after it is the gazetteer's program, as its 建设 and 战略 forms are (programs.txt);
 * - “5年5万”倡议 in the story of “未来5年邀请5万名…”倡议: a name made of the long one's numbers and
 *   the words after them, the same program word, the same story: the story's short form of it.
 */
import type { ArticleRecord } from '../records.ts';
import { listedProgram } from '../extract/named-programs.ts';

/** A plan document's kind after the program it carries out (发展规划纲要: 某某发展 is the program). */
const PLAN_OF = /^(.{4,}?)(总体方案|实施方案|规划纲要)$/u;
/**
 * pjunk59: 《某某三年行动方案（2025—2027年）》 beside 某某三年行动, 推动某某行动方案 beside the
 * gazetteer's 某某: an action's plan (行动方案, 行动计划), the verb of its title and its years aside,
 * is the action it sets out (one node to the cctv24x and prog59-a annotations, two in main).
 */
const ACTION_PLAN =
  /^(?:推动|推进|实施|加快|开展|深入实施)?(.{4,}?行动)(?:计划|方案)(?:\([^()]*\))?$/u;
/** Words that make a name a program of its kind (两新行动, 某某工程) and add nothing to it. */
const PROGRAM_WORD = /^(.{2,}?)(行动|工程|政策|建设|战略|计划)$/u;
/** Digits and Chinese numerals: what a number-name keeps of its full name. */
const NUMERALS = /[0-9一二三四五六七八九十百千万]+/gu;

export function programPlanMap(
  articles: ArticleRecord[],
  names: ReadonlySet<string>,
): Map<string, [string, string]> {
  const map = new Map<string, [string, string]>();
  for (const n of names) {
    const plan = planOfProgram(n, names);
    if (plan) {
      map.set(n, plan);
      continue;
    }
    const stem = PROGRAM_WORD.exec(n)?.[1];
    const listed = stem && listedProgram(n) === undefined ? listedProgram(stem) : undefined;
    if (listed && listed !== n) map.set(n, [listed, 'a gazetteer name with a program word']);
  }
  for (const a of articles) {
    const programs = a.facts.entities.filter((e) => e.type === 'program').map((e) => e.name);
    for (const short of programs)
      for (const long of programs)
        if (!map.has(short) && numberName(short, long))
          map.set(short, [long, "a number-name of the story's full name"]);
  }
  return map;
}

/**
 * The program a plan document `n` carries out, printed elsewhere in `names`, and why: a program's
 * plan (总体方案, 规划纲要) first, then an action's (行动方案, 行动计划), whose action may be the
 * gazetteer's under its name without 行动 (four characters at least).
 */
function planOfProgram(n: string, names: ReadonlySet<string>): [string, string] | undefined {
  const plan = PLAN_OF.exec(n)?.[1];
  if (plan) {
    const program = printedProgram(n, names, [plan], 'the plan of a program printed elsewhere');
    if (program) return program;
  }
  const action = ACTION_PLAN.exec(n)?.[1];
  if (!action) return undefined;
  const bare = action.replace(/行动$/, '');
  const stems = bare.length >= 4 ? [action, bare] : [action];
  return printedProgram(n, names, stems, 'the plan of an action printed elsewhere');
}

/**
 * 粤港澳大湾区发展 is the gazetteer's 粤港澳大湾区建设: the program a plan's title names, under its
 * printed name (the first of `stems`) or else the gazetteer's under the first stem it lists; kept
 * only where the story's names hold it and it is not the plan itself.
 */
function printedProgram(
  n: string,
  names: ReadonlySet<string>,
  stems: string[],
  why: string,
): [string, string] | undefined {
  const program = names.has(stems[0]!)
    ? stems[0]
    : stems.map(listedProgram).find((p) => p !== undefined);
  return program && program !== n && names.has(program) ? [program, why] : undefined;
}

/**
 * 5年5万倡议 of 未来5年邀请5万名美国青少年来华交流学习倡议: the same program word, two numbers or
 * more, the long name's numbers all kept in order, and each character of the short name in the
 * long one in order.
 */
function numberName(short: string, long: string): boolean {
  if (short.length >= long.length) return false;
  const word = /(倡议|计划|工程|行动|政策|战略)$/.exec(short)?.[1];
  if (!word || !long.endsWith(word)) return false;
  const numbers = (s: string) => s.match(NUMERALS) ?? [];
  const [a, b] = [numbers(short), numbers(long)];
  if (a.length < 2 || a.join('|') !== b.join('|')) return false;
  let at = 0;
  for (const c of short) {
    at = long.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}
