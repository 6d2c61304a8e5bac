/**
 * A bare township title in a story about one town (local44, issue 11): the town's office, the bare
 * form as printed an alias; none where the story names no town or two of that level.
 */
import { describe, expect, it } from 'vitest';
import { heldForms, holdsOf, inventedArticle } from '../../tests/kit/articles.ts';
import { townsIn } from './posts-in-town.ts';

const forms = (text: string) => heldForms([inventedArticle('a', text)]);

describe('a bare township title (posts-in-town.ts)', () => {
  it('is the office of the one town the story names with its leaders or bodies', () => {
    const held = forms(
      '新春将至，青禾镇领导开展走访慰问。镇党委书记韦成走访了退休干部。镇党委副书记、镇长柏明远代表镇党委、镇政府看望了困难家庭。',
    );
    expect(held).toContain('韦成|青禾镇党委书记');
    expect(held).toContain('韦成|镇党委书记');
    expect(held).toContain('柏明远|青禾镇镇长');
    expect(held).toContain('柏明远|镇长');
  });
  it('reads a street named after a verb (到某街道) without the verb', () => {
    expect([
      ...(townsIn('领导到桂园街道调研，桂园街道党工委书记韦成汇报。').get('街道') ?? []),
    ]).toEqual(['桂园街道']);
  });
  it('stays a role where two towns or none are named', () => {
    expect(holdsOf('镇党委书记韦成走访了退休干部。')).toEqual([]);
    expect(
      holdsOf('青禾镇领导和石桥镇领导开展走访。镇党委书记韦成走访了退休干部。').filter((h) =>
        h.startsWith('韦成'),
      ),
    ).toEqual([]);
  });
});
