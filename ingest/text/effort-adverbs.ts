/**
 * Adverbs of effort and of manner that open a clause of work (切实增强, 全面提升, 认真谋划, 充分发挥):
 * the one list, read by the rules that find such a clause glued before a name (park-glued-words.ts,
 * park-name-starts.ts) or inside a would-be sector (industries.ts). Where a rule's set differs from
 * these, the difference is spelled in the rule with why (`[...WORK_ADVERBS, '加快']`).
 */

/**
 * Adverbs of effort whose every set phrase in jieba's dictionary (tag l) is a verb's (切实增强,
 * 不断完善, 大力发展): such a phrase opening a would-be sector makes it a clause (industries.ts).
 */
export const EFFORT_ADVERBS = [
  '切实',
  '不断',
  '全面',
  '大力',
  '着力',
  '积极',
  '努力',
  '持续',
  '进一步',
];

/**
 * With the adverbs of manner and scope (认真, 全力, 深入, 统筹, 充分): all open a clause of work
 * before a park (认真谋划园区, 充分发挥开发区…作用). They stay out of EFFORT_ADVERBS because some of
 * their set phrases are nouns (充分就业, 统筹学), no clause.
 */
export const WORK_ADVERBS = [...EFFORT_ADVERBS, '认真', '全力', '深入', '统筹', '充分'];
