/**
 * The words that print a firm, in one table (struct54): the legal forms a registered name ends in,
 * the short endings the news prints a firm's name with, and the trades that end one alone. The
 * rules that tell a firm's name from a sector, a park or a person read their words from here:
 * sector-owners.ts (a sector printed as a firm's name), park-glued-words.ts (a firm's name glued to
 * a park's word), word-names.ts (a name by sight that is a firm's), noun-phrases.ts (the head of a
 * firm's name after a name). General words of Chinese company names, no firm's own name.
 */
import { escapeRegExp } from './mentions.ts';

/** The legal forms a registered firm's name ends in (某某有限责任公司, 某某股份公司, 某某集团). */
export const LEGAL_FORMS = ['有限责任公司', '股份有限公司', '有限公司', '股份公司', '公司', '集团'];

/** The word each legal form opens with (有限, 股份, 公司, 集团): inside a phrase it prints a firm's name. */
export const LEGAL_FORM_OPENINGS = [...new Set(LEGAL_FORMS.map((form) => form.slice(0, 2)))];

/**
 * What a firm's name ends in as the news prints it short: a legal form's opening word (某某股份,
 * 某某集团) but 有限, which alone is the adjective "limited" (资源有限, 十分有限), and a holding's or
 * a bank's word (某某控股, 某某银行).
 */
export const FIRM_ENDINGS = [
  ...LEGAL_FORM_OPENINGS.filter((word) => word !== '有限'),
  '控股',
  '银行',
];

/** Trades that end a firm's short name by themselves (施某德电气, 某某制药, 某某汽车). */
export const FIRM_TRADES = ['电气', '电器', '制药', '药业', '汽车'];

/** How many characters the longest of `words` takes: how much text a rule reads for one. */
export const longest = (words: readonly string[]): number =>
  Math.max(...words.map((w) => w.length));

/** One of `words`, as a group of a pattern (the words escaped: they are text, not patterns). */
export const anyOf = (words: readonly string[]): string =>
  `(?:${words.map(escapeRegExp).join('|')})`;

/** A pattern for one of `words` opening the text it is tested on. */
export const opening = (words: readonly string[]): RegExp => new RegExp(`^${anyOf(words)}`);
