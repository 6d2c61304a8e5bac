import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

// Invented sentences: words read as names that are a monarch's reign or birds (thing-contexts.ts).
describe('words of a reign and names of birds', () => {
  it('reads 登基 after a royal title as the predicate, no name', () => {
    expect(names('新国王登基以来，该国经济稳步发展。')).toEqual([]);
  });
  it('reads birds listed together where birds are seen as birds (湿地里，白鹤和灰鹤…)', () => {
    expect(names('在湿地保护区，白鹤和白枕鹤频繁落脚。')).toEqual([]);
  });
  it('keeps people whose given name is a bird where no birds are spoken of (王鹤, 王雁)', () => {
    expect(names('会上，王鹤和李鹤先后发言。')).toContain('王鹤');
    expect(names('王雁在村里落脚十年。')).toEqual(['王雁']);
  });
});
