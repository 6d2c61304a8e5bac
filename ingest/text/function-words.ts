/**
 * Function words of one character (虚词: particles, prepositions, conjunctions, adverbs, the
 * copula, and the few verbs the rules treat like them) that rules look for beside a name, a title
 * or a program word: one table, each member with why it is one. A rule reads a named set below and
 * builds its class with `oneOf`; where two rules' sets differ, the difference is spelled there
 * (`without`, `+`), never a fresh copy of the class in the rule. Every set is checked against the
 * table when the module loads, so no set holds a character nobody explained.
 */

/** Every member, with what it does in a clause (why a rule stops a word at it). */
const FUNCTION_WORDS: Readonly<Record<string, string>> = {
  // Particles.
  的: 'structural particle: 某某的讲话, 24岁的某某 (a modifier ends, a noun follows)',
  了: 'aspect particle: 会见了某某 (the verb is done, its object follows)',
  等: 'closes a list: 甲、乙等 (the last item ends)',
  // Conjunctions joining two nouns (甲和乙), most also prepositions (同某国会谈).
  和: 'conjunction: 甲和乙; preposition: 和某某会谈',
  与: 'conjunction: 甲与乙; preposition: 与某某通话',
  及: 'conjunction: 甲及乙',
  同: 'conjunction and preposition: 同某某会谈',
  跟: 'preposition: 跟某某学习',
  或: 'conjunction of alternatives: 甲或乙',
  并: 'conjunction of clauses: 并表示 (and also)',
  而: 'conjunction: 而某某认为 (whereas)',
  且: 'conjunction: 且 (and moreover)',
  但: 'conjunction: 但某某认为 (but)',
  却: 'adverb of contrast: 却 (yet)',
  若: 'conjunction of condition: 若 (if)',
  如: 'conjunction of condition or example: 如 (if, such as)',
  虽: 'conjunction of concession: 虽 (although)',
  因: 'conjunction of cause: 因 (because)',
  故: 'conjunction of result: 故 (therefore)',
  乃: 'copula of written style: 乃 (is, then)',
  // Prepositions.
  在: 'preposition of place and time: 在京, 在会上; adverb of progress: 正在',
  于: 'preposition of written style: 于某日, 位于',
  向: 'preposition of direction: 向某某致意',
  对: 'preposition: 对某某表示感谢 (towards, about)',
  从: 'preposition of origin: 从某地出发',
  由: 'preposition of agent: 由某某主持',
  把: 'preposition of the object: 把某事做好',
  被: 'preposition of the passive: 被某某任命',
  给: 'preposition of the receiver: 给某某写信',
  为: 'preposition: 为某某颁奖; copula: 任命为',
  以: 'preposition of means: 以某身份',
  让: 'causative: 让某某参加',
  将: 'preposition of the object (将某事), adverb of the future (将出席)',
  据: 'preposition of source: 据某某介绍',
  到: 'verb and preposition of arrival: 到某地调研',
  来: 'verb of coming: 来某地考察, 某某来访',
  率: 'verb: 率团 (leads a delegation)',
  作: 'verb: 作报告, 作重要讲话',
  // Adverbs that stand between a subject and its predicate (某某也表示, 某某曾任).
  就: 'adverb: 就 (then, right away); preposition: 就某事 (about)',
  也: 'adverb: 也 (also)',
  还: 'adverb: 还 (still, also)',
  又: 'adverb: 又 (again)',
  则: 'adverb of contrast: 则 (on the other hand)',
  即: 'adverb: 即 (namely, at once)',
  便: 'adverb: 便 (then)',
  再: 'adverb: 再 (again)',
  均: 'adverb: 均 (all)',
  亦: 'adverb of written style: 亦 (also)',
  曾: 'adverb of the past: 曾任',
  已: 'adverb of completion: 已 (already)',
  正: 'adverb of progress: 正 (is doing)',
  都: 'adverb: 都 (all)',
  仍: 'adverb: 仍 (still)',
  遂: 'adverb of written style: 遂 (thereupon)',
  // The copula and the verbs of saying and calling after which a name is quoted.
  是: 'copula: 某某是 (is)',
  称: 'verb of saying: 某某称',
  说: 'verb of saying: 某某说',
  请: 'verb of inviting: 请某某',
  叫: 'verb of naming: 这位叫某某的',
};

/** `chars`, checked to be members of the table (a set of one-character function words). */
function wordsOf(chars: string): string {
  for (const c of chars) if (!(c in FUNCTION_WORDS)) throw new Error(`${c}: not a function word`);
  return chars;
}

/** `chars` without `left` (a set that differs from another on purpose: the difference named). */
export function without(chars: string, left: string): string {
  return [...chars].filter((c) => !left.includes(c)).join('');
}

/** A class of one of `chars`, anchored by the caller's `before` and `after` (^, $). */
export function oneOf(chars: string, before = '', after = ''): RegExp {
  return new RegExp(`${before}[${wordsOf(chars)}]${after}`);
}

/**
 * After which a new word, a name, may start (name-edges.ts, false-names.ts, coordinated-words.ts):
 * particles, prepositions, conjunctions, the copula and the verbs of saying (曾称某某是…, 他说某某…)
 * and calling (这位叫某某).
 */
export const WORD_OPENERS = wordsOf('的了同和与及向对在由把被给为以让将从据是即或跟请称说叫');

/** Conjunctions and adverbs that open a clause before its subject (但|某某维奇认为: sight-pieces.ts). */
export const CLAUSE_OPENERS = wordsOf('但而且就也还又则即便并再却若如虽因故乃');

/** One-character followers that never end a clause (某某正；, 某某为。: name-follow.ts). */
export const LONE_FOLLOWERS = wordsOf('在向对就从为也还则曾已将正率到来和与及是的作');

/**
 * After a title, a word that joins two titles (副总理和国务院总理: 和, 与, 及) or opens the clause
 * the title is the subject of (总监则担心, 局长又强调), so no name starts there (posts.ts
 * joinsTitles). 都 and 曾, common surnames, are left out.
 */
export const TITLE_JOINERS = wordsOf('和与及同并或则就也还又却便即均亦向对在从把被给');

/** Surnames that are also function words: 和孙晋 is 和 + a name, not a name (name-model.ts). */
export const FUNCTION_SURNAMES = wordsOf('和由向同及于从把将对与为以');

/** An adverb or 是 after a clause's subject: 某柔还担任过…, 某龙将此事… (name-model.ts). */
export const SUBJECT_PREDICATES = wordsOf('是就也还曾已又都便将即仍亦遂');

/**
 * A one-character word after a clause's subject, standing alone (某某是国家一级演员, 某某也获得…:
 * names-by-role.ts): SUBJECT_PREDICATES without 便, 即, 仍, 亦, 遂, with 在, 对, 则, 却.
 */
export const SUBJECT_WORDS = wordsOf('是也在对则曾已将还又就都却');

/** What follows a list's last name as its predicate: 某甲和某乙在…, 都是, 均因伤… (name-lists.ts). */
export const LIST_PREDICATES = wordsOf('在都均也是将已就还又曾正');

/**
 * A third character that is a function word before the verb (某某就…, 某某在…), no given name's end
 * (name-before-predicate.ts): adverbs, prepositions, conjunctions, 是 and 的.
 */
export const BEFORE_A_VERB = wordsOf('就也都还又在将正已曾和与及对向把被从同为是的再均亦即');

/** After 因 a name goes on with these (某某因在…, 克莱因说: a name of sounds ending in 因: clause-words.ts). */
export const AFTER_A_NAME = wordsOf('在也则还将曾已的说称和与等');

/**
 * After a program word, what shows it ends its phrase instead of modifying the noun after it
 * (战略导向 modifies; 战略的, 战略和, 战略已 do not: carried-out.ts, quoted-programs.ts).
 */
export const PHRASE_CLOSERS = wordsOf('的和与及等在是为将并已');

/**
 * The conjunctions that join two nouns (甲和乙, 甲与乙, 甲及乙): a pair's or a list's joint, never
 * part of a name or a field beside it (title-chain.ts, story-names.ts, park-zones.ts…).
 */
export const NOUN_CONJUNCTIONS = wordsOf('和与及');

/** Before a partner: 和/与/同/跟某某会谈 (clause-persons.ts, name-tails.ts, story-names.ts). */
export const WITH_PARTNER = wordsOf('和与同跟');

/** After a list's item: a conjunction, or 等 closing it (sight-pieces.ts, short-form-senses.ts). */
export const LIST_JOINTS = wordsOf(NOUN_CONJUNCTIONS + '等');

/**
 * A list's joints: the list mark 、 and the conjunctions of two nouns (甲、乙和丙), where one item
 * ends and the next starts; the characters, for a class in a pattern (`[${ITEM_JOINTS}]`: sector
 * lists in industries.ts, sector-contexts.ts, industry-kinds.ts; titles side by side in
 * writing-titles.ts; birds listed in living-things.ts…). The mark is punctuation, outside the table.
 */
export const ITEM_JOINTS = '、' + NOUN_CONJUNCTIONS;

/*
 * The classes the rules test a character or a string's edge with, built once here from the sets
 * above (one home for each: a rule imports the class, it does not build its own copy).
 */
/** One of NOUN_CONJUNCTIONS (甲和乙: the character is a pair's joint). */
export const NOUN_CONJUNCTION = oneOf(NOUN_CONJUNCTIONS);
/** One of WORD_OPENERS: a name may start after it (曾称某某是…, 这位叫某某), a name ends before it
 * (coordinated-words.ts, four-character-cuts.ts, false-names.ts, name-edges.ts). */
export const OPENS_NAME = oneOf(WORD_OPENERS);
/** One of WITH_PARTNER: a partner's name follows (story-names.ts, name-tails.ts). */
export const BEFORE_PARTNER = oneOf(WITH_PARTNER);
/** One of LIST_JOINTS: a list's item ends before it (sight-pieces.ts, short-form-senses.ts). */
export const LIST_JOINT = oneOf(LIST_JOINTS);
/** PHRASE_CLOSERS opening a string: the program word before it ends its phrase (carried-out.ts,
 * quoted-programs.ts). */
export const PHRASE_CLOSER = oneOf(PHRASE_CLOSERS, '^');
/** A conjunction or 的 after a word or a quote: it goes on into a noun phrase (occupation-names.ts,
 * quoted-programs.ts). */
export const JOINS_ON = oneOf(NOUN_CONJUNCTIONS + '的');
/** One of ITEM_JOINTS (a list's joint); one opening a string (the item before it is one of a list);
 * one closing a string (the item after it is). */
export const ITEM_JOINT = new RegExp(`[${ITEM_JOINTS}]`);
export const OPENS_WITH_JOINT = new RegExp(`^[${ITEM_JOINTS}]`);
export const ENDS_WITH_JOINT = new RegExp(`[${ITEM_JOINTS}]$`);

/** 先后到, 分别赴: an adverb of visiting in turn and 到/赴, the visit that opens a place's name
 * (park-name-starts.ts) or cuts a sector's phrase (industries.ts); jieba may glue the 到 to an
 * unknown name after it (到鲁清/x, blind blocal-m). */
export const VISIT_IN_TURN = '(?:先后|分别|相继|陆续|一同|专程)[到赴]';
