/**
 * A chain's titles abroad (posts.ts parsePostChain): the country a bare state body or a second
 * minister's title takes from the title before it, and a clause before a country's title cut.
 */
import { gazetteer } from '../gazetteer/index.ts';
import {
  CURRENT,
  FORMER,
  roleEndingAt,
  roleSuffix,
  splitTitle,
  startsIndependent,
} from './posts.ts';

const g = gazetteer();

/** A state's own bodies, printed without the country (国务委员会, 政府, 内阁, 外交部). */
const BARE_STATE_BODY =
  /^(国务|国家|国务委员会|政府|内阁|议会|国会|国民议会|总统府|外交部|国防部|武装部队)$/;

/** The foreign country a chain's earlier title starts with, for a bare state body after it. */
export function stateOf(org: string, base: string): string | undefined {
  if (!BARE_STATE_BODY.test(org) || !base) return undefined;
  for (let n = Math.min(6, base.length); n >= 2; n--) {
    const country = base.slice(0, n);
    if (g.countries.has(country)) return country === '中国' ? undefined : country;
  }
  return undefined;
}

/**
 * 不排除某某与某国总统: a clause ending in 与/同 before a country's title is no part of it. A head
 * that starts with a country or place (中国与某国合作委员会主任) is an organisation's name.
 */
export function cutBeforeCountry(element: string, knownPlaces: (s: string) => boolean): string {
  for (let k = 2; k <= 10 && k < element.length - 3; k++) {
    if (element[k] !== '与' && element[k] !== '同') continue;
    const rest = element.slice(k + 1);
    if (!roleSuffix(rest) || !startsWithCountry(rest)) continue;
    const head = element.slice(0, k);
    return roleSuffix(head) || startsWithCountry(head) || knownPlaces(head) ? element : rest;
  }
  return element;
}

export function startsWithCountry(text: string): boolean {
  for (let n = 2; n <= 8 && n <= text.length; n++)
    if (g.countries.has(text.slice(0, n))) return true;
  return false;
}

/** Roles of a government that a second, bare title after 和 shares the country of. */
const GOVERNMENT_ROLE = /(总统|总理|首相|外长|部长|国务卿|议长|国王)$/;

/**
 * 以总理某某和国防部长某某: a bare title after 和/与/及 that follows a country's official and
 * their name is that country's (以国防部长). `raw` is the element as printed, `rest` the title
 * left after the clause before it was cut. Undefined when the rest starts with its own country,
 * place or national body, or the clause does not start with a country's title.
 */
export function countryBefore(
  raw: string,
  rest: string,
  knownPlaces: (s: string) => boolean,
): string | undefined {
  const own = splitTitle(rest.replace(FORMER, '').replace(CURRENT, ''));
  // Only a minister's or a head's title shares the country (国防部长, 外长, 国务卿), not another
  // body's (欧盟委员会主席).
  if (!own || own.org.length > 4 || !GOVERNMENT_ROLE.test(own.role)) return undefined;
  if (!raw.endsWith(rest) || startsIndependent(rest, knownPlaces)) return undefined;
  // 芬兰总理某某和时任英国首相某某: a title that names its own country keeps it.
  if ([...g.countries].some((c) => own.org.includes(c))) return undefined;
  const m = /^(.{2,16}?)[和与及]$/u.exec(raw.slice(0, raw.length - rest.length));
  if (!m) return undefined;
  const head = m[1]!;
  for (let end = 2; end <= Math.min(head.length - 2, 10); end++) {
    const role = roleEndingAt(head, end);
    if (!role || !GOVERNMENT_ROLE.test(role)) continue;
    const org = head.slice(0, end - role.length);
    return g.countries.has(org) || g.countryShort.has(org) ? org : undefined;
  }
  return undefined;
}
