/**
 * Programs named by a year rather than a program word: a country's long-term vision (沙特2030愿景,
 * 2035国家愿景, 2035年愿景) and a numbered national census (第五次全国经济普查). The independent
 * cctv22x annotation lists both among named strategies; no annotation judges either junk.
 */
import { gazetteer } from '../gazetteer/index.ts';
import { programMention, type Mention } from './mentions.ts';
import { isNamedProgram } from './named-programs.ts';

const countries = gazetteer().countries;
const states = gazetteer().states;
/** A year, then 愿景 (with 国家 or 年 between): a national vision; 美好愿景 names none. */
const VISION = /((?:19|20)[0-9]{2})(年|国家)?愿景/g;
/** 第五次全国经济普查, 第七次全国人口普查: a national census, held in numbered rounds. */
const CENSUS = /第[一二三四五六七八九十]+次全国\p{Script=Han}{2,6}?普查/gu;

export function visionsAndCensuses(text: string): Mention[] {
  const out: Mention[] = [];
  if (text.includes('“新')) out.push(...renewals(text));
  if (text.includes('愿景')) out.push(...visions(text));
  if (text.includes('普查'))
    for (const m of text.matchAll(CENSUS)) out.push(programMention(m[0], m[0], m.index, '普查'));
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
    return programMention(owner + m[0], text.slice(start, m.index + m[0].length), start, '愿景');
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

/**
 * 建设“新乌兹别克斯坦”: a nation's renewal program named "new" + the country (the cctv23y
 * annotation lists 新乌兹别克斯坦 and 新哈萨克斯坦 among named strategies), quoted and built.
 */
const RENEWAL = /(?:建设|建成|打造|推进)[“"]新(\p{Script=Han}{2,8})[”"]/gu;
function renewals(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(RENEWAL)) {
    if (!states.has(m[1]!) || m[1] === '中国') continue;
    const surface = m[0].slice(2);
    out.push(programMention(`新${m[1]}`, surface, m.index + 2, '建设'));
  }
  return out;
}

/**
 * 同欧盟“全球门户”战略对接, 支持沙特“绿色中东”倡议: a foreign state printed right before a quoted
 * strategy, initiative or vision owns it (the name is the state's: 欧盟全球门户战略), and the
 * story's bare mentions of that name are the same program.
 */
export function foreignOwned(text: string, found: Mention[]): Mention[] {
  const owners = new Map<string, string>();
  for (const m of found) {
    // A gazetteer name is the one program it names (共建“一带一路”倡议 in 印尼“一带一路”合作).
    if (!/^[“"][^”"]+[”"](战略|倡议|构想|计划|愿景)$/.test(m.surface) || isNamedProgram(m.name))
      continue;
    const owner = stateBefore(text, m.start);
    if (owner && !m.name.startsWith(owner)) owners.set(m.name, owner);
  }
  if (owners.size === 0) return found;
  return found.map((m) => {
    const owner = owners.get(m.name);
    return owner ? { ...m, name: owner + m.name, reason: 'a foreign state’s quoted strategy' } : m;
  });
}

function stateBefore(text: string, at: number): string {
  for (let n = 6; n >= 2; n--) {
    const s = text.slice(at - n, at);
    if (states.has(s) && s !== '中国') return s;
  }
  return '';
}
