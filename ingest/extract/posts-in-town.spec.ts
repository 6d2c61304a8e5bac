/**
 * Bare town titles in a story about one town (local45, issue 11; posts-in-town.ts): the office
 * of that town, the bare form as printed an alias; with two towns or none, as before.
 */
import { describe, expect, it } from 'vitest';
import { heldForms, holdsOf, inventedArticle } from '../../tests/kit/articles.ts';

const STORY =
  '青岚镇领导开展节前走访慰问。镇党委书记邝立强走访了困难党员。镇党委副书记、镇长贺文轩慰问了退休干部，镇人大主席祁斌参加。';

describe('a bare town title in a story about one town (posts-in-town.ts)', () => {
  it('is that town’s office', () => {
    expect(holdsOf(STORY)).toEqual([
      '祁斌|青岚镇人大主席',
      '贺文轩|青岚镇党委副书记',
      '贺文轩|青岚镇镇长',
      '邝立强|青岚镇党委书记',
    ]);
  });
  it('keeps the bare form as printed as an alias', () => {
    const forms = heldForms([inventedArticle('a', STORY)]);
    expect(forms).toContain('邝立强|镇党委书记');
    expect(forms).toContain('贺文轩|镇长');
  });
  it('reads no town in a verb before a bare body', () => {
    expect(
      holdsOf('他代表镇党委、镇政府送去祝福。镇党委书记邝立强走访了困难党员。青岚镇领导参加。'),
    ).toEqual(['邝立强|青岚镇党委书记']);
  });
  it('leaves the title alone with two towns or none', () => {
    expect(holdsOf('青岚镇和白沙镇的干部参加。镇党委书记邝立强陪同调研。')).toEqual([]);
    expect(holdsOf('镇党委书记邝立强陪同调研。')).toEqual([]);
  });
});
