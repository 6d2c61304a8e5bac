/**
 * Posts on invented sentences modelled on national news (people20, issue 11, from the development
 * gold cctv24j and fresh 新闻联播 of February 2022): long offices (an ordinal campaign's group, a
 * quoted campaign inside a body's name, a deputy's portfolio) and a verb of punishing before a title.
 */
import { describe, expect, it } from 'vitest';
import { holdsOf } from '../../tests/kit/articles.ts';

describe('long offices printed whole', () => {
  it('keeps an ordinal campaign’s leading group (第三次…普查领导小组组长) as one office', () => {
    expect(holdsOf('国务院副总理、第三次全国土地普查领导小组组长王建明在京调研。')).toContain(
      '王建明|第三次全国土地普查领导小组组长',
    );
  });
  it('keeps a quoted campaign inside a body’s name (推进“…”建设工作领导小组组长)', () => {
    expect(holdsOf('国务院副总理、推进“西部通道”建设工作领导小组组长王建明主持召开会议。')).toEqual(
      ['王建明|国务院副总理', '王建明|推进“西部通道”建设工作领导小组组长'],
    );
  });
  it('keeps what a deputy is in charge of (负责…事务的副主任)', () => {
    expect(holdsOf('某国总统办公室负责经济事务的副主任卡米迪表示，双方将继续对话。')).toEqual([
      '卡米迪|某国总统办公室负责经济事务的副主任',
    ]);
  });
});

describe('a verb of punishing before a title', () => {
  it('cuts 给予 off the office (给予某县县委书记某某…处分)', () => {
    // 青河县县委 is 青河县委, one name for the county's committee (resolve/government-forms.ts).
    expect(holdsOf('调查组通报问责情况，给予青河县县委书记马成撤销党内职务处分。')).toEqual([
      '马成|青河县委书记',
    ]);
  });
});
