/**
 * 由副县长王一明任组长, 副县长王明任指挥长: the verb 任 (serve as) right after a name and before
 * a role word is no last character of the name, though 任 is a surname and a given name's
 * character too; the name reader ran it on (王明任). What the person serves as is a predicate,
 * no title printed before the name (lpairs52-l). General rule of Chinese news style.
 */
import { roles } from './role-words.ts';
import { isPlausibleName, surnameLengthOf } from './names.ts';

const DEPUTY = /^(?:常务副|副|总)/;

/** The name without a 任 that opens the predicate 任 + a role word. */
export function withoutServeAs(text: string, start: number, name: string | undefined) {
  if (!name || name.length < 3 || !name.endsWith('任')) return name;
  const after = start + name.length;
  const rank = DEPUTY.exec(text.slice(after, after + 3))?.[0].length ?? 0;
  if (!roles.longestAt(text, after + rank)) return name;
  const short = name.slice(0, -1);
  return isPlausibleName(short, surnameLengthOf(short)) ? short : name;
}
