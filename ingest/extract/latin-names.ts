/**
 * Names printed in Latin letters inside Chinese text (执行董事Leo Chan表示, 学生elaine说): a run of
 * letters is a person's name only where the text says so, as for transliterations: a role or
 * occupation right before it, or 先生/女士/a speech verb right after it. Acronyms (CEO, NBA) and
 * runs glued to digits or other letters (iPhone4, Windows7) are left out.
 */
import { gazetteer } from '../gazetteer/index.ts';
import type { PersonFinding } from './facts.ts';
import { roleEndingAt } from './posts.ts';

const lex = gazetteer().lexicon;
const occupations = gazetteer().occupations;
/** One or more words of letters, single spaces between capitalised words (Frank Pearce). */
const RUN = /[A-Za-z][A-Za-z'’]*(?:[ .-][A-Z][A-Za-z'’]*)*/g;
/** Acronyms and units: all capitals up to five letters (CEO, CFO, NBA, GDP). */
const ACRONYM = /^[A-Z]{1,5}$/;
const ADDRESS_AFTER = /^(先生|女士|小姐|博士|教授|老师)/;
const SPEECH = [...lex.speechVerbs].sort((a, b) => b.length - a.length);
/** What may stand right after a name: punctuation, the end, a Han character (not a digit). */
const GLUED = /[0-9０-９_@#/\\]/;
/** 商户pos机, visa卡: letters naming a thing, read with the noun after them. */
const THING_AFTER = /^[机卡端器版号型款码币网]/;
/** 机构postcomm表示: an organisation's name, not a person's. */
const BODY_BEFORE = /(机构|公司|集团|网站|组织|协会|品牌|银行|工作室|战队|俱乐部)$/;
/**
 * Inside a title of a work (《花漾明星Kirarin》): part of the title. Asked at increasing
 * positions, so one forward scan serves a whole text (no search back from each match).
 */
export function workTitleTest(text: string): (i: number) => boolean {
  let at = 0;
  let inside = false;
  return (i: number) => {
    for (; at < i; at++)
      if (text[at] === '《') inside = true;
      else if (text[at] === '》') inside = false;
    return inside;
  };
}

function roleOrOccupationBefore(text: string, i: number): boolean {
  if (roleEndingAt(text, i) !== undefined) return true;
  for (let n = 2; n <= 4 && n <= i; n++) if (occupations.has(text.slice(i - n, i))) return true;
  return false;
}

/** Latin-letter names where a role, an address or a speech verb vouches for them. */
export function latinNames(text: string): PersonFinding[] {
  const out: PersonFinding[] = [];
  if (!/[A-Za-z]/.test(text)) return out;
  const inWorkTitle = workTitleTest(text);
  for (const m of text.matchAll(RUN)) {
    const name = m[0].replace(/[ .-]+$/, '');
    const start = m.index;
    const end = start + name.length;
    if (name.length < 2 || ACRONYM.test(name)) continue;
    // Part of a longer token (www.xinhua, e-mail, x-51a, C919).
    if (GLUED.test(text[end] ?? '') || GLUED.test(text[start - 1] ?? '')) continue;
    if (/[.'’]/.test(text[start - 1] ?? '') || /[.'’]/.test(text[end] ?? '')) continue;
    const after = text.slice(end, end + 4);
    if (THING_AFTER.test(after) || inWorkTitle(start)) continue;
    if (BODY_BEFORE.test(text.slice(Math.max(0, start - 3), start))) continue;
    // With only a speech verb after it, a short lower-case word may be an acronym (api称, visa解释称).
    const shortLower = name.length < 5 && name === name.toLowerCase();
    const vouched =
      roleOrOccupationBefore(text, start) ||
      ADDRESS_AFTER.test(after) ||
      (!shortLower && SPEECH.some((v) => after.startsWith(v)));
    if (vouched) out.push({ name, start, end, posts: [], via: 'sight' });
  }
  return out;
}

/** A spelling in letters in brackets (martinatkinson, Gert Jan Verbeek): no acronym (CEO, WTO). */
const SPELLING_IN_BRACKETS = /^[（(]([A-Za-z][A-Za-z'’. -]*[A-Za-z])[）)]/;

/**
 * 主裁判阿特金森（martinatkinson）: the original spelling printed in brackets right after a person's
 * name is the same person, another surface of the name found before it (never a name by itself).
 */
export function spellingAfter(text: string, end: number): string | undefined {
  const m = SPELLING_IN_BRACKETS.exec(text.slice(end, end + 64));
  const spelling = m?.[1];
  return spelling && spelling.length > 2 && !ACRONYM.test(spelling) ? spelling : undefined;
}
