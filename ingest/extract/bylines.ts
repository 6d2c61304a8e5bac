/**
 * Bylines: reporters, photographers, correspondents, interns and hosts of a story. They are
 * people (WROTE the article with a role), not officials.
 */
import { gazetteer } from '../gazetteer/index.ts';
import { isNamesLine } from '../page/lines.ts';
import { isNameInContext } from './names.ts';
import { creditsIn, ROLE_RE } from './credit-runs.ts';
import { districtInfo } from './places.ts';
import { reportedBy, slashCredits, unpadded, unroledCredits } from './credit-forms.ts';

export interface BylineFinding {
  name: string;
  role: string;
  start: number;
  end: number;
}

const roles = gazetteer().lexicon.bylineRoles;
const NAME = `(?:(?!${ROLE_RE})\\p{Script=Han}){2,4}`;
/** Who the reporters work for, printed before the first role: 本报记者 甲 通讯员 乙. */
const MEDIA = '本报|本台|本刊|新华社|中新社';
/** "记者 彭瑜 见习记者 黄熠" inside 本报讯(...) or after □本报. */
const ROLE_SEQUENCE = new RegExp(`(${ROLE_RE})\\s*((?:${NAME}[、\\s]*)+)`, 'gu');
/** A line that is only a byline: "首席记者 晁某 见习记者 滕某". */
const ROLE_LINE = new RegExp(`^(?:${MEDIA})?(?:(?:${ROLE_RE})\\s*(?:${NAME}[、\\s]*)+)+$`, 'u');
/** A news agency's dateline: 新华社武汉5月9日电（记者 …）. */
const DATELINE = /^[^\s（(]{0,16}?[0-9]{1,2}月[0-9]{1,2}日电\s*[（(]/;
const LEAD =
  /^(?:(?:本报讯|[^\s（(]{0,16}?[0-9]{1,2}月[0-9]{1,2}日电)\s*[（(]([^）)]*)[）)]|[□■◆]\s*(?:本报)?(.*)$)/;
/** "本组稿件由记者陈波、周允采写", "由记者 甄某、实习生 荆某 采写" (a role per name). */
const CREDIT_ITEM = `(?:(?:${ROLE_RE})\\s*)?${NAME}`;
const CREDIT = new RegExp(
  `由((?:${CREDIT_ITEM}\\s*[、和]\\s*)*${CREDIT_ITEM})\\s*(采写|撰写|采访|整理|摄)`,
  'gu',
);
/** CREDIT cannot match a line without one of its closing verbs (cheap test first). */
const CREDIT_VERB = /采写|撰写|采访|整理|摄/;
const CREDIT_ROLE = new RegExp(`^(${ROLE_RE})?\\s*(.+)$`, 'u');
/** "记者刘某报道：" (broadcast reports), "责任编辑：裴某" (a labelled credit line). */
/**
 * A run of names after a role: Han characters (never a role word) and separators, one pass per
 * character. Written as (NAME sep)+ it made the engine try every way to cut a long unpunctuated
 * run into 2–4-character names (a 700-character line took a second); `namesOf` checks the cut.
 */
const NAME_RUN = `(?:(?!${ROLE_RE})\\p{Script=Han}|[、\\s])+?`;
const REPORTED = new RegExp(`(${ROLE_RE})\\s*(${NAME_RUN})\\s*报道`, 'gu');
/**
 * 编辑（一审）：甲, 责编（二审）：乙, 审核（三审）：丙: a site's three reviews, each stage in brackets
 * between the label and its colon (a Tibetan county's credits); the stage is no part of the name.
 */
const REVIEW_STAGE = '(?:[（(][一二三]审[）)])?';
const LABELLED = new RegExp(
  `^[（(]?(?:本版|本期)?(${ROLE_RE})${REVIEW_STAGE}[:：]\\s*((?:${NAME}[、\\s]*)+)[）)]?$`,
  'u',
);
/** "记者 张锦辉 摄", "摄/廖秋平" */
const PHOTO = new RegExp(
  `(?:(${ROLE_RE})\\s*(${NAME_RUN})\\s*摄(?!影|像)|摄\\s*[/／]\\s*(${NAME}))`,
  'gu',
);
/**
 * A bracketed credit anywhere: （某某新闻记者 甲 乙 特约记者 丙）, （编辑 甲）, （责任编辑：甲）,
 * a news site's 某地讯【编辑:甲、通讯员:乙】 (blocal-f). The outlet before the first role is any
 * short run of characters; all the rest must be roles and names, so a bracketed aside with words
 * in it is no credit.
 */
const BRACKETED = new RegExp(
  `[（(【]\\s*(?:[^\\s（）()【】：:]{0,12}?)((?:(?:${ROLE_RE})[:：]?\\s*(?:${NAME}[、\\s]*)+)+)[）)】]`,
  'gu',
);
/** A line that is only an outlet's credit with no spaces: 早报记者甲实习生乙, 某台记者 甲 乙. */
const OUTLET_LINE = new RegExp(
  `^[^\\s，。：:]{0,12}?((?:(?:${ROLE_RE})[:：]?\\s*(?:${NAME}[、\\s]*)+)+)$`,
  'u',
);
/** A host's turn anywhere in a transcript: 主持人甲：“…”. */
const HOST_TURN = new RegExp(`(?:^|[。！？”\\s])主持人\\s*(${NAME})[:：]`, 'gu');
const ROLE_ANYWHERE = new RegExp(ROLE_RE, 'u');
/** "新重庆-重庆日报记者 杨帆 王天翊" closing a story. */
const MEDIA_BYLINE = new RegExp(`^[^\\s，。]*?(首席记者|记者)\\s+((?:${NAME}\\s*)+)$`, 'u');

export function findBylines(text: string): BylineFinding[] {
  const out: BylineFinding[] = [];
  let offset = 0;
  let hostBlock = false;
  const lines = text.split('\n');
  const endsBody = lastBodyLines(lines);
  lines.forEach((printed, index) => {
    const line = unpadded(printed);
    if (/^(主持人|访谈嘉宾|嘉宾)[:：]/.test(line)) hostBlock = line.startsWith('主持人');
    const add = (name: string, role: string, from = 0, trusted = false) => {
      // 张 栩: a two-character name printed with a space inside (credit-forms.ts joins it).
      const spaced = name.length === 2 ? `${name[0]} ${name[1]}` : name;
      let at = line.indexOf(name, from);
      let width = name.length;
      if (at < 0 && spaced !== name && (at = line.indexOf(spaced, from)) >= 0)
        width = spaced.length;
      // 记者 甲 乙 万州报道: a place glued to 报道 is where they reported from, no reporter; a
      // short form that is a word elsewhere (江北, 长寿) too.
      if (at >= 0 && line.startsWith('报道', at + name.length) && districtInfo(name, true)) return;
      if (at >= 0 && (trusted || isNameInContext(name)))
        out.push({ name, role, start: offset + at, end: offset + at + width });
    };
    // ——访某县融媒体中心记者 甲: a subtitle naming who was interviewed, not who wrote
    const interview = /^[—－-]+\s*专?访/.test(line);
    if (hostBlock && !/^主持人[:：]\s*$/.test(line)) hostLine(line, add);
    else if (!interview) readLine(line, add, index === lines.length - 1 || endsBody[index]!);
    offset += line.length + 1;
  });
  return dedupe(out);
}

/** Everything up to the first role word of a host's line (built once, not per line). */
const UP_TO_ROLE = new RegExp(`^.*?(${ROLE_RE})`, 'u');

function hostLine(line: string, add: (name: string, role: string) => void): void {
  const names = line.replace(/^主持人[:：]/, '').replace(UP_TO_ROLE, '');
  for (const n of names.split(/[\s、]+/)) if (n) add(n, '主持人');
}

/** The names of a run split at its separators; none when a piece is too short to be a name. */
function namesOf(run: string, separators: RegExp): string[] {
  const names = run.split(separators).filter(Boolean);
  return names.every((n) => n.length >= 2 && !/[、\s]/.test(n)) ? names : [];
}

function readLine(
  line: string,
  add: (name: string, role: string, from?: number, trusted?: boolean) => void,
  last: boolean,
): void {
  // Cheap guards first: these patterns are costly and most lines are plain text. Without a role
  // word only the credit (由…采写), photo (摄/…) and closing-names rules can fire.
  const role = ROLE_ANYWHERE.test(line);
  const lead = !role
    ? null
    : /^(本报讯|[□■◆])/.test(line) || DATELINE.test(line)
      ? LEAD.exec(line)
      : line.length < 60
        ? ROLE_LINE.exec(line)
        : null;
  if (lead) {
    const inner = lead[1] ?? lead[2] ?? lead[0];
    for (const m of inner.matchAll(ROLE_SEQUENCE))
      for (const n of m[2]!.split(/[、\s]+/)) if (n) add(n, roles[m[1]!]!);
  }
  if (line.includes('由') && CREDIT_VERB.test(line) && mayHoldCredit(line))
    for (const m of line.matchAll(CREDIT)) credits(m[1]!, m[2]!, add);
  if (role && line.includes('报道'))
    for (const m of line.matchAll(REPORTED))
      for (const n of namesOf(m[2]!, /[、\s]+/)) add(n, roles[m[1]!]!);
  const labelled = role && line.length < 40 ? LABELLED.exec(line) : null;
  if (labelled) for (const n of labelled[2]!.split(/[、\s]+/)) if (n) add(n, roles[labelled[1]!]!);
  if (line.includes('摄'))
    for (const m of line.matchAll(PHOTO)) {
      const names = m[2] ? namesOf(m[2], /\s+/) : [m[3]!];
      for (const n of names) add(n, '摄影', m.index);
    }
  const media = line.length < 60 && line.includes('记者') ? MEDIA_BYLINE.exec(line) : null;
  if (media && !/摄/.test(line))
    for (const n of media[2]!.trim().split(/\s+/)) add(n, roles[media[1]!]!);
  if (last && isNamesLine(line) && line.includes(' '))
    for (const n of line.split(' ')) add(n, '记者');
  if (line.includes('主持人')) for (const m of line.matchAll(HOST_TURN)) add(m[1]!, '主持人');
  if (role && /[（(【]/.test(line))
    for (const m of line.matchAll(BRACKETED)) roleSequence(m[1]!, add, m.index);
  const outlet = role && line.length < 40 && !lead ? OUTLET_LINE.exec(line) : null;
  if (outlet) roleSequence(outlet[1]!, add);
  for (const c of [...reportedBy(line), ...unroledCredits(line)])
    add(c.name, c.role, c.from, c.trusted);
  if (line.includes('/') || line.includes('／'))
    for (const c of slashCredits(line)) add(c.name, c.role, c.from);
  if (role)
    for (const segment of creditSegments(line))
      for (const c of creditsIn(segment)) add(c.name, c.role, 0, true);
}

/**
 * CREDIT's match after 由 is Han characters, spaces and 、 up to its verb: when no such run after
 * any 由 holds a verb, the costly pattern (it backtracks over every cut into names) cannot match.
 */
const AFTER_BY = /由[\p{Script=Han}\s、]*/gu;
function mayHoldCredit(line: string): boolean {
  for (const m of line.matchAll(AFTER_BY)) if (CREDIT_VERB.test(m[0])) return true;
  return false;
}

/**
 * Where a credit may stand in a line: inside brackets (（）, 【】, 〔〕), the whole of a short line, a short tail
 * after the last sentence, and a lead before its first colon or comma (本报讯记者甲、实习生乙报道：).
 */
function creditSegments(line: string): string[] {
  // 本网讯【编辑:甲、通讯员:乙】: local sites print the credit in lenticular brackets too (blocal-f).
  const out = [...line.matchAll(/[（(【〔]([^（）()【】〔〕]{2,60})[）)】〕]/g)].map((m) => m[1]!);
  if (line.length < 40) out.push(line);
  const tail = line.slice(Math.max(...[...'。！？”'].map((c) => line.lastIndexOf(c))) + 1);
  if (tail.length > 0 && tail.length < 30 && tail !== line) out.push(tail);
  const head = /^[^：:，,。（(]{2,40}/.exec(line)?.[0];
  if (head && head !== line) out.push(head);
  return out;
}

/** "记者 甲 乙 特约记者 丙": each name takes the role printed before it. */
function roleSequence(
  sequence: string,
  add: (name: string, role: string, from?: number) => void,
  from = 0,
): void {
  for (const m of sequence.replace(/[:：]/g, ' ').matchAll(ROLE_SEQUENCE))
    for (const n of m[2]!.split(/[、\s]+/)) if (n) add(n, roles[m[1]!]!, from);
}

/** Each name of a credit takes the role printed before it, else the one before that. */
function credits(list: string, verb: string, add: (name: string, role: string) => void): void {
  let role = '记者';
  for (const item of list.split(/\s*[、和]\s*/)) {
    const m = CREDIT_ROLE.exec(item)!;
    if (m[1]) role = roles[m[1]]!;
    add(m[2]!, verb === '摄' ? '摄影' : role);
  }
}

/**
 * Per line: every line after it is short and has no sentence end (so it ends the body). One pass
 * from the end: copying the rest of the lines for each line was quadratic on long pages.
 */
function lastBodyLines(lines: string[]): boolean[] {
  const out = new Array<boolean>(lines.length);
  let restShort = true;
  for (let i = lines.length - 1; i >= 0; i--) {
    out[i] = restShort;
    const l = lines[i]!;
    restShort &&= l.length < 40 && !/[。！？]/.test(l);
  }
  return out;
}

function dedupe(found: BylineFinding[]): BylineFinding[] {
  const seen = new Set<string>();
  return found.filter((b) => {
    const key = `${b.name}|${b.role}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
