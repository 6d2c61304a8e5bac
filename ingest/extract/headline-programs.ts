/**
 * 河北：推动雄安新区建设迈上新台阶; 中办 国办印发《某某责任制实施办法》: a digest's story whose
 * program is printed in its headline only (the text says 新区, 《办法》 or the bare region) loses it,
 * for the rules read the text. The headline's own programs are the story's then, with the headline
 * as their evidence, as a district printed only there is (index.ts). A series' banner before the
 * headline (【奋进新征程 建功新时代】, 【新思想引领新征程】) is a slogan of the programme, not read.
 * Only the gazetteer's named programs: a headline's other program-shaped phrases are topics and
 * slogans (打造“一带一路”标志工程, 围绕“完善科技成果评价机制”协商议政, 抗议某国移民执法行动), junk
 * on the development sets where the headline-only names of the gazetteer (雄安新区建设, “两重”建设,
 * 要素市场化配置改革, 接诉即办) were each listed as the day's strategy.
 */
import type { StoryFacts } from './facts.ts';
import { isNamedProgram } from './named-programs.ts';

const BANNER = /^【[^】]*】/;

export function withHeadlinePrograms(
  facts: StoryFacts,
  headline: string | undefined,
  extract: (text: string) => StoryFacts,
): void {
  const part = headline?.replace(BANNER, '').trim();
  if (!part) return;
  const programs = new Set(facts.entities.filter((e) => e.type === 'program').map((e) => e.name));
  for (const e of extract(part).entities) {
    if (e.type !== 'program' || !isNamedProgram(e.name) || programs.has(e.name)) continue;
    facts.entities.push({ ...e, sentence: headline! });
    programs.add(e.name);
  }
}
