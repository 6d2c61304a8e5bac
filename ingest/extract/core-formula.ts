/**
 * 以某某同志为核心的党中央: the set name of the Party centre, which the people golds list among the
 * names inside names of things (cctv28b, blocal-f f11, and the national golds that exclude it): a
 * name printed only there is no mention of the person; printed elsewhere too, it is found there.
 */
// Not 以某某同志为核心的党的第一代中央领导集体: the golds list the leaders a generation is named after.
const CORE_AFTER = /^同志为核心的党中央/;

export const insideCoreFormula = (text: string, p: { start: number; end: number }): boolean =>
  text[p.start - 1] === '以' && CORE_AFTER.test(text.slice(p.end, p.end + 9));
