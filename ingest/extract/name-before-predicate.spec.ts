import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

// Invented sentences: a three-character name after a title, before an official's predicate.
describe('a name after a title before a meeting predicate', () => {
  it('keeps a last character the segmenter reads as an adverb (某某才|通报)', () => {
    expect(names('会上，常务副市长林国才通报了全市经济运行情况。')).toEqual(['林国才']);
  });
  it('keeps a last character the segmenter reads as a verb with the next one (某某振|作了讲话)', () => {
    expect(names('副县长郑文振作了讲话，对下一步工作提出要求。')).toEqual(['郑文振']);
  });
  it('leaves a two-character name before a function word and the predicate (某某就此作了说明)', () => {
    expect(names('副县长王强就此作了说明。')).toEqual(['王强']);
    expect(names('副县长王强主持会议。')).toEqual(['王强']);
  });
  it('keeps a last character the segmenter reads as a verb before 关于 (某某立|关于…的指示)', () => {
    expect(names('按照常务副主席蓝海立关于做好搬迁工作的指示，')).toEqual(['蓝海立']);
  });
  it('reads every meeting verb of the lexicon, the one list the name followers read (列席, 宣读)', () => {
    expect(names('会上，常务副市长林国才列席会议。')).toEqual(['林国才']);
    expect(names('副区长郑国才宣读了表彰决定。')).toEqual(['郑国才']);
  });
});
