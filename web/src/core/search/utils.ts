import type { MatchField } from './types.ts';

/** Lower case, full-width ASCII to half-width, brackets unified, spaces trimmed. */
export function normalizeText(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .toLowerCase()
    .trim();
}

/** "Yu Hui-Wen" -> "yu hui wen" (toneless, ascii). */
export function normalizePinyin(pinyin: string): string {
  return pinyin
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9\s]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function pinyinInitials(pinyin: string): string {
  return pinyin
    .split(' ')
    .filter(Boolean)
    .map((syllable) => syllable[0])
    .join('');
}

const SCORES: Record<string, number> = {
  'label:exact': 100,
  'label:prefix': 85,
  'alias:exact': 80,
  'pinyin:exact': 75,
  'initials:exact': 72,
  'label:contains': 60,
  'alias:prefix': 55,
  'pinyin:prefix': 50,
  'initials:prefix': 45,
  'alias:contains': 40,
  'pinyin:contains': 30,
};

export function scoreOf(field: MatchField, how: 'exact' | 'prefix' | 'contains'): number {
  return SCORES[`${field}:${how}`] ?? 0;
}

/** How `candidate` matches `query`, or null. */
export function matchKind(
  candidate: string,
  query: string,
): 'exact' | 'prefix' | 'contains' | null {
  if (!candidate || !query) return null;
  if (candidate === query) return 'exact';
  if (candidate.startsWith(query)) return 'prefix';
  if (candidate.includes(query)) return 'contains';
  return null;
}

/** Queries that look like latin letters are matched against pinyin. */
export function isLatinQuery(query: string): boolean {
  return /^[a-z0-9\s]+$/.test(query);
}
