/**
 * Crafts and farms are no people (pjunk57, issue 13, from the people junk of the development sets
 * pairs50-a and people56-a; invented sentences).
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const people = (text: string) => entityNames(text, 'person');

describe('a craft named 某某号 (thing-contexts.ts craftName)', () => {
  it('reads no person in a satellite’s name', () => {
    expect(people('此次任务还搭载发射了东岭高科号卫星。')).toEqual([]);
  });
});

describe('a farm named after a place (thing-contexts.ts institutionAfter)', () => {
  it('reads no person before 农场', () => {
    expect(people('考察组走访了滨江农垦公司范家岗农场。')).toEqual([]);
  });
});
