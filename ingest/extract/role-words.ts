/**
 * The role words a title ends with (gazetteer roles.txt), read backwards from a position. Apart
 * from posts.ts so that the files posts.ts imports (shared-heads.ts, clause-cut.ts) can read a
 * title's role themselves instead of being handed posts.ts's reader: no import runs round a cycle.
 */
import { gazetteer } from '../gazetteer/index.ts';
import { wordIndex } from '../text/word-index.ts';

/** Roles read backwards: the longest role ending at a position without slicing (hot). */
export const roles = wordIndex(gazetteer().roleWords);
const ORG_AFTER_ROLE = new Uint8Array(65536);
for (const ch of '会团处组') ORG_AFTER_ROLE[ch.charCodeAt(0)] = 1;
const LAW = '法'.charCodeAt(0);
const LAW_NAME_END = /^(》|」|修正|修订|草案|实施|的决定)/;

/** The longest role word that ends `text`, if any. */
export function roleSuffix(text: string): string | undefined {
  return roleEndingAt(text, text.length);
}

/** `roleSuffix(text.slice(0, end))` without the slice. */
export function roleEndingAt(text: string, end: number): string | undefined {
  // 委员会主任, 代表团团长, 书记处, 专家组: the role word runs on into an organisation's name.
  if (ORG_AFTER_ROLE[text.charCodeAt(end)] === 1) return undefined;
  // 《…代表法》, 代表法修正草案: the role word runs on into the name of a law.
  if (text.charCodeAt(end) === LAW && LAW_NAME_END.test(text.slice(end + 1, end + 3)))
    return undefined;
  return roles.longestEndingAt(text, end);
}
