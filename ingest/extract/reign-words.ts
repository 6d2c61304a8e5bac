/**
 * 国王登基以来, 某某国王登基20周年: what a monarch does on the throne (登基, 即位, 加冕) follows
 * his title as its predicate, and is no name; jieba's dictionary tags 登基 as a transliterated
 * name (nrt), so after a royal title it was read as the title's holder (pairs46). General words
 * of news about monarchies.
 */
import type { Found } from './story-names.ts';

/** Accession, coronation and the reign's end: verbs and nouns of a throne, never a name. */
const REIGN_WORDS = new Set([
  '登基',
  '即位',
  '继位',
  '加冕',
  '退位',
  '在位',
  '驾崩',
  '登位',
  '践祚',
]);

/** The "name" is a word of a reign. */
export const reignWord = (f: Found): boolean => REIGN_WORDS.has(f.name);
