/**
 * The firm-word table (firm-words.ts) and the rules that read it: every word of the table is read
 * the same way by each rule, so a word added to it reaches them all (invented sentences).
 */
import { describe, expect, it } from 'vitest';
import {
  anyOf,
  FIRM_ENDINGS,
  FIRM_TRADES,
  LEGAL_FORM_OPENINGS,
  LEGAL_FORMS,
  longest,
  opening,
} from './firm-words.ts';
import { findIndustries } from './industries.ts';
import { FIRM_HEAD } from './noun-phrases.ts';
import { findParks } from './parks.ts';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const sectors = (text: string) => [...new Set(findIndustries(text).map((m) => m.name))];
const parks = (text: string) => findParks(text).map((m) => m.surface);
const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('the table', () => {
  it('opens every legal form with one of its opening words, 有限 no short ending', () => {
    expect(new Set(LEGAL_FORM_OPENINGS)).toEqual(new Set(['有限', '股份', '公司', '集团']));
    for (const form of LEGAL_FORMS)
      expect(LEGAL_FORM_OPENINGS.some((w) => form.startsWith(w))).toBe(true);
    expect(FIRM_ENDINGS).not.toContain('有限');
    expect(FIRM_ENDINGS).toEqual(expect.arrayContaining(['公司', '集团', '股份', '控股', '银行']));
  });
  it('reads its words as text, not as patterns', () => {
    expect(longest(LEGAL_FORMS)).toBe(6);
    expect(opening(['C++']).test('C++公司')).toBe(true);
    expect(new RegExp(anyOf(['(集团)'])).test('集团')).toBe(false);
  });
});

describe('each legal form', () => {
  it("makes a sector printed before it a firm's brand (sector-owners.ts)", () => {
    for (const form of LEGAL_FORMS)
      expect(sectors(`南岭啤酒${form}投资的南岭啤酒产业链项目开工。`), form).toEqual([]);
  });
  it("makes a park's word before it part of a company's name (park-glued-words.ts)", () => {
    for (const form of LEGAL_FORMS)
      expect(parks(`东岭云帆科技企业孵化器${form}举办路演。`), form).toEqual([]);
  });
  it("ends a firm's head after a name by sight (noun-phrases.ts)", () => {
    for (const form of LEGAL_FORMS) expect(FIRM_HEAD.test(`航运${form}表示`), form).toBe(true);
  });
});

describe("each firm's short ending and trade", () => {
  it('makes a name by sight before it the firm’s, no person (word-names.ts)', () => {
    for (const word of [...FIRM_ENDINGS, ...FIRM_TRADES])
      expect(names(`在成都，柯维朗${word}的新工厂已经投产。`), word).toEqual([]);
  });
  it('ends a firm’s head (noun-phrases.ts), a trade alone does not', () => {
    for (const word of FIRM_ENDINGS) expect(FIRM_HEAD.test(`${word}表示`), word).toBe(true);
    expect(FIRM_HEAD.test('证券时报记者')).toBe(false);
  });
});
