/**
 * An envoy's title that prints the principal's name (国家主席某某某特别代表, 某国总统某某特使): the
 * office is the principal's envoy (国家主席特别代表), one seat whoever holds the principal's office;
 * the name is the principal's, not a word of the envoy's body.
 */
import { isPlausibleName } from '../extract/names.ts';

const PRINCIPAL_NAMED =
  /^(\p{Script=Han}{2,12}?(?:主席|总统|总理|首相|国王|秘书长|总书记))(\p{Script=Han}{2,4})$/u;
const ENVOY = /^(?:特别代表|特使|私人代表)$/;

/**
 * The body of an envoy's office without the principal's name (国家主席某某某 → 国家主席), else the
 * body as printed; the printed title stays the office's alias (posts.ts).
 */
export function envoyBody(org: string, role: string): string {
  const m = ENVOY.test(role) ? PRINCIPAL_NAMED.exec(org) : null;
  return m && isPlausibleName(m[2]!) ? m[1]! : org;
}
