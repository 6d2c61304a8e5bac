/**
 * The words for a party sent on a visit (党政考察团, 代表团, 调研组, 观摩团): the one list, read by
 * the rules that tell a guest's place from the host's (extract/level-places.ts: a county named
 * before a delegation that comes; resolve/prefecture-home.ts: a city named in a delegation's
 * sentence, or the page's own city sending one).
 */
export const DELEGATIONS = ['考察团', '代表团', '调研组', '观摩团'];

/** One of DELEGATIONS, for a pattern (`(?:${DELEGATION_WORDS})`). */
export const DELEGATION_WORDS = DELEGATIONS.join('|');
