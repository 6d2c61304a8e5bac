/** Text width estimates for SVG labels without a DOM (wide CJK glyphs count 1em, others ~0.6em). */

const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;

export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += WIDE.test(ch) ? 1 : /[A-Z0-9]/.test(ch) ? 0.65 : 0.55;
  return em * fontSize;
}

/** Shorten a long label to at most `max` wide characters' width, ending with an ellipsis. */
export function clip(text: string, max: number): string {
  let em = 0;
  let out = '';
  for (const ch of text) {
    em += WIDE.test(ch) ? 1 : 0.6;
    if (em > max) return out + '…';
    out += ch;
  }
  return out;
}
