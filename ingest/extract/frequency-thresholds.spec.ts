/**
 * The counts of jieba's dictionary the rules compare against (./frequency-thresholds.ts): every
 * value as it was set (moving them there changed no graph), and no rule of ingest/ comparing a
 * dictionary count against a number of its own again.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as thresholds from './frequency-thresholds.ts';

const INGEST = fileURLToPath(new URL('..', import.meta.url));
/** `dictionaryFrequency(…) >= X`: the comparison and its right side (one level of parentheses). */
const COMPARED =
  /(?:dictionary|character)Frequency\((?:[^()]|\([^()]*\))*\)\s*(?:[<>]=?|[!=]==)\s*([\w.]+)/g;

const sources = (): [string, string][] =>
  readdirSync(INGEST, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'))
    .map((f) => [f, readFileSync(join(INGEST, f), 'utf8')]);

describe("jieba's dictionary counts the rules compare against (frequency-thresholds.ts)", () => {
  it('keeps every value as the rules were tuned', () => {
    expect({ ...thresholds }).toEqual({
      COMMON_ADVERB: 1000,
      SEGMENTER_NAME_WORD: 100,
      FREQUENT_WORD: 100,
      DOUBLED_ADJECTIVE: 20,
      CLAUSE_WORD: 100,
      ORDINARY_WORD_COUNT: 50,
      LONG_WORD_COUNT: 100,
      OBJECT_COUNT: 50,
      OPENING_WORD_COUNT: 100,
      COMMON_WORD_COUNT: 5000,
      COMMON_TAIL: 100,
      NOUN_COUNT: 300,
      EVERYDAY: 3000,
      COMMON_NOUN_COUNT: 3000,
      GEAR_WORD_COUNT: 100,
      SPEAKER_WORD: 100,
      GLUED_SECTOR_WORD: 100,
      GLUED_NOUN: 1000,
      WORD_BEFORE: 20,
      OCCUPATION_PREDICATE: 2000,
      RARE_PLACE_WORD: 10,
      RARE_TIME_ENTRY: 5,
      NAMES_PAIR_WORD: 1500,
      RARE_DOUBLED_WORD: 20,
      LEADER_GIVEN_WORD: 50,
      LISTED_THING_WORD: 1000,
      GIVEN_WORD_MAX_COUNT: 1000,
      SURNAME_WORD_MAX_COUNT: 5000,
      COUNTY_SHORT_WORD: 50,
      FORMER_COUNTY_STEM: 200,
    });
  });

  it('is the one home: a count is compared with 0 or with a threshold of this module', () => {
    const strays: string[] = [];
    let compared = 0;
    for (const [file, text] of sources()) {
      const imported = new Set(
        [...text.matchAll(/import \{([^}]*)\} from '\.\/frequency-thresholds\.ts'/g)].flatMap((m) =>
          m[1]!.split(',').map((n) => n.trim()),
        ),
      );
      for (const m of text.matchAll(COMPARED)) {
        compared++;
        const against = m[1]!;
        if (against !== '0' && !(imported.has(against) && against in thresholds))
          strays.push(`${file}: ${m[0]}`);
      }
    }
    expect(compared).toBeGreaterThan(30); // the scan sees the comparisons (it can fail)
    expect(strays).toEqual([]);
  });
});
