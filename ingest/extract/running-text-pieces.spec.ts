import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

// Invented sentences for round people27 (false people on the independent annotations).
const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('pieces of running text read as people (people27)', () => {
  it('reads no name whose given part is an adverb word (党永远, 时再次)', () => {
    expect(names('全会强调，要确保党永远保持同人民群众的血肉联系。')).not.toContain('党永远');
    const met = names('副市长林海在会见企业代表时再次强调安全生产。');
    expect(met).not.toContain('时再次');
    expect(met).toContain('林海');
    // 永新 is a rare adverb in jieba's counts and a given name: the list's name stays.
    expect(names('出席的有王光明、朱永新、李海。')).toContain('朱永新');
  });
});
