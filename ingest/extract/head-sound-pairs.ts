/**
 * Names the surname reader and the sound tables only half see (names40, issue 11).
 *
 * 国家主席通伦将于…: after a head's title, two characters whose first the segmenter reads as a
 * verb (通) and whose second is a sound of the transliteration tables (伦), ending where a clause
 * goes on (将, 于, 表示…), are a foreign head's name, not a verb and a country's short form
 * (访|伊 ends before no clause; 向|某主席 runs into a title).
 */
import { gazetteer } from '../gazetteer/index.ts';
import { endsClearly } from './foreign-names.ts';
import { isForeignCharAt } from './name-stats.ts';

const HEAD_TITLE_BEFORE = /(主席|总统|总书记|国王|总理|首相|元首)$/;
const TITLE_AFTER = /^(主席|总统|总书记|国王|总理|首相|元首|先生|同志|部长)/;

export function headSoundPair(text: string, name: { name: string; start: number; end: number }) {
  const [, second] = name.name;
  return (
    name.name.length === 2 &&
    isForeignCharAt(name.name, 1) &&
    !gazetteer().countryShort.has(second!) &&
    HEAD_TITLE_BEFORE.test(text.slice(Math.max(0, name.start - 3), name.start)) &&
    !TITLE_AFTER.test(text.slice(name.end, name.end + 3)) &&
    endsClearly(text, name.end)
  );
}
