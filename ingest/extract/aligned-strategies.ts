/**
 * strat50 (issue 13): a partner's strategies named in quotation marks and listed before the word
 * that says what they are (巴西“再工业化”、“南美一体化路线”等发展战略对接; “愿景2030”和“数字
 * 转型”等国家战略): each quoted name is a strategy, though it carries no program word of its own.
 * strat50-a lists both of Brazil's; prog42-a keeps 南美一体化路线计划. Not a layout, a partnership,
 * a goal or a meaning the strategic word is part of (战略布局, 战略伙伴, 战略目标, 战略意义).
 */
import { programByForm as mention, type Mention } from './mentions.ts';

const QUOTE = /[“"]([^“”"\n]{2,16})[”"]/gu;
/** A run of quoted names joined by 、/和/及/与, closed by 等 and a strategy word. */
const LISTED = new RegExp(
  `((?:[“"][^“”"\\n]{2,16}[”"][、和及与]?){1,6})等(?:[\\p{Script=Han}]{0,4}?)(?:发展|国家|经济)?战略(?!布局|伙伴|合作|协作|目标|意义|性|沟通|对话|互信|引领|定力|眼光)`,
  'gu',
);

export function alignedStrategies(text: string): Mention[] {
  if (!text.includes('战略')) return [];
  const out: Mention[] = [];
  for (const m of text.matchAll(LISTED))
    for (const q of m[1]!.matchAll(QUOTE))
      out.push(mention(q[1]!, q[0], m.index + q.index, 'strategy'));
  return out;
}
