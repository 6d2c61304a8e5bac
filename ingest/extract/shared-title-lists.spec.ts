import { describe, expect, it } from 'vitest';
import { holdsOf } from '../../tests/kit/articles.ts';

// Invented sentences: a title printed before a list of names is each name's (appointments.ts).
describe('a title shared by a list of names', () => {
  it('goes on past a 和 inside the list (甲、乙和丙、丁等: two groups joined in one list)', () => {
    const text = '省人大常委会委员周海平、孙立和钱文斌、郑一鸣等与会同志提出询问。';
    expect(holdsOf(text)).toEqual(
      expect.arrayContaining([
        '孙立|省人大常委会委员',
        '钱文斌|省人大常委会委员',
        '郑一鸣|省人大常委会委员',
      ]),
    );
  });
  it('ends a name before 及 and the next group (甲、乙及委员共20人: 及 is no given name)', () => {
    const text = '县人大常委会主任周海平，副主任孙立、钱文斌、郑静及委员共20人出席了会议。';
    const holds = holdsOf(text);
    expect(holds).toContain('郑静|县人大副主任');
    expect(holds.some((h) => h.startsWith('郑静及'))).toBe(false);
  });
});
