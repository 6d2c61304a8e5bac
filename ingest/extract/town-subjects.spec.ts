/** A town named once as a sentence's subject or place of a visit, its titles then bare (local48). */
import { describe, expect, it } from 'vitest';
import { heldForms, holdsOf, inventedArticle } from '../../tests/kit/articles.ts';
import { townsIn } from './level-places.ts';

const forms = (text: string) => heldForms([inventedArticle('a', text)]);

describe('a town opening a sentence as its subject', () => {
  it('gives the bare titles after it that town (青禾镇召开…。镇党委书记某某)', () => {
    const held = forms('3月5日，青禾镇召开春耕动员会。镇党委书记韦成讲话，镇长柏明远主持。');
    expect(held).toContain('韦成|青禾镇党委书记');
    expect(held).toContain('韦成|镇党委书记');
    expect(held).toContain('柏明远|青禾镇镇长');
  });
  it('reads 某镇在…召开 and a visit 到某镇进行', () => {
    expect(holdsOf('石桥镇在镇会议室召开会议。镇党委组织委员韦成主持。')).toEqual([
      '韦成|石桥镇党委组织委员',
    ]);
    expect(
      holdsOf('区领导到石桥镇进行节前检查，镇纪委书记韦成、副镇长柏明远陪同。').filter(
        (h) => !h.startsWith('区'),
      ),
    ).toEqual(['柏明远|石桥镇副镇长', '韦成|石桥镇纪委书记']);
  });
  it('takes no time or order word for a town (最后镇党委副书记…)', () => {
    expect([...(townsIn('青禾镇召开会议。\n最后镇党委副书记韦成讲话。').get('镇') ?? [])]).toEqual([
      '青禾镇',
    ]);
  });
  it("reads a street's discipline committee and a town's portfolio member bare", () => {
    expect(holdsOf('在桂园街道，街道纪工委书记韦成提出意见。')).toEqual([
      '韦成|桂园街道纪工委书记',
    ]);
    expect(holdsOf('青禾镇召开推进会。镇组织委员韦成作培训。')).toEqual(['韦成|青禾镇组织委员']);
  });
});

describe('a town after a county whose name ends in 和 (level-places.ts)', () => {
  it('reads 永和县芝河镇召开 as 芝河镇, not 县芝河镇 (the county’s 和 is no list mark)', () => {
    expect(townsIn('5月6日，永和县芝河镇召开乡村振兴推进会。').get('镇')).toEqual(
      new Set(['芝河镇']),
    );
  });
});
