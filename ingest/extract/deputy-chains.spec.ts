/**
 * Person–post pairs on invented sentences modelled on national news (pairs17, issue 11, on the
 * unseen days of cctv25s): a deputy's 副 before a head's title is no part of the country the title
 * after 兼 takes, fields joined by 及 inside the title after 兼, a side's lead in talks (牵头人), a
 * bare title after 以及 in a line of one country's officials, and a list's last name after 和.
 */
import { describe, expect, it } from 'vitest';
import { holdsOf } from '../../tests/kit/articles.ts';

describe('a chain joined by 兼 after a deputy head', () => {
  it('gives the title after 兼 the country, not the deputy’s 副 (副首相兼内阁办公厅大臣)', () => {
    expect(holdsOf('泰国副首相兼内阁办公厅大臣颂萨维出席开幕式。')).toEqual([
      '颂萨维|泰国内阁办公厅大臣',
      '颂萨维|泰国副首相',
    ]);
  });
  it('keeps fields joined by 及 inside the title after 兼 (副总理兼能源及水务部部长)', () => {
    expect(holdsOf('印尼副总理兼能源及水务部部长法丽达出席开幕式。')).toEqual([
      '法丽达|印度尼西亚副总理',
      '法丽达|印度尼西亚能源及水务部部长',
    ]);
  });
});

describe("a side's lead in talks", () => {
  it('reads 牵头人 as a title in a chain (中方牵头人、国务院副总理)', () => {
    expect(holdsOf('当天，中欧经贸中方牵头人、国务院副总理王建华在会上致辞。')).toEqual([
      '王建华|中欧经贸中方牵头人',
      '王建华|国务院副总理',
    ]);
  });
});

describe("a team's 牵头人", () => {
  it('gives no post to who gets a team together (某某是腰鼓队的牵头人)', () => {
    const text = '高建东是腰鼓队的牵头人，他告诉记者，演出已经排满了。曹元明是高建东的师父。';
    expect(holdsOf(text)).toEqual([]);
  });
});

describe('a bare title after 以及 in a line of one country’s officials', () => {
  it('gives it the line’s country (财政部长甲以及贸易代表乙)', () => {
    expect(holdsOf('双方牵头人、挪威财政部长贝森斯以及贸易代表格里森举行会谈。')).toContain(
      '格里森|挪威贸易代表',
    );
  });
  it('leaves a title after 和 that names its own country as printed (甲和美国总统特使乙)', () => {
    const holds = holdsOf(
      '挪威和美国今天举行谈判，挪威外长阿拉森和美国总统特使威特森分别率团参加。',
    );
    expect(holds.filter((h) => h.startsWith('威特森'))).toEqual(['威特森|美国总统特使']);
  });
});

describe('a title shared by a list closed by 和', () => {
  it('gives the title to the name after 和 too (副组长甲、乙、丙和丁)', () => {
    expect(holdsOf('筹备小组副组长王建国、李明华和赵卫东参加活动。')).toEqual([
      '李明华|筹备小组副组长',
      '王建国|筹备小组副组长',
      '赵卫东|筹备小组副组长',
    ]);
  });
});
