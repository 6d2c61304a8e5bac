import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('a foreign name before a title of address', () => {
  it('reads a run of sounds before a rank, a police or ship title or a noble title (某某将军称)', () => {
    expect(names('负责该项目的莫里森将军称，试验将推迟。')).toEqual(['莫里森']);
    expect(names('拉斯科公爵的军队随后撤退。')).toEqual(['拉斯科']);
  });
  it('keeps a two-sound name there, which by sight alone is too short (某某探长表示)', () => {
    expect(names('负责调查的维诺探长表示，现场已封锁。')).toEqual(['维诺']);
    expect(names('卡罗上将3日称，演习如期举行。')).toEqual(['卡罗']);
  });
  it('reads no name where the title names a residence or a ship (某某公爵府, 某某船长号)', () => {
    expect(names('喷泉以卡萨公爵府的墙面为背景。')).toEqual([]);
  });
});
