/** Search: Chinese names, aliases, pinyin and pinyin initials, ranked, grouped by type. */
import type { TupuGraph } from '../../../../graph/json/index.ts';
import { NODE_TYPES } from '../../../../graph/schema.ts';
import type { SearchEntry, SearchGroup, SearchHit, SearchIndex } from './types.ts';
import {
  isLatinQuery,
  matchKind,
  normalizePinyin,
  normalizeText,
  pinyinInitials,
  scoreOf,
} from './utils.ts';

export type { SearchEntry, SearchGroup, SearchHit, SearchIndex } from './types.ts';
export { normalizePinyin, normalizeText, pinyinInitials } from './utils.ts';

export function buildSearchIndex(graph: TupuGraph): SearchIndex {
  const entries: SearchEntry[] = [];
  graph.forEachNode((key, attrs) => {
    const pinyin = normalizePinyin(typeof attrs.pinyin === 'string' ? attrs.pinyin : '');
    entries.push({
      key,
      type: attrs.type,
      label: attrs.label,
      labelNorm: normalizeText(attrs.label ?? ''),
      aliases: (attrs.aliases ?? []).map(normalizeText),
      pinyin,
      pinyinJoined: pinyin.replace(/ /g, ''),
      initials: pinyinInitials(pinyin),
      weight: graph.degree(key) + (attrs.mentions ?? 0),
    });
  });
  return { entries };
}

/** Best match of one entry, or null. */
export function matchEntry(entry: SearchEntry, query: string): SearchHit | null {
  let best: SearchHit | null = null;
  const consider = (
    field: SearchHit['field'],
    candidate: string,
    q: string,
    matchedText?: string,
  ) => {
    const how = matchKind(candidate, q);
    if (!how) return;
    const score = scoreOf(field, how);
    if (!best || score > best.score)
      best = { key: entry.key, type: entry.type, label: entry.label, score, field, matchedText };
  };
  consider('label', entry.labelNorm, query);
  for (const alias of entry.aliases) consider('alias', alias, query, alias);
  if (isLatinQuery(query)) {
    const compact = query.replace(/\s+/g, '');
    consider('pinyin', entry.pinyin, query);
    consider('pinyin', entry.pinyinJoined, compact);
    if (compact.length >= 2) consider('initials', entry.initials, compact);
  }
  return best;
}

/** Ranked hits: score, then weight (degree + mentions), then shorter label, then key. */
export function searchNodes(index: SearchIndex, rawQuery: string, limit = 30): SearchHit[] {
  const query = normalizeText(rawQuery);
  if (!query) return [];
  const hits: Array<SearchHit & { weight: number }> = [];
  for (const entry of index.entries) {
    const hit = matchEntry(entry, query);
    if (hit) hits.push({ ...hit, weight: entry.weight });
  }
  hits.sort(
    (a, b) =>
      b.score - a.score ||
      b.weight - a.weight ||
      a.label.length - b.label.length ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  return hits.slice(0, limit).map(({ weight: _w, ...hit }) => hit);
}

/** Groups in schema type order; each group keeps the ranking; groups ordered by their best hit. */
export function groupHitsByType(hits: SearchHit[], perGroup = 8): SearchGroup[] {
  const groups = new Map<string, SearchGroup>();
  for (const hit of hits) {
    const group = groups.get(hit.type) ?? { type: hit.type, hits: [] };
    if (group.hits.length < perGroup) group.hits.push(hit);
    groups.set(hit.type, group);
  }
  return [...groups.values()].sort(
    (a, b) =>
      (b.hits[0]?.score ?? 0) - (a.hits[0]?.score ?? 0) ||
      NODE_TYPES.indexOf(a.type) - NODE_TYPES.indexOf(b.type),
  );
}
