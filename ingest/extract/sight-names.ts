/**
 * A name with no title, speech verb or 代表 beside it (the sight route of findPeople, people.ts):
 * one jieba splits across a word boundary (split-names.ts) before the name statistics
 * (name-model.ts), which would take jieba's word and cut it short (李广|苏), then a subject that
 * jieba's HMM reads as a new word (new-word-subjects.ts).
 */
import { seenPerson, type PersonFinding, type KnownPlaces } from './facts.ts';
import { nameBySight } from './name-model.ts';
import { newWordSubjectAt } from './new-word-subjects.ts';
import { splitNameAt } from './split-names.ts';

export function bySight(
  text: string,
  i: number,
  knownPlaces: KnownPlaces,
): PersonFinding | undefined {
  const name =
    splitNameAt(text, i, knownPlaces) ??
    nameBySight(text, i, knownPlaces) ??
    newWordSubjectAt(text, i, knownPlaces);
  return name ? seenPerson(name, i) : undefined;
}
