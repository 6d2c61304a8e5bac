/**
 * Post titles: "<organisation>[<internal body>]<role>", in chains joined by 、 and 兼 where a
 * bare role shares the organisation before it (市经信委党组书记、主任 -> 市经信委党组书记 +
 * 市经信委主任).
 */
import { gazetteer } from '../gazetteer/index.ts';

export interface PostTitle {
  /** Canonical title (organisation aliases resolved). */
  label: string;
  /** Title as printed, after shared-prefix expansion. */
  printed: string;
  organization: string;
  role: string;
  former: boolean;
}

const g = gazetteer();
/** Roles by their last code unit, longest first: suffix tests without slicing (hot). */
const rolesByEnd = new Map<number, string[]>();
for (const r of [...g.roles].sort((a, b) => b.length - a.length)) {
  const end = r.charCodeAt(r.length - 1);
  rolesByEnd.set(end, [...(rolesByEnd.get(end) ?? []), r]);
}
const ROLE_END_FLAGS = new Uint8Array(65536);
for (const end of rolesByEnd.keys()) ROLE_END_FLAGS[end] = 1;
const SPACE = 0x20;
const DE = '的'.charCodeAt(0);

/** Cheap test (hot loop): can a role word end just before position i? */
export function mayEndRole(text: string, i: number): boolean {
  if (i < 1) return false;
  const prev = text.charCodeAt(i - 1);
  if (ROLE_END_FLAGS[prev]) return true;
  return (prev === SPACE || prev === DE) && i >= 2 && ROLE_END_FLAGS[text.charCodeAt(i - 2)] === 1;
}
/** Roles that name their own organisation (市长 = head of the city government). */
const SELF_CONTAINED = /^(常务)?副?(市长|区长|县长|省长|镇长|乡长|州长|旗长)$/;
const INDEPENDENT_ORG = /^(市|区|县|省|州|镇|乡|全国|中央|国家|中共|中国|党的|国务院)/;
const FORMER = /^(时任|原任|原|曾任|前任)/;
const CURRENT = /^(现任|新任)/;
const orgCanonical = new Map<string, string>();
for (const group of g.orgAliases) for (const name of group) orgCanonical.set(name, group[0]!);

/** The longest role word that ends `text`, if any. */
export function roleSuffix(text: string): string | undefined {
  return roleEndingAt(text, text.length);
}

/** `roleSuffix(text.slice(0, end))` without the slice. */
export function roleEndingAt(text: string, end: number): string | undefined {
  const roles = rolesByEnd.get(text.charCodeAt(end - 1));
  if (roles) for (const r of roles) if (endsAt(text, end, r)) return r;
  return undefined;
}

/** `text.slice(0, end).endsWith(word)`. */
export function endsAt(text: string, end: number, word: string): boolean {
  return end >= word.length && text.startsWith(word, end - word.length);
}

interface Parts {
  org: string;
  internal: string;
  role: string;
}

function splitTitle(title: string): Parts | undefined {
  const role = roleSuffix(title);
  if (!role) return undefined;
  let rest = title.slice(0, title.length - role.length);
  const internal = g.orgInternal.find((b) => rest.endsWith(b)) ?? '';
  rest = rest.slice(0, rest.length - internal.length).replace(/(相关|有关)$/, '');
  return { org: rest, internal, role };
}

export function canonicalOrganization(org: string): string {
  return orgCanonical.get(org) ?? org;
}

function startsIndependent(org: string, knownPlaces: (s: string) => boolean): boolean {
  return INDEPENDENT_ORG.test(org) || knownPlaces(org);
}

/**
 * Parse the elements of a title chain (already split at 、 and ，, left to right) into posts.
 * `knownPlaces(text)` says whether text starts with a known place name.
 */
export function parsePostChain(
  elements: string[],
  knownPlaces: (s: string) => boolean,
): PostTitle[] {
  const posts: PostTitle[] = [];
  let base = '';
  for (const element of elements) {
    const former = FORMER.test(element);
    const parts = element.replace(FORMER, '').replace(CURRENT, '').split('兼').filter(Boolean);
    let partBase = base;
    parts.forEach((part, k) => {
      const p = splitTitle(part);
      if (!p) return;
      const selfContained = SELF_CONTAINED.test(part) && !p.org;
      const inherits =
        !selfContained && (!p.org || (k > 0 && !startsIndependent(p.org, knownPlaces)));
      const org = inherits ? partBase : p.org;
      if (!selfContained && !org) return;
      // 涪陵区委副书记、区长 -> 涪陵区区长: a bare head-of-government title takes the area before it.
      const area = selfContained ? /^(.{1,6}?[区县市])(委|政府)/.exec(partBase)?.[1] : undefined;
      const printed = inherits ? partBase + part : area ? area + part : part;
      const canonicalOrg = canonicalOrganization(org);
      posts.push({
        label: canonicalOrg + printed.slice(org.length),
        printed,
        organization: canonicalOrg,
        role: p.internal + p.role,
        former,
      });
      if (!inherits && org) partBase = org;
    });
    base = partBase;
  }
  return posts;
}
