import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const people = (text: string) =>
  findPeople(text, startsWithPlace).map((p) => [p.name, p.posts.map((x) => x.label)]);

describe('a hyphen-joined foreign name before a leader’s title (hyphen-names.ts)', () => {
  it('reads the name and the first secretary’s title after it (和某某-某某第一书记达成)', () => {
    expect(people('双方要落实两国领导人和佩雷斯-卡内罗第一书记达成的共识。')).toContainEqual([
      '佩雷斯-卡内罗',
      ['第一书记'],
    ]);
  });
  it('reads no person from hyphen-joined bodies or places with no title after them', () => {
    expect(people('得票率低于在野的基民盟-基社盟和极右翼政党。')).toEqual([]);
    expect(people('劳德代尔堡-好莱坞国际机场航班被取消。')).toEqual([]);
  });
});
