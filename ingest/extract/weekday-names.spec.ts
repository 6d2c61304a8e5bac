/** Names opening with a weekday's characters (周四安), on invented sentences (weekday-names.ts). */
import { describe, expect, it } from 'vitest';
import { holdsOf } from '../../tests/kit/articles.ts';

describe('a name after a title that starts like a weekday', () => {
  it('reads 周四安 after its title as the name, not the day 周四', () => {
    expect(holdsOf('县委副书记、政法委书记周四安带队到镇督导。')).toEqual(
      expect.arrayContaining(['周四安|县委副书记']),
    );
    expect(holdsOf('县长周一鸣、副县长柯立参加。')).toContain('周一鸣|县长');
  });
  it('keeps the day where a word or a clause follows it', () => {
    expect(holdsOf('局长周四安排部署工作。')).toEqual([]);
    expect(holdsOf('县长周四在会上说要抓落实。')).toEqual([]);
    expect(holdsOf('县长周二下午主持会议。')).toEqual([]);
  });
});
