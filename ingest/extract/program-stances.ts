/**
 * prog50 (issue 13): program-shaped names that the independent annotations judge junk on fresh
 * national news (prog50-a) because they name a stance or internal work, not a program carried out:
 * a consensus (“九二共识”: a principle, as 22x and 24z judge it), a word quoted from an accusation
 * (某国总理指责某军实施“焦土政策”: what one side calls the other's conduct) and the building of a
 * staff (加强“两支队伍”建设, 干部队伍建设: a body's internal work on its people).
 * A gazetteer name stays wherever it is printed.
 */
import type { Mention } from './mentions.ts';
import { canonicalProgram } from './named-programs.ts';
import { clauseBefore } from '../text/sentences.ts';

const CONSENSUS = /共识$/;
const STAFF = /(队伍|班子)建设$/;
/** Verbs of accusing, in the clause before a quoted name. */
const ACCUSING = /指责|谴责|批评|抨击|指控|控诉|斥责|痛斥|声讨/;

export function programStance(text: string, m: Mention): boolean {
  if (canonicalProgram.has(m.name)) return false;
  if (CONSENSUS.test(m.name) || STAFF.test(m.name)) return true;
  if (!/^[“"]/.test(m.surface)) return false;
  return ACCUSING.test(clauseBefore(text, m.start));
}
