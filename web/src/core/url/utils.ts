import { LIST_SEPARATOR } from './types.ts';

export function encodeList(values: readonly string[]): string | null {
  return values.length ? values.join(LIST_SEPARATOR) : null;
}

export function decodeList(value: string | null): string[] {
  return value ? value.split(LIST_SEPARATOR).filter(Boolean) : [];
}

export function clampInt(value: string | null, min: number, max: number, fallback: number): number {
  const n = value === null ? NaN : Number.parseInt(value, 10);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
}

export function oneOf<T extends string>(
  value: string | null,
  allowed: readonly T[],
  fallback: T,
): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}
