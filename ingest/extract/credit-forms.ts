/**
 * Credit forms of county media centres and local stations that the byline patterns did not read:
 * a bar for the colon (编辑|甲), labels and names padded to three characters (编 辑：苏 伟) and
 * credits with a slash (文字/甲 乙 图片/丙, 甲/文 乙/图). `unpadded` rewrites a line into the
 * forms ./bylines.ts reads, keeping its length so offsets stay right.
 */
import { isTibetanNameWord, isWholeTibetanName } from './tibetan-names.ts';
import { gazetteer } from '../gazetteer/index.ts';
import { ROLE_RE } from './credit-runs.ts';
import { districtInfo } from './places.ts';

const g = gazetteer();
const roles = g.lexicon.bylineRoles;

/** 编辑|甲, （记者|甲）, 编辑/甲 审核/乙: a bar or a slash after a role is its colon. */
const BAR_LABEL = new RegExp(`(${ROLE_RE})(\\s*)[|｜/／]`, 'gu');
/** 编 辑：, 一 审：, 记 者 | a two-character label padded to line up with three-character ones. */
const PADDED_LABEL =
  /(^|[\s（(])(\p{Script=Han})([ \u3000]+)(\p{Script=Han})([:：]|[ \u3000]*[|｜])/gu;
/**
 * ：苏 伟, ：甲某某 苏 伟 a two-character name padded to three; the surname comes first. It may
 * follow other names of the same label (each of two or three characters, spaces between).
 */
const PADDED_NAME =
  /([:：][ \u3000]*(?:\p{Script=Han}{2,3}[ \u3000]+)*)(\p{Script=Han})([ \u3000]+)(\p{Script=Han})(?=$|[ \u3000）)])/gu;

/**
 * （记者甲 乙 丙 丁）: a role word, then names of two characters each padded with a space between
 * surname and given name (local44: a county site's 记者冯 某 孙 某). Every pair opens with a
 * surname; two pairs at least (one could be a surname and a word).
 */
const PADDED_RUN =
  /(记者|通讯员|实习生|摄影|编辑)((?:\p{Script=Han}[ \u3000]\p{Script=Han}(?:[ \u3000]+|(?=[）)])))+)(?=[）)])/gu;
const padPairs = (run: string) =>
  run.match(/\p{Script=Han}[ \u3000]\p{Script=Han}[ \u3000]*/gu) ?? [];

/** The line with bars read as colons and padding moved out of labels and names (same length). */
export function unpadded(line: string): string {
  if (!/[|｜/／ \u3000]/.test(line)) return line;
  // Labels first: a padded label before a bar (记 者 |) is a label the bar rule then reads.
  return line
    .replace(PADDED_LABEL, (m, pre: string, a: string, space: string, b: string, colon: string) =>
      roles[a + b] ? `${pre}${a}${b}${colon}${space}` : m,
    )
    .replace(BAR_LABEL, '$1$2：')
    .replace(PADDED_NAME, (m, colon: string, a: string, space: string, b: string) =>
      g.surnames.has(a) ? `${colon}${a}${b}${space}` : m,
    )
    .replace(PADDED_RUN, (m, role: string, run: string) => {
      const pairs = padPairs(run);
      if (pairs.length < 2 || pairs.join('') !== run || !pairs.every((p) => g.surnames.has(p[0]!)))
        return m;
      // 冯 某 → 冯某 : the padding moves after the name (same length).
      return role + pairs.map((p) => p[0]! + p[2]! + p.slice(1, 2) + p.slice(3)).join('');
    });
}

/** What a word before a slash credits: 文字/甲 (the text), 图片/乙 (the pictures), 视频/丙. */
const SLASH_ROLES: Record<string, string> = {
  文字: '记者',
  文: '记者',
  撰文: '记者',
  图片: '摄影',
  图: '摄影',
  视频: '摄像',
};
const SLASH_WORD = Object.keys(SLASH_ROLES)
  .sort((a, b) => b.length - a.length)
  .join('|');
const NAME = '\\p{Script=Han}{2,4}';
/** A whole token of 2–4 characters, not the next credit's word before its slash. */
const TOKEN = `${NAME}(?![\\p{Script=Han}/／])`;
/** 文字/甲 乙 丙: the names after the slash, separated by spaces or 、. */
const ROLE_SLASH = new RegExp(
  `(?<=^|[\\s（(：:])(${SLASH_WORD})\\s*[/／]\\s*(${TOKEN}(?:[ \\u3000、]+${TOKEN})*)`,
  'gu',
);
/** 甲 文/摄: one person credited for the text and the pictures. */
const TEXT_AND_PHOTO = new RegExp(
  `(?<=^|[\\s（(：:])(${NAME})\\s*文\\s*[/／]\\s*(?:摄|图)(?=$|[\\s）)])`,
  'gu',
);
/** 文/图 甲, 文/图：甲 乙: the names after it wrote the text and took the pictures (lpeople56). */
const TEXT_PHOTO_FIRST = new RegExp(
  `(?<=^|[\\s（(])文\\s*[/／]\\s*图[:：\\s]\\s*(${TOKEN}(?:[ \\u3000、]+${TOKEN})*)`,
  'gu',
);
/** 甲/文 乙/图: a name, then a slash and what it did. */
const NAME_SLASH = new RegExp(
  `(?<=^|[\\s（(：:])(${NAME})\\s*[/／]\\s*(文|图)(?=$|[\\s）)])`,
  'gu',
);

export interface SlashCredit {
  name: string;
  role: string;
  /** Where the credit starts in the line (the name is looked up from there). */
  from: number;
  /** The form alone says name: no check of the name's statistics. */
  trusted?: boolean;
}

/** Credits printed with a slash; the caller keeps only names that read as names. */
export function slashCredits(line: string): SlashCredit[] {
  const out: SlashCredit[] = [];
  for (const m of line.matchAll(ROLE_SLASH))
    for (const name of m[2]!.split(/[ \u3000、]+/))
      out.push({ name, role: SLASH_ROLES[m[1]!]!, from: m.index });
  for (const m of line.matchAll(TEXT_AND_PHOTO))
    for (const role of ['记者', '摄影']) out.push({ name: m[1]!, role, from: m.index });
  for (const m of line.matchAll(TEXT_PHOTO_FIRST))
    for (const name of m[1]!.split(/[ \u3000、]+/))
      for (const role of ['记者', '摄影']) out.push({ name, role, from: m.index });
  for (const m of line.matchAll(NAME_SLASH))
    out.push({ name: m[1]!, role: SLASH_ROLES[m[2]!]!, from: m.index });
  return out;
}

/**
 * 甲 乙 报道 or 甲 摄 as a whole line or a whole bracket, with no role before the names (a
 * broadcast's closing credit, a caption): each name reported, or took the picture. 甲 乙 万州报道
 * keeps its place out (./bylines.ts).
 */
const UNROLED = `(?:(?!${ROLE_RE})\\p{Script=Han}){2,4}`;
/** Names with no role word among them (记者 甲 通讯员 乙 摄 is read by the role rules). */
const NAMES_THEN_VERB = new RegExp(
  `(?:^|[（(])((?:${UNROLED}[ \\u3000、]+)*${UNROLED})[ \\u3000]*(摄影报道|报道|摄)(?:[）)]|$)`,
  'gu',
);

/**
 * 图为代表团在某社区考察。甲摄: a caption's photographer after its sentence, on its line and with
 * no space (a county site's picture captions); read as one name, 甲摄 was a person and 甲 lost.
 */
const CAPTION_PHOTOGRAPHER = new RegExp(`(?<=^图为[^\\n]*[。！])(${UNROLED})摄$`, 'u');

export function reportedBy(line: string): SlashCredit[] {
  if (!line.includes('报道') && !line.includes('摄')) return [];
  const out: SlashCredit[] = [];
  const caption = CAPTION_PHOTOGRAPHER.exec(line);
  if (caption) out.push({ name: caption[1]!, role: '摄影', from: caption.index });
  for (const m of line.matchAll(NAMES_THEN_VERB)) {
    // a whole line, or a bracket: 某县召开大会报道 is a sentence, not a credit
    const names = m[1]!.split(/[ \u3000、]+/);
    if (
      names.length === 1 &&
      m[0].length === line.length &&
      !/\s/.test(m[0]) &&
      m[2] !== '摄影报道'
    )
      continue;
    // 甲摄影报道: a photo news item's credit, its pictures (lpeople56)
    const role = m[2] === '报道' ? '记者' : '摄影';
    for (const name of names) out.push({ name, role, from: m.index });
  }
  return out;
}

/** 中新网某地6月30日电(甲 乙), 某县讯（甲）: a dateline's bracket holding only names. */
const DATELINE_NAMES =
  /^(?:[^\s（(]{0,16}?[0-9]{1,2}月[0-9]{1,2}日电|[^\s（(]{0,12}讯)\s*[（(]([\p{Script=Han} \u3000、]{2,40})[）)]/u;
/**
 * 某某在线某地频道消息(甲):, 某网消息（甲 乙）: a site's 消息 opening the story with its reporters'
 * names in a bracket (blocal-n). 央视网消息（新闻联播）names a programme: only names of two or
 * three characters opened by a surname are taken.
 */
const NEWS_NAMES = /^[^\s（(，。]{0,20}?消息\s*[（(]([\p{Script=Han} \u3000、]{2,20})[）)]/u;
const ROLE_WORD = new RegExp(ROLE_RE, 'u');
/** □ 甲 乙丙 丁戊: names only, after a box mark, alone on their line. */
const BOXED_NAMES =
  /^[□■][ \u3000]*((?:\p{Script=Han}{1,3}[ \u3000]+)+\p{Script=Han}{1,3})[ \u3000]*$/u;
/** ( 甲 )2022年，…: one name in a bracket opening a paragraph of running text. */
const OPENING_NAME = /^[ \u3000]*[（(][ \u3000]*(\p{Script=Han}{2,3})[ \u3000]*[）)](?=\S.{20})/u;

/** The names of a spaced run, a lone surname joined to the lone character after it (张 栩). */
function joinedSpacedNames(run: string): string[] {
  const parts = run.split(/[ \u3000]+/);
  const names: string[] = [];
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k]!;
    const next = parts[k + 1];
    if (p.length === 1 && next?.length === 1 && g.surnames.has(p)) {
      names.push(p + next);
      k++;
    } else if (p.length >= 2 && g.surnames.has(p[0]!)) names.push(p);
    else return [];
  }
  return names;
}
/**
 * 来源：某报  作者：甲 in a page's meta line: a label, then a name standing alone, or several
 * spaced (作者:甲 乙 丙 发布时间:…: blocal-j lost the last); the next label (发布时间:) is no name.
 * 作者:记者甲: a reporter's word between the label and the name is the credit's role (blocal-k).
 */
const INNER_ROLE = '特约记者|实习记者|记者|通讯员';
const LABEL_ANYWHERE = new RegExp(
  `(?<=^|[ \\u3000])(${ROLE_RE})[:：][ \\u3000]*(?:(${INNER_ROLE})[ \\u3000]*)?(\\p{Script=Han}{2,4}(?:[ \\u3000]+\\p{Script=Han}{2,3}(?=$|[ \\u3000]))*)(?=$|[ \\u3000])`,
  'gu',
);

/**
 * ……提出了意见建议。（甲）: a bracket holding only a name (or names), closing a paragraph after
 * its sentence end, is a local site's reporter credit. A surname is required (（新华社）, （完）
 * are none; the caller checks the name). A unit may stand before it (（某镇 甲）, （某某局 甲）),
 * and spaces may pad the bracket (( 甲): blocal-h).
 */
const CLOSING_NAMES =
  /[。！？”][ \u3000]*[（(][ \u3000]*(?:(\p{Script=Han}{2,8}?(?:社区|街道|镇|乡|村|办|中心|站|所|局))[ \u3000]+)?((?:\p{Script=Han}{2,3}[ \u3000、])*\p{Script=Han}{2,3})[ \u3000]*[）)][ \u3000]*$/u;
/** An item of the closing bracket ending like an office (办, 局, 委…): a source note of units. */
const UNIT_ITEM = /(办|局|委|部|厅|处|科|所|站|院|中心|公司)(?:$|[ \u3000、])/u;
/** （甲 乙） alone on the story's line: the names are checked as names (（全文） is none). */
const NAMES_LINE =
  /^[ \u3000]*[（(]((?:\p{Script=Han}{2,3}[ \u3000、]+)*\p{Script=Han}{2,3})[）)][ \u3000]*$/u;

/**
 * 某某县融媒体中心 甲 乙 alone on a line: the centre's reporters, credited without a role word
 * (a county station's closing credit, lpeople56). The names are checked as names by the caller.
 */
const CENTRE_NAMES =
  /^[（(]?\p{Script=Han}{2,12}?(?:融媒体中心|融媒|新闻中心|广播电视台|电视台)((?:[ \u3000]+\p{Script=Han}{2,3}){1,4})[）)]?$/u;

/** The reporters a dateline names without a role, and names after a label in a meta line. */
export function unroledCredits(line: string): SlashCredit[] {
  const out: SlashCredit[] = [];
  const closing = CLOSING_NAMES.exec(line);
  // （政府办、商务局）: the offices that sent the story, no reporters (blocal-g).
  if (closing && !ROLE_WORD.test(closing[2]!) && !UNIT_ITEM.test(closing[2]!))
    for (const name of closing[2]!.split(/[ \u3000、]+/))
      if (g.surnames.has(name[0]!))
        // 徐洋 is a place to the segmenter but no division: the bracket says name, as a label does.
        out.push({ name, role: '记者', from: closing.index, trusted: !districtInfo(name, true) });
  // （甲 乙） on a line of its own, closing the story (local44): the same credit, names checked.
  const alone = closing ? null : NAMES_LINE.exec(line);
  if (alone && !ROLE_WORD.test(alone[1]!))
    for (const name of alone[1]!.split(/[ \u3000、]+/))
      if (g.surnames.has(name[0]!)) out.push({ name, role: '记者', from: alone.index });
  const centre = CENTRE_NAMES.exec(line);
  if (centre)
    for (const name of centre[1]!.trim().split(/[ \u3000]+/))
      if (g.surnames.has(name[0]!)) out.push({ name, role: '记者', from: centre.index });
  // □ 甲 乙丙 丁戊 and ( 甲 )正文…: a local paper's reporters without a role, after its box mark or in
  // a bracket opening the story's first paragraph (blocal-g); two-character names are often
  // printed with a space inside (张 栩), so a lone surname joins the lone character after it.
  const boxed = BOXED_NAMES.exec(line);
  if (boxed && !ROLE_WORD.test(boxed[1]!))
    for (const name of joinedSpacedNames(boxed[1]!))
      out.push({ name, role: '记者', from: boxed.index });
  const opening = OPENING_NAME.exec(line);
  if (opening && !ROLE_WORD.test(opening[1]!) && g.surnames.has(opening[1]![0]!))
    out.push({ name: opening[1]!, role: '记者', from: 0 });
  const dateline = DATELINE_NAMES.exec(line);
  if (dateline && !ROLE_WORD.test(dateline[1]!))
    for (const name of dateline[1]!.split(/[ \u3000、]+/))
      if (name) out.push({ name, role: '记者', from: 0 });
  const news = line.includes('消息') ? NEWS_NAMES.exec(line) : null;
  if (news && !ROLE_WORD.test(news[1]!))
    for (const name of news[1]!.split(/[ \u3000、]+/))
      if (/^\p{Script=Han}{2,3}$/u.test(name) && g.surnames.has(name[0]!))
        out.push({ name, role: '记者', from: 0 });
  if (/[:：]/.test(line))
    for (const m of line.matchAll(LABEL_ANYWHERE)) {
      const [first, ...more] = m[3]!.split(/[ \u3000]+/);
      const role = roles[m[2] ?? m[1]!]!;
      // 作者: 扎西 (blocal-l): a Tibetan name word alone, which no surname vouches for.
      const tibetan = isTibetanNameWord(first!) || isWholeTibetanName(first!);
      out.push({ name: first!, role, from: m.index, ...(tibetan ? { trusted: true } : {}) });
      for (const name of more)
        if (g.surnames.has(name[0]!) && !ROLE_WORD.test(name))
          out.push({ name, role, from: m.index });
    }
  return out;
}

/** A credit's label and the characters of its name before `start` (摄像：才|项仁增). */
const CREDIT_NAME_BEFORE = new RegExp(`(?:${ROLE_RE})[:：][ \\u3000]*\\p{Script=Han}+$`, 'u');

/**
 * 摄像：才项仁增 撰稿：甲: a person read inside a credited name, after its first characters (a
 * four-character name whose first one the finder took for the adverb 才): a credit's name starts
 * right after its label's colon, so a name starting later inside it is only a piece of it.
 */
export function creditPiece(
  text: string,
  p: { name: string; start: number },
  credits: readonly { name: string }[] = [],
): boolean {
  const { start } = p;
  const line = text.slice(Math.max(text.lastIndexOf('\n', start - 1) + 1, start - 16), start);
  return CREDIT_NAME_BEFORE.test(line) || creditWithVerb(p, credits);
}

/**
 * 。甲摄 at a caption's end: a name read with the credit's verb (甲摄 as a three-character name)
 * where a credit of the story names 甲 is the credit (a page may print the caption twice, the
 * credit read once), not a person of its own.
 */
function creditWithVerb(p: { name: string }, credits: readonly { name: string }[]): boolean {
  return credits.some((c) => p.name === c.name + '摄');
}
