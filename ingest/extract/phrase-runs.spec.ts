/**
 * Junk people on invented sentences modelled on national news (pjunk57, issue 13, from the people
 * junk of the development annotations prog56-a and things57-a): kinds of tours and the phrases of
 * a saying read as names in a 、-run, an adjective coordinated by 又, and a power plant's name.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const people = (text: string) => entityNames(text, 'person');

describe('a run of parallel items is no list of names (parallel-phrases.ts phraseRunItem)', () => {
  it('reads no person among kinds of tours sharing their last character', () => {
    expect(people('景区暑期开行亲子游、红色游、康养游等专列。')).toEqual([]);
  });
  it('reads no person among the phrases of a saying (a word and a one-character verb)', () => {
    expect(people('诗中写道：“东风至、白露生、鸿雁来”。')).toEqual([]);
  });
  it('keeps a list of people', () => {
    expect(people('村民王建国、李红梅、张明亮等参加了培训。')).toEqual([
      '张明亮',
      '李红梅',
      '王建国',
    ]);
  });
});

describe('an adjective coordinated by 又 is no person (false-names.ts coordinatedAdjective)', () => {
  it('reads no person in 温馨又热闹 closing a clause', () => {
    expect(people('屋里布置得整洁，温馨又热闹。')).toEqual([]);
  });
});

describe('a power plant is named after a place (thing-contexts.ts institutionAfter)', () => {
  it('reads no person before 风电场 one character on', () => {
    expect(people('位于草原深处的乌兰亭嘎风电场正式投产发电。')).toEqual([]);
  });
});
