/**
 * A party's central committee printed with and without 委员会 (农工党中央 and 农工党中央委员会,
 * dups34: two nodes for one body on cctv22x): 中央 after a party's name already is its central
 * committee, so the 委员会 form is the short one's body, and an office in it the short form's
 * office (…中央委员会常务副主席 → …中央常务副主席). Not a body and its commission in general:
 * 非盟委员会 is the African Union's executive, not the Union (cctv23a's annotation keeps them two).
 */
import type { BodyNames } from './body-names.ts';

export const CENTRAL_COMMITTEE_REASON = 'a central committee printed with and without 委员会';

/** Body and office names printed with …中央委员会… → the same name with …中央…, where that is printed. */
export function centralCommitteeMap({ organization: bodies, post: offices }: BodyNames): {
  organization: Map<string, string>;
  post: Map<string, string>;
} {
  // The short body printed anywhere: alone, or as the body of an office (致公党中央主席).
  const shortBodies = new Set(
    [...bodies, ...offices].flatMap((n) => {
      const m = /^(\p{Script=Han}{2,}?中央)(?!委员会)/u.exec(n);
      return m ? [m[1]!] : [];
    }),
  );
  const short = (n: string) => {
    const m = /^(\p{Script=Han}{2,}?中央)委员会(.*)$/u.exec(n);
    return m && shortBodies.has(m[1]!) ? m[1]! + m[2]! : undefined;
  };
  const organization = new Map<string, string>();
  const post = new Map<string, string>();
  for (const n of bodies) {
    const s = short(n);
    if (s) organization.set(n, s);
  }
  for (const n of offices) {
    const s = short(n);
    if (s) post.set(n, s);
  }
  return { organization, post };
}
