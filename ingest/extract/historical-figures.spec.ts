import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('figures of history', () => {
  it('reads no name after an occupation a dynasty qualifies (战国时期思想家某某)', () => {
    expect(names('这里是纪念战国时期思想家孟子的祠堂。')).toEqual([]);
    expect(names('唐代著名诗人杜甫在此写下诗篇。')).toEqual([]);
  });
  it('keeps the occupation of a living person', () => {
    expect(names('经济学家林毅夫表示，要稳增长。')).toEqual(['林毅夫']);
  });
  it('reads 之孙 (the grandson of) as kinship, not the surname 孙', () => {
    expect(names('他师从孔子之孙子思的弟子。')).toEqual([]);
  });
});
