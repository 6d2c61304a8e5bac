/**
 * Figures of history (issue 11, people41): the golds count living and modern people only
 * (names38, pairs40 leave out 孟子, 孔子, 子思), and a title qualified by a dynasty or an
 * ancient period (战国时期思想家某某, 唐代诗人某某, 北宋文学家某某) names a figure of history:
 * a modern person is never given a dynasty. Dynasty names: the standard periods of Chinese
 * history (先秦 to 清) as taught in school; a one-character dynasty needs 代/朝/时期 (唐代, 明朝)
 * so that 宋, 元, 明 as surnames or words are not read as eras.
 */
const ERA =
  /(?:(?:先秦|春秋|战国|西周|东周|西汉|东汉|三国|魏晋|西晋|东晋|南北朝|五代|北宋|南宋|古代|上古|远古)(?:时期|时代|末年|初年|时)?|[夏商周秦汉晋隋唐宋辽金元明清](?:代|朝|时期|末|初))(?:著名|伟大|杰出)?(?:的)?$/;
/** How far before a title an era may end (战国时期著名的 is 7 characters). */
const BEFORE = 10;

/** The title ending at `titleStart` is qualified by a dynasty or an ancient period. */
export function eraBeforeTitle(text: string, titleStart: number): boolean {
  return ERA.test(text.slice(Math.max(0, titleStart - BEFORE), titleStart));
}

/**
 * prog63: 宋代罗衫 — a two-character "name" read by sight right after an era, its second a
 * garment's (衫, 袍, 裙…): a garment of that era, no person. A figure of history after an era
 * (中国元代汪大渊) is kept: the annotations of national news count such people (cctv22x). 周末
 * (the weekend) is no era.
 */
const GARMENT = /^\p{Script=Han}[衫袍裙褂袄帕裳]$/u;
export function eraBeforeName(text: string, start: number, name: string): boolean {
  const before = text.slice(Math.max(0, start - BEFORE), start);
  return GARMENT.test(name) && ERA.test(before) && !/周末的?$/.test(before);
}
