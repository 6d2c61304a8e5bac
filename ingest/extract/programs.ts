/**
 * Programs: named plans, actions, projects, policies, mechanisms and strategies. Quoted or titled
 * names (“满天星”行动, 《…规划》, “科学政务帮2.0”) and unquoted names ending in 计划/工程.
 */
import { gazetteer } from '../gazetteer/index.ts';
import { canonicalName } from '../text/normalize.ts';
import { escapeRegExp, type Mention } from './mentions.ts';
import { nameStart } from './spans.ts';

const lex = gazetteer().lexicon;
const suffixes = [...lex.programSuffixes].sort((a, b) => b.length - a.length);
const SUFFIX_END = new RegExp(`(${suffixes.map(escapeRegExp).join('|')})$`);
const generic = new Set(lex.genericProgramNames);
const TITLED = /《([^《》\n]{2,50})》/g;
const QUOTED = /[“"‘「]([^“”"‘’「」\n]{1,20})[”"’」]([\p{Script=Han}A-Za-z0-9.+]{0,12})/gu;
const UNQUOTED = /(行动计划|行动方案|计划|工程|行动|示范项目|工厂项目|系统项目|中心项目)/g;
const NOT_A_PROGRAM = /(许可证|证书|报告|决定|通知|讲话|报|法|条例|协议书|合同)$/;

export function findPrograms(text: string): Mention[] {
  const fromQuotes = quoted(text);
  return [...titled(text), ...fromQuotes, ...bareQuoted(text, fromQuotes), ...unquoted(text), ...chiefSystems(text)];
}

/**
 * A quoted name printed once with a program word after it (“科学政务帮”改革) is a program where it
 * stands alone in quotes too (“科学政务帮”专员).
 */
function bareQuoted(text: string, named: Mention[]): Mention[] {
  const inners = new Set(named.map((m) => /^[“"‘「]([^”"’」]+)[”"’」]./.exec(m.surface)?.[1]).filter((x): x is string => !!x));
  const out: Mention[] = [];
  for (const m of text.matchAll(/[“"‘「]([^“”"‘’「」\n]{2,12})[”"’」]/g)) {
    if (!inners.has(m[1]!) || named.some((n) => n.start === m.index && n.end > m.index + m[0].length)) continue;
    const p = program(m[1]!, m[0], m.index, 'name');
    if (p) out.push(p);
  }
  return out;
}

/** 河长制, 林长制, 链长制: responsibility systems named "<X>长制". */
function chiefSystems(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(/\p{Script=Han}长制/gu))
    out.push({ type: 'program', name: m[0], surface: m[0], start: m.index, end: m.index + m[0].length, facts: { kind: '长制' } });
  return out;
}

function program(name: string, surface: string, start: number, kind: string): Mention | undefined {
  const label = canonicalName(name);
  if (generic.has(label) || label.length < 3 || /[，。；！？,]/.test(label)) return undefined;
  return { type: 'program', name: label, surface, start, end: start + surface.length, facts: { kind } };
}

function titled(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(TITLED)) {
    // A period in brackets may follow the name: 《…发展规划（2024—2030年）》.
    const core = m[1]!.replace(/[（(][^（）()]*[）)]$/, '');
    const kind = SUFFIX_END.exec(core)?.[1] ?? (/(协议|纲要|意见|办法)$/.exec(core)?.[1]);
    if (!kind || NOT_A_PROGRAM.test(m[1]!)) continue;
    const p = program(m[1]!, m[0], m.index, kind);
    if (p) out.push(p);
  }
  return out;
}

function quoted(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const inner = m[1]!;
    // A quoted name that already ends like a program stands alone: “科学政务帮2.0”计划 -> 科学政务帮2.0.
    const tail = SUFFIX_END.test(inner) ? undefined : longestSuffixedPrefix(m[2]!.split(/[和与及等的已在是为将并]/)[0]!);
    // “三攻坚一盘活”改革: 改革 says what kind of thing it is; the name is what is quoted.
    if (tail === '改革') {
      const p = program(inner, m[0].slice(0, inner.length + 2), m.index, '改革');
      if (p) out.push(p);
      continue;
    }
    const name = tail ? inner + tail : inner;
    const kind = tail ? SUFFIX_END.exec(tail)![1]! : SUFFIX_END.exec(inner)?.[1];
    if (!kind) continue;
    const surface = tail ? m[0].slice(0, m[0].length - m[2]!.length + tail.length) : m[0].slice(0, inner.length + 2);
    const p = program(name, surface, m.index, kind);
    if (p) out.push(p);
  }
  return out;
}

/** The longest start of `s` that ends with a program suffix (“33618”现代制造业集群体系…). */
function longestSuffixedPrefix(s: string): string | undefined {
  for (let n = s.length; n >= 2; n--) if (SUFFIX_END.test(s.slice(0, n))) return s.slice(0, n);
  return undefined;
}

function unquoted(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(UNQUOTED)) {
    const end = m.index + m[0].length;
    if (/[”"》]/.test(text[m.index - 1] ?? '')) continue;
    // 计划 used as a verb (万州计划引进…), 工程师, 行动起来: not a program name.
    if (!/^($|[，。、；：”）),.;:\s和与及等的]|计划|方案)/.test(text.slice(end, end + 2))) continue;
    const start = nameStart(text, m.index, 16);
    const name = text.slice(start, end);
    if (name.length - m[0].length < 3 || /(原|该|此|的|等|比)$/.test(name.slice(0, -m[0].length))) continue;
    const p = program(name, name, start, m[1]!);
    if (p) out.push(p);
  }
  return out;
}
