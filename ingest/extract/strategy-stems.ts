/**
 * 坚持创新驱动发展，…; 深化创新驱动发展，…: a gazetteer strategy (…战略) printed with 战略 left off
 * after the verb that holds to or carries out a strategy (坚持, 深化, 实施, 深入实施) and before a pause
 * is that strategy, as 大力实施城市更新。 is 城市更新行动 (named-programs.ts carriedOutActions). The
 * annotations list it so (prog48-a 20220806 坚持创新驱动发展, recall44-a 20240730 深化创新驱动发展);
 * 坚持就业优先 was one such form the gazetteer wrote out by hand (programs-policies.txt).
 * Only those four verbs: 推动区域协调发展 or 推进城乡融合和区域协调发展 name a direction, not the
 * strategy (the seeds' gold lists no program there). A 强国 of a field stays a goal (goalOnly).
 */
import { literalMatcher, strategyMention, type LiteralMatcher, type Mention } from './mentions.ts';

const HELD_BEFORE = /(坚持|深化|实施)$/;
const STEM_ENDS = /^([，。；！？、\s]|$)/;

let stems: Map<string, string> | undefined;
let matcher: LiteralMatcher | undefined;

/** Built on first use from the gazetteer's names (named-programs.ts passes them: no import cycle). */
function strategyStems(
  canonicalProgram: Map<string, string>,
): [Map<string, string>, LiteralMatcher] {
  if (!stems || !matcher) {
    stems = new Map();
    for (const [printed, canonical] of canonicalProgram) {
      const stem = printed.slice(0, -2);
      if (
        printed.endsWith('战略') &&
        stem.length >= 4 &&
        !canonicalProgram.has(stem) &&
        !/强国$/.test(stem)
      )
        stems.set(stem, canonical);
    }
    matcher = literalMatcher(stems.keys());
  }
  return [stems, matcher];
}

/** Gazetteer strategies held to or carried out with 战略 left off (坚持创新驱动发展，). */
export function heldStrategies(text: string, canonicalProgram: Map<string, string>): Mention[] {
  if (!/坚持|深化|实施/.test(text)) return [];
  const [names, match] = strategyStems(canonicalProgram);
  return match(text)
    .filter(
      ({ surface, start }) =>
        HELD_BEFORE.test(text.slice(Math.max(0, start - 2), start)) &&
        STEM_ENDS.test(text.slice(start + surface.length, start + surface.length + 1)),
    )
    .map(({ surface, start }) =>
      strategyMention(
        names.get(surface)!,
        surface,
        start,
        'a gazetteer strategy held to (坚持…) with 战略 left off',
      ),
    );
}
