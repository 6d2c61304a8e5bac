/**
 * Programs printed as titles (《…规划》, 《…若干意见》) and policy titles a meeting approves: a
 * program where the title ends in a program or policy word and is no publication's or article's.
 */
import type { Mention } from './mentions.ts';
import {
  approvedTitles,
  enactedDecision,
  GUIDANCE,
  NORMATIVE_GUIDE,
  NOT_A_PROGRAM,
  policyDocumentKind,
} from './policy-documents.ts';
import { articleTitle } from './writing-titles.ts';
import { program, suffixEnding } from './program-mention.ts';
import { carriesOutTitle } from './nested-titles.ts';

const TITLED = /《([^《》\n]{2,80})》/g;
/** 《…》白皮书, 《…》一书: the word after the title says it is a publication. */
/** Words after a title that make it a publication: 白皮书, …, and a volume (《…》第一卷, 上卷: cctv32a). */
const PUBLICATION =
  /^(白皮书|蓝皮书|一书|报告|杂志|丛书|读本|教材|专刊|文集|画册|第[一二三四五六七八九十0-9]{1,2}卷|[上中下]卷)/;
/** A book's or a report's title (…：…), a forum's call (…论坛倡议), a bare 纲要 (2025年版). */
// pjunk59: an expo's too (《第三届某某博览会北京倡议》: a call the fair's guests sign, no program).
const NOT_A_PROGRAM_TITLE =
  /[：:]|(论坛|峰会|大会|活动|博览会|展览会|交易会|年会)(?:[(（][^)）]*[)）])?\p{Script=Han}{0,4}倡议$|^纲要/u;

/** 《（某部）关于印发〈某某方案〉的通知》: the notice's title around the plan it issues. */
const ISSUING_NOTICE = /^[^《》]{0,30}?关于印发([^《》]{4,60}?)的通知$/u;

/** The issuing bodies printed before a title's 关于, set apart by a space (see titled()). */
const ISSUED_BY = /^[^\s《》]{2,30}(?:委|政府|办公室|办公厅|厅|局)\s+(?=关于)/u;
/** （审议稿）, （征求意见稿）, （送审稿）: the draft a meeting reviews of a title (lstrat54). */
const DRAFT = /[（(](?:审议稿|征求意见稿|送审稿|讨论稿|修改稿|代拟稿|初稿)[）)]$/;

/** Notes in brackets closing a title: a period (（2024—2030年）) or a draft's status ((试行)(讨论稿)). */
const TRAILING_NOTES = /(?:[（(][^（）()]*[）)])+$/;

export function titled(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(TITLED)) {
    // A period in brackets may follow the name: 《…发展规划（2024—2030年）》, or two notes
    // (《…实施方案(试行)(讨论稿)》: blocal-i).
    const core = m[1]!.replace(TRAILING_NOTES, '');
    // pjunk59: 《某部关于印发某某行动方案的通知》: the notice that issues a plan is how the plan is
    // printed, one thing with it (the story then says 某某行动方案): the plan's name is the program.
    const issued = ISSUING_NOTICE.exec(m[1]!)?.[1];
    if (issued) {
      const inner = issued.replace(/^[〈<]|[〉>]$/g, '');
      const bare = inner.replace(TRAILING_NOTES, '');
      const plan = suffixEnding(bare) ?? GUIDANCE.exec(bare)?.[1];
      const p = plan ? program(inner, m[0], m.index, plan) : undefined;
      if (p) out.push(p);
      continue;
    }
    const policy = policyDocumentKind(core);
    // A cooperation agreement (…合作协议, …协作框架协议) sets up joint work; a treaty does not.
    const agreed = /(纲要|(合作|协作)\p{Script=Han}{0,4}协议)$/u.exec(core)?.[1];
    // 《全国…“某某”领航行动指南》: the guide to an action names that action (prog55, cctv29a).
    const guided = /^(\S{4,}行动)指南$/u.exec(core)?.[1];
    if (guided && !NOT_A_PROGRAM.test(guided)) {
      const p = program(guided, m[0], m.index, '行动');
      if (p) out.push(p);
      continue;
    }
    const kind =
      policy ??
      suffixEnding(core) ??
      agreed ??
      GUIDANCE.exec(core)?.[1] ??
      (NORMATIVE_GUIDE.test(m[1]!) ? '指南' : undefined);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 3);
    if (
      !kind ||
      PUBLICATION.test(after) ||
      articleTitle(text, m.index, m.index + m[0].length) ||
      (!policy && (NOT_A_PROGRAM.test(m[1]!) || NOT_A_PROGRAM.test(core))) ||
      NOT_A_PROGRAM_TITLE.test(core) ||
      carriesOutTitle(core) || // 《…落实〈…〉的实施方案》: nested-titles.ts reads both
      enactedDecision(core, text.slice(Math.max(0, m.index - 40), m.index))
    )
      continue;
    // 《…实施方案（审议稿）》: a draft mark says which version a meeting read, not the title's name.
    // lstrat57: 《中共某县委某县人民政府 关于…的工作方案》: a space after the issuing bodies sets them
    // apart; the title is what follows (the county named by the issuer stays a place of the story).
    const issuer = ISSUED_BY.exec(m[1]!)?.[0] ?? '';
    // Over fifty characters only the issuer set apart makes a title a program's (kept as it was).
    if (m[1]!.length > 50 && !issuer) continue;
    const name = m[1]!.slice(issuer.length).replace(DRAFT, '');
    const p = issuer
      ? program(name, name, m.index + 1 + issuer.length, kind)
      : program(name, m[0], m.index, kind);
    if (p) out.push(p);
  }
  for (const t of approvedTitles(text)) {
    const p = program(t.name, t.name, t.start, '意见');
    if (p) out.push(p);
  }
  return out;
}
