import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const people = (text: string) =>
  findPeople(text, startsWithPlace).map((p) => [p.name, p.posts.map((q) => q.label)]);

describe('a name whose given character is a function word, after a title and before a pause', () => {
  it('reads 为 as the given name when a pause follows it (主任某为，)', () => {
    expect(people('镇人大主席团主席柯为，副主席宁海参加。')[0]).toEqual([
      '柯为',
      ['镇人大主席团主席'],
    ]);
  });
  it('keeps a frequent word and a function word before its object as no name', () => {
    expect(people('局长将成为，新的').map((p) => p[0])).toEqual([]);
    expect(people('书记李为群众办实事。').map((p) => p[0])).not.toContain('李为');
  });
});

describe('带队 after a name', () => {
  it('ends the name as 带领 does (区长某浩带队检查)', () => {
    expect(people('县委副书记、县长柏浩带队检查安全生产。').map((p) => p[0])).toEqual(['柏浩']);
  });
});
