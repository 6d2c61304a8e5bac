/**
 * A country read as a given name. 代表全中国的唯一合法政府: 全 (whole) before a country of the
 * tables is "the whole country", not a person 全 with the given name 中国.
 *
 * 向安留学生提供奖学金, 对俄出口: a preposition (向, 对, 同, 与, 给, 援, 赴, 访, 跟) read as a surname
 * and a country's one-character short form read as the given name. The short form is the other
 * side of a visit or talks where the story prints it as a side too (中安 and 安方, or 中安关系, 中安两国): a two-character
 * "name" by sight made of the two is no person. A real 向某 named with a title is found by the title
 * (not by sight), so it stays.
 */
import type { Found } from './story-names.ts';
import { isForeignPlace } from './countries.ts';

const PREPOSITION = /^[向对同与给援赴访跟]$/;

/** What two sides share (中美关系, 中巴两国): the short form after 中 is a side, not a name. */
const BONDS = ['两国', '关系', '合作', '友好', '建交'];

export function sideAfterPreposition(text: string, f: Found): boolean {
  if (f.via !== 'sight' || f.name.length !== 2 || !PREPOSITION.test(f.name[0]!)) return false;
  const side = f.name[1]!;
  return (
    (text.includes(`中${side}`) && text.includes(`${side}方`)) ||
    BONDS.some((bond) => text.includes(`中${side}${bond}`))
  );
}

/** 全中国, 全美国: the whole country (全红婵 keeps: 红婵 is no country). */
export const wholeCountry = (f: Found) => f.name[0] === '全' && isForeignPlace(f.name.slice(1));
