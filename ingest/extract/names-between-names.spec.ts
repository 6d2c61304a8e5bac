import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

// Invented sentences; each reproduces a person missed on real 新闻联播 text (names52-a).
const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('lists of names (name-lists.ts, names-between-names.ts)', () => {
  it('reads an item between two names though its given name is a word (栗文书)', () => {
    expect(names('出席会议的有周立科、栗文书、孙海平等。')).toContain('栗文书');
  });
  it('reads no item between names that is a place (某家村)', () => {
    expect(names('周立科、王家村、孙海平一同出席。')).not.toContain('王家村');
  });
  it("closes a list's last item before a count of its people (和某某两名队员)", () => {
    expect(names('王海明、赵晓东和李广苏两名队员完成了巡逻。')).toContain('李广苏');
  });
});
