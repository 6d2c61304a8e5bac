/** JSON text up to a key, without the whitespace and comma that separated it from that key. */
export function trimTrailingComma(text: string): string {
  const trimmed = text.trimEnd();
  return trimmed.endsWith(',') ? trimmed.slice(0, -1) : trimmed;
}
