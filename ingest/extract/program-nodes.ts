/**
 * One node per program within a story: the names found by ./programs.ts read together (an
 * abbreviation and its expansion, a name with and without its owner, numbered fragments).
 */
import { gazetteer } from '../gazetteer/index.ts';
import { escapeRegExp, type Mention } from './mentions.ts';
import { canonicalProgram } from './named-programs.ts';
import { DECLARED_ABBREVIATION } from '../resolve/program-reasons.ts';
import { onePlanPerPeriod } from './program-misreads.ts';
import { NUMERAL_VALUE } from '../text/numerals.ts';

const suffixes = [...gazetteer().lexicon.programSuffixes].sort((a, b) => b.length - a.length);
const SUFFIX_END = new RegExp(`(${suffixes.map(escapeRegExp).join('|')})$`);
/**
 * One node per program within a story: an abbreviation printed beside its expansion is the
 * expansion (33618 and 33618现代制造业集群体系; 乡村振兴 and 乡村振兴战略), and a numbered
 * fragment of a longer name (三改革 beside 三改革两攻坚一行动) is no program of its own.
 */
export function oneNodePerProgram(all: Mention[]): Mention[] {
  const found = all.flatMap(onePlanPerPeriod).map((m) => {
    // “不负韶华 国聘行动”: a slogan printed before a program's name with a space is the year's
    // motto; the program is the name after it.
    const motto = /^\S{2,6}\s+(\S{3,})$/.exec(m.name);
    if (
      motto &&
      /^[“"‘「]/.test(m.surface) &&
      SUFFIX_END.test(motto[1]!) &&
      !SUFFIX_END.test(motto[0].split(/\s/)[0]!)
    )
      m = { ...m, name: motto[1]! };
    const known = knownProgram(m);
    return known && known !== m.name
      ? { ...m, name: known, reason: 'named strategy (programs gazetteer)' }
      : m;
  });
  const names = [...new Set(found.map((m) => m.name))];
  // Each name without its brackets, once (not once per pair of mentions and names).
  const bares = names.map((n) => n.replace(/[(（][^()（）]*[)）]/g, ''));
  const out: Mention[] = [];
  for (const m of found) {
    // 未来10年发展战略 beside 某组织未来10年(2026—2035年)发展战略: the name without its owner.
    // A quoted four-character name (“探源工程”) is as printed for short as a longer one, but not
    // of a slogan printed before it with a space (“奋斗有我 国聘行动”).
    const quotedShort = m.name.length === 4 && /^[“"‘「]/.test(m.surface);
    // A title shortened to its kind (《若干措施》 beside 《关于…的若干措施》) is the document too.
    const titleShort = m.name.length === 4 && m.surface.startsWith('《');
    const owned =
      m.name.length >= 5 || quotedShort || titleShort
        ? names.filter(
            (_, k) =>
              bares[k]!.length > m.name.length &&
              bares[k]!.endsWith(m.name) &&
              !(quotedShort && /\s/.test(bares[k]!)),
          )
        : [];
    if (owned.length === 1 && SUFFIX_END.test(m.name)) {
      out.push({ ...m, name: owned[0]!, reason: 'the name printed without its owner' });
      continue;
    }
    const spelled = spelledOut(m.name, names);
    if (spelled) {
      out.push({ ...m, name: spelled, reason: 'abbreviation printed with its expansion' });
      continue;
    }
    const longer = names.filter((n) => n.length > m.name.length && n.includes(m.name));
    if (longer.length === 0) {
      out.push(m);
      continue;
    }
    const expansion = longer
      .filter((n) => n.startsWith(m.name) && expands(m.name, n.slice(m.name.length)))
      .sort((a, b) => a.length - b.length || (a < b ? -1 : 1))[0];
    if (expansion) {
      out.push({ ...m, name: expansion, reason: 'abbreviation printed with its expansion' });
      continue;
    }
    if (longer.some((n) => NUMBERED_SEQUENCE.test(n)) && NUMBERED_FRAGMENT.test(m.name)) continue;
    out.push(m);
  }
  return out;
}

/**
 * The gazetteer program a name prints: “双碳”战略, 数字中国建设 (战略 or 建设 after it); the nation's
 * own, 中国山水工程 and 国家服务业扩大开放综合试点 (中国/我国/国家 before it: a national program
 * printed with the word for the nation); a quoted nickname and what kind of policy it is, “新十条”
 * 疫情防控政策; a strategy's outline, 《某某战略规划纲要（2022—2035年）》 (the document the strategy
 * is set out in: one thing to a reader, as a plan and its 总体方案 are).
 */
function knownProgram(m: Mention): string | undefined {
  const name = m.name;
  const nickname = /^[“"‘「]([^”"’」]+)[”"’」]\p{Script=Han}{0,6}(政策|措施)$/u.exec(
    m.surface,
  )?.[1];
  const outline = /^(\p{Script=Han}+战略)(规划)?纲要(?:[(（][^()（）]*[)）])?$/u.exec(name)?.[1];
  return (
    canonicalProgram.get(name) ??
    canonicalProgram.get(name.replace(/(战略|建设)$/, '')) ??
    canonicalProgram.get(name.replace(/^(中国|我国|国家)/, '')) ??
    (nickname ? canonicalProgram.get(nickname) : undefined) ??
    (outline ? canonicalProgram.get(outline) : undefined)
  );
}

/**
 * “三化”建设年行动 beside 纪检监察工作规范化法治化正规化建设年行动: a counted abbreviation (three
 * words ending in 化) printed in the story with the words spelled out before the same program word
 * is that program.
 */
function spelledOut(name: string, names: string[]): string | undefined {
  const short = /^([两二三四五六七八九])(\p{Script=Han})(\p{Script=Han}{2,})$/u.exec(name);
  if (!short) return undefined;
  const [, count, end, rest] = short;
  const words = `(?:\\p{Script=Han}{1,3}?${escapeRegExp(end!)}){${NUMERAL_VALUE[count!]}}`;
  const spelled = new RegExp(`${words}${escapeRegExp(rest!)}$`, 'u');
  const hits = names.filter((n) => n.length > name.length && spelled.test(n));
  return hits.length === 1 ? hits[0] : undefined;
}

const NUMBERED_FRAGMENT = /^[一二三四五六七八九十两0-9]/;
/** 三改革两攻坚一行动: a name made of numbered parts (each part alone is a fragment of it). */
const NUMBERED_SEQUENCE = /^(?:[一二三四五六七八九十两][^一二三四五六七八九十两]{1,3}){2,}$/;
const SUFFIX_ONLY = new RegExp(`^(${suffixes.map(escapeRegExp).join('|')})$`);
/** The rest of a longer name that makes it the expansion of a short one. */
function expands(short: string, rest: string): boolean {
  // A version (华龙一号2.0) is another program, not the expansion of the first.
  if (SUFFIX_ONLY.test(rest) && !/^[0-9.]+$/.test(rest) && !canonicalProgram.has(short))
    return true;
  // A number or a Latin code (33618, 5G) names the program it is printed with.
  return /^[0-9A-Za-z.+]+$/.test(short) && /^\p{Script=Han}{2,14}$/u.test(rest);
}

const DECLARED = /[（(](?:以下)?简称[“"]([^“”"\n]{2,12})[”"][)）]/g;
/**
 * “某某人才定向培养计划”（简称“某某计划”）: a short name the story declares for a program is that
 * program wherever the story prints it; the reason lets other articles read it too
 * (resolve/programs.ts).
 */
export function declaredShortNames(text: string, found: Mention[]): Mention[] {
  if (!text.includes('简称')) return found;
  const short = new Map<string, string>();
  for (const d of text.matchAll(DECLARED)) {
    const long = found.find((m) => m.end === d.index && m.name !== d[1]);
    if (long) short.set(d[1]!, long.name);
  }
  if (short.size === 0) return found;
  return found.map((m) => {
    const long = short.get(m.name);
    return long ? { ...m, name: long, reason: DECLARED_ABBREVIATION } : m;
  });
}
