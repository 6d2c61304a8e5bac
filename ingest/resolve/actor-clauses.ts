/**
 * Who acts before a title (types38, issue 13): 某某在某公司董事长某某陪同下 (a visitor and 在),
 * 军事法院依法对某委原委员某某宣判 (a body, an adverb and 对). The clause's subject is a person's
 * name or ends in an adverb of manner; what follows the preposition is the office's own body.
 * Kept apart from posts.ts (near its size limit); title-before.ts asks it.
 */
import { tag } from '../text/segmenter.ts';
import { roleSuffix } from '../extract/role-words.ts';

/** The prepositions that open what is done to or where: 在 (where), 对/向/给 (to whom). */
const PREPOSITION = /^[在对向给]$/;
/** A person's name as the segmenter tags it: a dictionary name (nr…) or an unknown word (x). */
const NAME_TAG = /^(nr|x$)/;
/** An adverb of manner ending the clause: tags d and ad, and the ones jieba tags as nouns (依法/n). */
const ADVERB_TAG = /^(d|ad)$/;
const ADVERB = /^(依法|依规|依纪|依纪依法|依法依规)$/;

/**
 * The length of a clause with its own subject before the title's body (某某在|某公司, 某院依法对|某委),
 * or 0: the preposition is a word of its own, at least two characters of body follow it, and the
 * words before it are one name (after its title, if any) or end in an adverb.
 */
export function actorClauseEnd(org: string): number {
  const words = tag(org);
  let at = 0;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const end = at + w.word.length;
    if (k > 0 && PREPOSITION.test(w.word) && org.length - end >= 2) {
      const before = words.slice(0, k);
      const last = before[k - 1]!;
      // A name alone or after its title (某市长某某在…).
      const title = before.slice(0, -1).map((t) => t.word);
      const titled = k === 1 || roleSuffix(title.join('')) !== undefined;
      const oneName = titled && NAME_TAG.test(last.tag) && /^\p{Script=Han}{2,3}$/u.test(last.word);
      if (oneName || (k >= 2 && (ADVERB_TAG.test(last.tag) || ADVERB.test(last.word)))) return end;
    }
    at = end;
  }
  return 0;
}
