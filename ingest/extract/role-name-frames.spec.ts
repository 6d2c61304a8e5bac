import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';
import { inVerseLine, placeAfterName } from './role-name-frames.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('frames that make a role-tagged name no person’s (role-name-frames.ts)', () => {
  it('reads no name from a place whose suffix follows it (首都和某某采市，)', () => {
    expect(names('在该国首都和韦特采市，端午活动热闹非凡。')).toEqual([]);
    expect(placeAfterName('和韦特采市长说', 4)).toBe(false);
  });
  it('reads no name from a line of a seven-character couplet (北去不尽秦时水，润泽关中两千年。)', () => {
    expect(names('北去不尽秦时水，润泽关中两千年。')).toEqual([]);
  });
  it('knows a verse line only by a neighbour of the same length closing the couplet', () => {
    const couplet = '春来江水绿如蓝，能不忆江南。';
    expect(inVerseLine(couplet, 2)).toBe(false);
    expect(inVerseLine('北去不尽秦时水，润泽关中两千年。', 12)).toBe(true);
  });
});
