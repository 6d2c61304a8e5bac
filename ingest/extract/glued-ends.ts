/**
 * One-character verbs and particles opening the predicate right after a name (某某乘包机, 某某作报告,
 * 某某在主席台, 会见某某时, 某某请…转达, 某某以…当选, 某某还称, 某某更认为, 某某再向, 某某则表示: 则
 * opens the contrast). Apart from false-names.ts (which reads it) because that file is full.
 *
 * lstrat63: 举 opens the predicate only as the first character of its word (某某举行, 举办, 举起,
 * 举报): 市委书记某昭举强调, 某建举前往 keep 举 as the given name's last character.
 */
const GLUED = /[乘作在时请以还便开同更再则]$/;
const RAISING = /^[行办起报]/;

/** `last`, the name's last character, is a word glued on before `next` (the character after it). */
export function gluedEnd(last: string, next: string): boolean {
  return GLUED.test(last) || (last === '举' && RAISING.test(next));
}
