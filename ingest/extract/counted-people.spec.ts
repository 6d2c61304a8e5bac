import { describe, expect, it } from 'vitest';
import { countedPeopleAt } from './counted-people.ts';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

// Invented sentences (people58): a name without a surname before a list's count of people.
const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('a list closed by a count of people (counted-people.ts)', () => {
  it('reads a Tibetan name before 等N位…代表 (次仁某某等4位基层代表)', () => {
    expect(names('座谈会上，次仁卓嘎等4位基层代表先后发言。')).toContain('次仁卓嘎');
  });
  it('reads a Uyghur name before 等N名…代表 (阿依某某等6名代表)', () => {
    expect(names('会上，阿依古丽等6名少数民族代表先后发言。')).toContain('阿依古丽');
  });
  it('reads each Tibetan name of a list closed by its count', () => {
    expect(names('会上，扎西次仁、格桑卓玛等5位代表先后发言。')).toEqual(
      expect.arrayContaining(['扎西次仁', '格桑卓玛']),
    );
  });
  it('reads a Tibetan name of a name word and one character before 等六位…代表 (才让某)', () => {
    expect(names('会上，才让吉等六位基层代表作了交流发言。')).toContain('才让吉');
  });
  it('counts people only with 名 and 位 (not 等3项, 等5个)', () => {
    expect(countedPeopleAt('等4位基层代表', 0)).toBe(true);
    expect(countedPeopleAt('等十二名同志', 0)).toBe(true);
    expect(countedPeopleAt('等3项任务', 0)).toBe(false);
    expect(countedPeopleAt('等5个村', 0)).toBe(false);
  });
});
