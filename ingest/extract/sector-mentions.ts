/**
 * Sector mentions as findIndustries (industries.ts) builds and merges them: 新型 kept before a
 * known sector, 全 cut before 产业链, a quoted chain's name, one name per sector in a story.
 */
import type { Mention } from './mentions.ts';
import { isSloganQuote } from './industry-shapes.ts';

/** 新型储能 is one sector: a known sector right after 新型 is not cut from it. */
export function withQualifier(text: string, m: Mention): Mention {
  if (m.start < 2 || text.slice(m.start - 2, m.start) !== '新型' || m.name !== m.surface) return m;
  return industry('新型' + m.name, '新型' + m.surface, m.start - 2);
}

/** 风光电储全产业链: 全 before 产业链 says the chain is whole, not the sector (安全, 健全 stay). */
export function wholeChain(text: string, m: Mention): Mention {
  const chain = m.surface.startsWith(m.name + '产业链') || text.startsWith('产业链', m.end);
  if (!/[^安健完齐周]全$/.test(m.name) || !chain) return m;
  return { ...m, name: m.name.slice(0, -1) };
}

/** “芯屏器核网”全产业链: a quoted name that heads an industrial chain names that chain. */
export function quotedChains(text: string): Mention[] {
  const out: Mention[] = [];
  if (!text.includes('链') && !text.includes('集群')) return out; // what must follow the quote
  for (const m of text.matchAll(/[“"]([^“”"\n]{2,10})[”"](?=全产业链|产业链|产业集群)/g))
    if (/^\p{Script=Han}+$/u.test(m[1]!) && !isSloganQuote(m[1]!))
      out.push(industry(m[1]!, m[0], m.index));
  return out;
}

/**
 * One sector, one name per story: 金融 and 金融业, 消费品 and 消费品工业, 桑蚕 and 桑蚕养殖 are one
 * sector (the fuller form is kept), and 纺织 inside 现代纺织 is the 现代纺织 found elsewhere.
 */
export function mergeSuffixForms(found: Mention[], text: string): Mention[] {
  // Each name's rank in first-seen order: of several fuller forms the first seen wins. Looked up
  // by the text ending at the mention (names are short), not by scanning all names: a story
  // that is one long list of sectors has as many names as mentions.
  const rank = new Map<string, number>();
  for (const m of found) if (!rank.has(m.name)) rank.set(m.name, rank.size);
  let longest = 0;
  for (const n of rank.keys()) longest = Math.max(longest, n.length);
  return found.map((m) => {
    // 健康食品 and 健康食品加工 in one story (lthings54-l): the trade and its processing, one sector.
    const full = ['业', '工业', '养殖', '种植', '加工']
      .map((s) => m.name + s)
      .find((n) => rank.has(n));
    if (full) return { ...m, name: full };
    let longer: string | undefined;
    for (let len = m.name.length + 1; len <= Math.min(longest, m.end); len++) {
      const n = text.slice(m.end - len, m.end);
      if (!rank.has(n) || !n.endsWith(m.name)) continue;
      if (longer === undefined || rank.get(n)! < rank.get(longer)!) longer = n;
    }
    return longer ? industry(longer, longer, m.end - longer.length) : m;
  });
}

export function industry(name: string, surface: string, start: number): Mention {
  return { type: 'industry', name, surface, start, end: start + surface.length };
}
