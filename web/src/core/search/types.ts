import type { NodeType } from '../../../../graph/schema.ts';

/** One node prepared for matching: all fields already normalised. */
export interface SearchEntry {
  key: string;
  type: NodeType;
  label: string;
  labelNorm: string;
  aliases: string[];
  /** "yu hui wen" */
  pinyin: string;
  /** "yuhuiwen" */
  pinyinJoined: string;
  /** "yhw" */
  initials: string;
  /** Tie-breaker: degree + mentions. */
  weight: number;
}

export type MatchField = 'label' | 'alias' | 'pinyin' | 'initials';

export interface SearchHit {
  key: string;
  type: NodeType;
  label: string;
  score: number;
  field: MatchField;
  /** The alias that matched, when field is 'alias'. */
  matchedText?: string;
}

export interface SearchGroup {
  type: NodeType;
  hits: SearchHit[];
}

export interface SearchIndex {
  entries: SearchEntry[];
}
