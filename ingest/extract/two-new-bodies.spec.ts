/** “两新”工委 (the party's committee of new economic and social organisations) is a body, not the
 * 两新 policy (named-programs.ts; lthings52-l; invented sentence). */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

describe('“两新”工委', () => {
  it('names no program', () => {
    expect(entityNames('市委“两新”工委书记王立到园区调研党建工作。', 'program')).toEqual([]);
  });
});
