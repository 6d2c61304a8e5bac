import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('a name inside 以某某同志为核心的党中央 (core-formula.ts)', () => {
  it('is no mention of the person (blocal-f f11)', () => {
    expect(names('要始终同以钱立明同志为核心的党中央保持高度一致。')).toEqual([]);
  });
  it('leaves the leader a generation of the centre is named after (…为核心的党的第一代中央领导集体)', () => {
    expect(names('以钱立明同志为核心的党的第一代中央领导集体带领人民奋斗。')).toEqual(['钱立明']);
  });
  it('leaves the same name printed elsewhere', () => {
    expect(names('钱立明同志指出，要团结在以钱立明同志为核心的党中央周围。')).toEqual(['钱立明']);
  });
});
