/** Posts, junk17 (issue 13): one delegation printed with and without its purpose (invented names). */
import { describe, expect, it } from 'vitest';
import { postAliasMap } from './post-aliases.ts';

describe('posts, junk17', () => {
  it('takes a delegation printed with and without its purpose for one (某国代表团团长)', () => {
    const map = postAliasMap(['法国代表团团长', '法国谈判代表团团长', '德国代表团成员']);
    expect(map.get('法国代表团团长')).toBe('法国谈判代表团团长');
    expect(map.has('德国代表团成员')).toBe(false);
    // Two delegations of one country so qualified: which one is not said.
    const two = postAliasMap(['法国代表团团长', '法国谈判代表团团长', '法国议会代表团团长']);
    expect(two.has('法国代表团团长')).toBe(false);
  });
});
