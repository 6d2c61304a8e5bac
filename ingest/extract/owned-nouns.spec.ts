/** After a title and 的, a word of the dictionary is what the holder owns (blind cctv27b). */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const people = (text: string) => entityNames(text, 'person');

describe('a noun after a title and 的', () => {
  it('is no person, though a surname opens it (关怀, 嘱托)', () => {
    expect(people('号召全体青年把总书记的关怀厚爱转化为奋进动力。')).toEqual([]);
    expect(people('体现了党中央对科研人员的关怀，也激励大家。')).toEqual([]);
  });
  it('leaves a name after a title and 的 a person', () => {
    expect(people('担任镇长的苗青山介绍了情况。')).toEqual(['苗青山']);
  });
});
