/**
 * Reasons extraction records for a program's printed form that the cross-article resolver
 * (programs.ts) reads back: a module of its own so that neither side imports the other.
 */

/** A short name a story declares (（简称“…”）) for a program. */
export const DECLARED_ABBREVIATION = 'abbreviation declared (简称)';
