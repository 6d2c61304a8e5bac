/** FNV-1a over strings: a fingerprint of the node set (same nodes -> same saved layout). */
export function fingerprintKeys(sortedKeys: readonly string[]): string {
  let h = 2166136261;
  for (const key of sortedKeys) {
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
    h = Math.imul(h ^ 10, 16777619);
  }
  return `${sortedKeys.length}-${(h >>> 0).toString(36)}`;
}

export function storageKey(fingerprint: string): string {
  return `tupu.layout.v1.${fingerprint}`;
}

export const round2 = (v: number) => Math.round(v * 100) / 100;
