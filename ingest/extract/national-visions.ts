/**
 * Programs named by a year rather than a program word: a country's long-term vision (沙特2030愿景,
 * 2035国家愿景, 2035年愿景) and a numbered national census (第五次全国经济普查). The independent
 * cctv22x annotation lists both among named strategies; no annotation judges either junk.
 */
import { gazetteer } from '../gazetteer/index.ts';
import type { Mention } from './mentions.ts';

const countries = gazetteer().countries;
/** A year, then 愿景 (with 国家 or 年 between): a national vision; 美好愿景 names none. */
const VISION = /((?:19|20)[0-9]{2})(年|国家)?愿景/g;
/** 第五次全国经济普查, 第七次全国人口普查: a national census, held in numbered rounds. */
const CENSUS = /第[一二三四五六七八九十]+次全国\p{Script=Han}{2,6}?普查/gu;

export function visionsAndCensuses(text: string): Mention[] {
  const out: Mention[] = [];
  if (text.includes('愿景')) out.push(...visions(text));
  if (text.includes('普查'))
    for (const m of text.matchAll(CENSUS)) out.push(mention(m[0], m[0], m.index, '普查'));
  return out;
}

/**
 * The country printed right before the vision is part of its name (沙特2030愿景); where the story
 * prints it so once, its bare mentions (沙方2030愿景, 实现2030愿景) are that country's vision.
 */
function visions(text: string): Mention[] {
  const found = [...text.matchAll(VISION)].map((m) => {
    // 沙特“2030愿景”: the country stands before the opening quote.
    const quoted = /[“"‘「]/.test(text[m.index - 1] ?? '') ? 1 : 0;
    const owner = countryBefore(text, m.index - quoted);
    const start = m.index - (owner ? owner.length + quoted : 0);
    return mention(owner + m[0], text.slice(start, m.index + m[0].length), start, '愿景');
  });
  return found.map((m) => {
    const owned = new Set(
      found
        .filter((o) => o.name.length > m.name.length && o.name.endsWith(m.name))
        .map((o) => o.name),
    );
    return owned.size === 1 ? { ...m, name: [...owned][0]! } : m;
  });
}

function countryBefore(text: string, at: number): string {
  for (let n = 5; n >= 2; n--)
    if (countries.has(text.slice(at - n, at))) return text.slice(at - n, at);
  return '';
}

function mention(name: string, surface: string, start: number, kind: string): Mention {
  return { type: 'program', name, surface, start, end: start + surface.length, facts: { kind } };
}
