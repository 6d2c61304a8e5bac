/**
 * Person–post pairs on invented sentences modelled on national news (pairs12, issue 11, on the
 * unseen days of cctv24d): a message congratulating a president on taking office (致电某某，祝贺
 * 他就任…总统), a month pointed at after a title and a name (外长某某上月宣布).
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

describe('a month pointed at after a title and a run of sounds', () => {
  it('ends the name before 上月 and keeps the title (外长卡罗斯上月宣布)', () => {
    expect(holdsOf('某国外长卡罗斯上月宣布，终止两国防务合作协议。')).toEqual(['卡罗斯|某国外长']);
  });
  it('and before 下月 (外长卡罗斯下月访问某国)', () => {
    expect(holdsOf('某国外长卡罗斯下月将访问某国。')).toEqual(['卡罗斯|某国外长']);
  });
});
