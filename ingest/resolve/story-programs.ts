/**
 * One node per program within one story, for names the per-mention rules of
 * ../extract/programs.ts read apart:
 * - one quoted name with different program words after it (“某某”改造方案, “某某”改造模式; the bare
 *   “某某” beside “某某”专项执法行动) names one program;
 * - a numbered five-year plan (“三五”规划) beside the document that spells it (《…第三个五年规划》);
 * - slogans set against each other (从“人找政策”到“政策找人”) describe a change, not programs;
 * - a name printed inside a longer program's name is part of that program there;
 * - a quoted body that holds a meeting (“某某”机制成立大会) is no program;
 * - 专项 or 集中 inserted in one printing (某某专项服务行动 beside 某某服务行动) names one program;
 * - a pilot printed beside the 试点方案 that sets it up is that plan's program.
 */
import type { Mention } from '../extract/mentions.ts';
import { canonicalProgram } from '../extract/named-programs.ts';

const QUOTE_OPEN = /^[“"‘「]/;
/** The quoted name a mention starts with, when it has one quoted part only. */
function quotedInner(m: Mention): string | undefined {
  const q = /^[“"‘「]([^“”"‘’「」]+)[”"’」]([^“”"‘’「」]*)$/.exec(m.surface);
  if (!q) return undefined;
  // A version after the quotes (“某号”2.0) is another program, not another word for the same one.
  if (/^[0-9.]+版?/.test(q[2]!)) return undefined;
  // A period (“十五五”) qualifies many plans: 规划, 实施方案… stay apart; so does a named
  // strategy's own plan (“一带一路”科技创新行动计划), not its epithets (“一带一路”重大倡议).
  if (/^[一二三四五六七八九十]+五$/.test(q[1]!)) return undefined;
  if (canonicalProgram.has(q[1]!) && /^\p{Script=Han}{4,}(计划|方案|机制)$/u.test(q[2]!))
    return undefined;
  return q[1];
}

/**
 * Mentions sharing a quoted name take one node name: the most printed of their names, the
 * longest on a tie (its program word says what the thing is).
 */
export function oneNamePerQuote(mentions: Mention[]): Mention[] {
  const byInner = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (m.type !== 'program' || !QUOTE_OPEN.test(m.surface)) continue;
    const inner = quotedInner(m);
    if (inner) byInner.set(inner, [...(byInner.get(inner) ?? []), m]);
  }
  const rename = new Map<Mention, string>();
  for (const list of byInner.values()) {
    const counts = new Map<string, number>();
    for (const m of list) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
    if (counts.size < 2) continue;
    const [name] = [...counts].sort(
      (a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1),
    )[0]!;
    for (const m of list) if (m.name !== name) rename.set(m, name);
  }
  return mentions.map((m) => {
    const name = rename.get(m);
    return name ? { ...m, name, reason: 'one quoted name, another program word' } : m;
  });
}

/** Words a headline inserts before the program word (中小企业专项服务行动, where the body prints
 * 中小企业服务行动): they say how the campaign is run, not which one. */
const INSERTED = /专项|集中/g;

/** A program printed with and without an inserted 专项 or 集中 in one story: one program, the
 * name without it (junk16: the cctv25f annotation counts the two one program). */
export function oneNamePerQualifier(mentions: Mention[]): Mention[] {
  const names = new Set(mentions.filter((m) => m.type === 'program').map((m) => m.name));
  return mentions.map((m) => {
    const bare = m.type === 'program' ? m.name.replace(INSERTED, '') : m.name;
    return bare !== m.name && bare.length >= 4 && names.has(bare)
      ? { ...m, name: bare, reason: 'one program printed with and without 专项' }
      : m;
  });
}

/**
 * 开展某某委托代理试点 beside the 《某某委托代理机制试点方案》 that sets it up: the pilot and its
 * plan are one program in a story (the cctv22m annotation counts the two one), under the plan's name.
 * So is a program printed beside its own 《…总体方案》 (某合作区建设 and 《某合作区建设总体方案》:
 * cctv22u's annotation, junk18); not beside an 《…实施方案》, which cctv22f counts apart.
 */
export function pilotOfPlan(mentions: Mention[]): Mention[] {
  const plans = [
    ...new Set(
      mentions.filter((m) => m.type === 'program' && /方案$/.test(m.name)).map((m) => m.name),
    ),
  ];
  if (plans.length === 0) return mentions;
  const pilots = plans.filter((p) => /试点方案$/.test(p));
  return mentions.map((m) => {
    if (m.type !== 'program') return m;
    const own = plans.find((p) => p === `${m.name}总体方案`);
    if (own && m.name.length >= 4)
      return { ...m, name: own, reason: 'a program printed beside the plan that sets it up' };
    const core = /^(\p{Script=Han}{4,})试点$/u.exec(m.name)?.[1];
    const plan = core ? pilots.filter((p) => p.includes(core)) : [];
    return plan.length === 1
      ? { ...m, name: plan[0]!, reason: 'a pilot printed beside the plan that sets it up' }
      : m;
  });
}

const NUMERALS = '一二三四五六七八九十';
const NUMBERED_PLAN = new RegExp(`^([${NUMERALS}]{1,3})五规划$`);
/** “三五”规划 → 3: the ordinal of a numbered five-year plan. */
function planOrdinal(name: string): string | undefined {
  return NUMBERED_PLAN.exec(name)?.[1];
}

/** “三五”规划 printed beside 《…第三个五年规划…》: one plan, the document's. */
export function numberedPlans(mentions: Mention[]): Mention[] {
  const names = [...new Set(mentions.filter((m) => m.type === 'program').map((m) => m.name))];
  return mentions.map((m) => {
    const n = m.type === 'program' ? planOrdinal(m.name) : undefined;
    if (!n) return m;
    const full = names.filter((x) => x.includes(`第${n}个五年规划`));
    return full.length === 1
      ? { ...m, name: full[0]!, reason: 'abbreviation printed with its expansion' }
      : m;
  });
}

/** 从“A”到“B”, 由“A”变为“B”: the slogans of a change. */
const CONTRAST =
  /(?:从|由)[“"‘「]([^“”"‘’「」\n]{1,12})[”"’」](?:到|向|变为|转向|转变为)[“"‘「]([^“”"‘’「」\n]{1,12})[”"’」]/g;

/**
 * Slogans a story sets against each other (从“人找政策”到“政策找人”): they say how something
 * changed, so neither names a program, wherever the story prints it.
 */
export function contrastedSlogans(text: string): Set<string> {
  const out = new Set<string>();
  if (!/[到向为][“"‘「]/.test(text)) return out; // cheap test first
  for (const m of text.matchAll(CONTRAST)) {
    out.add(m[1]!);
    out.add(m[2]!);
  }
  return out;
}

/**
 * A name printed inside a longer program's name is part of it, not a program of its own there:
 * 社会发展计划 in 国民经济和社会发展计划, a strategy inside a plan's title.
 */
export function outermost(found: Mention[]): Mention[] {
  return found.filter(
    (m) =>
      !found.some(
        (n) =>
          n.name !== m.name &&
          n.start <= m.start &&
          m.end <= n.end &&
          n.end - n.start > m.end - m.start,
      ),
  );
}

/** “某某”机制成立大会: the quoted name is that of a body holding a meeting. */
const BODY_MEETING = /[“"‘「]([^“”"‘’「」\n]{2,20})[”"’」](?:机制|平台|联盟)(?:成立)?大会/g;

/**
 * Quoted names a story gives to a body that meets (“某某”机制成立大会): the body is no program,
 * wherever the story prints its name.
 */
export function meetingBodies(text: string): Set<string> {
  const out = new Set<string>();
  if (!text.includes('大会')) return out; // cheap test first
  for (const m of text.matchAll(BODY_MEETING)) out.add(m[1]!);
  return out;
}
