/** Organisations, things21 (issue 13; invented sentence): 时任 before a body dates the post. */
import { describe, expect, it } from 'vitest';
import { resolveOrganization } from './organizations.ts';

describe('organisations, things21', () => {
  it('cuts 时任 from a body cut out of a post (时任某市委书记)', () => {
    expect(resolveOrganization('时任福州市委', '书记').name).toBe('福州市委');
  });
});
