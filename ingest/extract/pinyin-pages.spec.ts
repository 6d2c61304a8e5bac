/** A story printed with pinyin glosses after characters (pinyin-pages.ts): invented text. */
import { describe, expect, it } from 'vitest';
import { extractStory } from './index.ts';
import { withoutGlosses } from '../text/pinyin-glosses.ts';

const printed = '會(huì)議由縣委書(shū)記王立新主持,縣長(zhǎng)李明華作工(gōng)作報告。';

describe('a story printed with pinyin glosses after characters', () => {
  it('reads the titles and names as if the glosses were absent', () => {
    const facts = extractStory(printed);
    const holds = facts.relations
      .filter((r) => r.type === 'HOLDS')
      .map((r) => `${r.source.name}|${r.target.name}`);
    expect(holds).toEqual(expect.arrayContaining(['王立新|县委书记', '李明华|县长']));
  });
  it('quotes the evidence as printed, glosses and all, so it is found in the text', () => {
    for (const r of extractStory(printed).relations) {
      expect(r.sentence).toContain('(');
      expect(printed).toContain(r.sentence);
    }
  });
  it('maps every character read back to where it is printed', () => {
    const reading = withoutGlosses(printed)!;
    expect(reading.text).toBe('會議由縣委書記王立新主持,縣長李明華作工作報告。');
    for (let k = 0; k < reading.text.length; k++)
      expect(printed[reading.printedAt[k]!]).toBe(reading.text[k]);
  });
  it('leaves a text with one bracketed syllable (a note) as printed', () => {
    expect(withoutGlosses('他的名字读作“乐(yuè)”。')).toBeUndefined();
  });
});
