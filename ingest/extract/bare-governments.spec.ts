/**
 * Posts (things39, issue 13): a bare government after an area's party title, and a document's
 * title that starts with an office. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { entityNames, holdsOf } from '../../tests/kit/articles.ts';

describe('posts (things39)', () => {
  it('gives a bare 人民政府 after an area party title that area', () => {
    // The area's 人民政府 is its 政府, one body however printed (orgs44: resolve/government-forms.ts).
    expect(holdsOf('内蒙古自治区党委常委、人民政府副主席李明远出席。')).toEqual([
      '李明远|内蒙古自治区党委常委',
      '李明远|内蒙古自治区政府副主席',
    ]);
  });
  it('reads a document titled by an office as no holder of it', () => {
    expect(entityNames('会议通过了《东盟卫生部长宣言》。', 'post')).toEqual([]);
    expect(entityNames('会议通过了《东盟卫生部长宣言》。', 'person')).toEqual([]);
  });
  it('cuts a party membership before a one-character body (共和党籍众议长)', () => {
    expect(holdsOf('议员提出动议罢免共和党籍众议长李明远。')).toEqual(['李明远|众议长']);
  });
  it('takes a team member, whose team is not named, for no post', () => {
    expect(holdsOf('团队成员李加明是一位年轻的主播。')).toEqual([]);
  });
  it('cuts a span of time printed before a title (过去一年…代表)', () => {
    expect(holdsOf('过去一年全国人大代表李明远走访了30多家企业。')).toEqual([
      '李明远|全国人大代表',
    ]);
  });
});
