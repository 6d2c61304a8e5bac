/**
 * Person–post pairs on invented sentences modelled on national news (pairs12, issue 11, on the
 * unseen days of cctv24d): a message congratulating a president on taking office (致电某某，祝贺
 * 他就任…总统).
 */
import { describe, expect, it } from 'vitest';
import { holdsOf } from '../../tests/kit/articles.ts';

describe('a message on taking office', () => {
  it('names the one congratulated and his office (致电戈罗尔，祝贺他就任…总统)', () => {
    expect(holdsOf('国家主席李明远致电戈罗尔，祝贺他就任某国共和国总统。')).toEqual([
      '戈罗尔|某国共和国总统',
      '李明远|国家主席',
    ]);
  });
  it('still names the one elected (致电马罗尔，祝贺他当选…总统)', () => {
    expect(holdsOf('国家主席李明远致电马罗尔，祝贺他当选某国共和国总统。')).toEqual([
      '李明远|国家主席',
      '马罗尔|某国共和国总统',
    ]);
  });
});
