/**
 * People on invented sentences (people23, issue 11: recall of names with no title before them):
 * a dictionary name opening a clause, a dictionary name before a word its last character opens,
 * a given name jieba reads as a word of its own before a role word.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const people = (text: string) => entityNames(text, 'person');

describe('a dictionary name opening a clause before its predicate (name-model.ts subjectHeldWhole)', () => {
  it('keeps a name opening the sentence before an adverb (某镕基积极…)', () => {
    expect(people('朱镕基积极评价两国经贸合作的成果。')).toEqual(['朱镕基']);
  });
  it('keeps a name after a comma before a verb jieba glues on in the window (某政道请…)', () => {
    expect(people('会后，李政道请几位同事一起讨论。')).toEqual(['李政道']);
  });
  it('reads no name in a dictionary "name" whose given part is a frequent word (高水平)', () => {
    expect(people('会上，高水平推进开放的举措受到欢迎。')).toEqual([]);
  });
});

describe('a dictionary name before a word its last character opens (word-cut-end.ts heldAsName)', () => {
  it('keeps a name jieba reads whole before an adverb (某广生|还向…, not 生还)', () => {
    expect(people('石广生还向来访的企业家介绍了投资环境。')).toEqual(['石广生']);
  });
  it('reads no name where a noun follows (某国石|坊: a stone arch)', () => {
    expect(people('许国石坊是当地一处明代古迹。')).toEqual([]);
  });
});

describe('a given name that is a word of its own before a role (role-after-name.ts parts-word)', () => {
  it('keeps a name whose given name jieba reads as a place (某保国/ns 局长)', () => {
    expect(people('退休职工们都记得王保国局长一句朴实的话。')).toEqual(['王保国']);
  });
  it('keeps a name before 上将 after an occupation (老战士某卫国上将)', () => {
    expect(people('老战士赵卫国上将为展览题词。')).toEqual(['赵卫国']);
  });
  it('reads no name in a zone before its head (高新区主任)', () => {
    expect(people('高新区主任会见了客商。')).toEqual([]);
  });
});
