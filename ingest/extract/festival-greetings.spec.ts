import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('festivals and parallel items are no names (people37)', () => {
  it('reads no name from a greeting of a festival (贺新春) nor from a festival joined by a dot', () => {
    expect(names('村里举办“舞龙灯 贺新春 猜灯谜”民俗活动。')).toEqual([]);
    expect(names('某地举办欢乐春节·江南雅韵主题音乐会。')).toEqual([]);
    // A dotted name without a festival and a name by sight stay.
    expect(names('贺新民介绍，村里举办了民俗活动。')).toContain('贺新民');
  });
  it('reads no name from the first word of three parallel items (高颜值生态)', () => {
    expect(names('高品质教育取得新进展、高颜值生态呈现新气象、高效率服务迈上新台阶。')).toEqual([]);
    // Clauses that open with a name and its verb stay.
    expect(names('高建华主持会议，高志国介绍情况，高振东作总结。')).toEqual([
      '高建华',
      '高志国',
      '高振东',
    ]);
  });
});
