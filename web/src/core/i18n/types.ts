import type { Lang } from '../state.ts';

export type { Lang };
export type Dictionary = Record<string, string>;
