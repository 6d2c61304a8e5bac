/**
 * An envoy's title that prints the principal's name (国家主席某某某特别代表, 某国总统某某特使): the
 * office is the principal's envoy (国家主席特别代表), one seat whoever holds the principal's office;
 * the name is the principal's, not a word of the envoy's body.
 */
import { isPlausibleName } from '../extract/names.ts';
import { foreignSpelled } from './foreign-namesakes.ts';

const PRINCIPAL_NAMED =
  /^(\p{Script=Han}{2,12}?(?:主席|总统|总理|首相|国王|秘书长|总书记))(\p{Script=Han}{2,4})$/u;
const ENVOY = /^(?:特别代表|特使|私人代表)$/;

/**
 * The body of an envoy's office without the principal's name (国家主席某某某 → 国家主席), else the
 * body as printed; the printed title stays the office's alias (posts.ts).
 */
export function envoyBody(org: string, role: string): string {
  if (!ENVOY.test(role)) return org;
  const m = PRINCIPAL_NAMED.exec(org);
  if (m && isPlausibleName(m[2]!)) return m[1]!;
  // 某某某主席特别代表: the principal by name and the address 主席 (CCTV's form for the head of
  // state, 某某某主席 for 国家主席某某某) is the state president's envoy, printed elsewhere 国家主席
  // 某某某特别代表 (dups35: two nodes for one envoy's office on the cctv25r annotation). A Chinese
  // name only: a foreign one's 主席 is some body's, which the title does not say.
  const addressed = ADDRESSED_HEAD.exec(org);
  return addressed && isPlausibleName(addressed[1]!) && !foreignSpelled(addressed[1]!)
    ? '国家主席'
    : org;
}

const ADDRESSED_HEAD = /^(\p{Script=Han}{2,3})主席$/u;
