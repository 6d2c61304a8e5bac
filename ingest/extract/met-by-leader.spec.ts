import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const postsOf = (text: string, name: string) =>
  findPeople(text, startsWithPlace)
    .find((p) => p.name === name)
    ?.posts.map((x) => x.label);

describe('metByLeader', () => {
  it("reads every name of a list of counterparts after 同 as the leader's counterpart (甲总统、乙总理)", () => {
    // China's premiership is not the second counterpart's office: the corpus decides it.
    expect(postsOf('周立科主席分别同卡洛斯总统、莫里总理举行会晤。', '莫里')).toEqual([]);
    expect(postsOf('周立科主席同卡洛斯总统和莫里总理举行会晤。', '莫里')).toEqual([]);
    expect(postsOf('周立科主席同卡洛斯总统、莫里总理分别通电话。', '莫里')).toEqual([]);
  });
  it('leaves a premier joined to a leader by 和 with the national office (某某主席和某某总理出席)', () => {
    expect(postsOf('周立科主席和吴海明总理出席。', '吴海明')).toEqual(['国务院总理']);
  });
});
