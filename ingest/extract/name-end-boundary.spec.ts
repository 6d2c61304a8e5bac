import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

// Invented sentences (people58): the adverb 曾 ("once") glued to the name before it.
const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('a name glued to the adverb 曾 (name-end-boundary.ts onceAdverbAt)', () => {
  it('cuts 曾 off a name after an occupation (村民某平曾是贫困户)', () => {
    expect(names('村民刘平曾是贫困户，如今开起了农家乐。')).toEqual(['刘平']);
  });
  it('cuts 曾 off a name after an occupation with an adjective (老党员某明曾是村干部)', () => {
    expect(names('老党员陈明曾是村干部。')).toEqual(['陈明']);
  });
  it('keeps a name jieba reads with 曾 in it before a speech verb (村民王小曾表示)', () => {
    expect(names('村民王小曾表示，日子越过越好。')).toEqual(['王小曾']);
  });
  it('keeps a foreign name before the adverb 曾多次 (总统某某诺曾多次表示)', () => {
    expect(names('总统埃尔马诺曾多次表示支持。')).toEqual(['埃尔马诺']);
  });
});
