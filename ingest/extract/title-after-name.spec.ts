/** Titles printed after the name, on invented sentences (title-after-name.ts). */
import { describe, expect, it } from 'vitest';
import { holdsOf } from '../../tests/kit/articles.ts';

describe('a local title after the name', () => {
  it('reads 某某副区长 as 副区长某某', () => {
    expect(holdsOf('督查组到我区检查，陈二凡副区长陪同督查。')).toEqual(['陈二凡|副区长']);
  });
  it('gives 副书记 after a name the committee printed before it', () => {
    expect(holdsOf('区委马六平副书记到辖区督导安全生产工作。')).toEqual(['马六平|区委副书记']);
  });
  it('gives 书记 after a name the 省委 printed before it, after a verb (落实省委某某书记的批示)', () => {
    expect(holdsOf('要认真贯彻落实省委马六平书记的批示精神。')).toEqual(['马六平|省委书记']);
    expect(holdsOf('市纪委马六平书记到辖区督导。')).toEqual([]);
  });
  it('gives a speaker the title in brackets before the colon (某某（某县县委书记）：)', () => {
    expect(holdsOf('产业发展很快。\n柯立山（某县县委书记）：我们将加大投入。')).toEqual([
      '柯立山|某县县委书记',
    ]);
    expect(holdsOf('产业发展很快。\n柯立山（化名）：我们很满意。')).toEqual([]);
  });
  it('gives each item of a list the title in brackets after it (甲(县委副书记)、乙)', () => {
    expect(
      holdsOf('县领导田立、郭东峰(县委副书记)、周晓燕、马东(县委常委、组织部部长)出席。'),
    ).toEqual(['郭东峰|县委副书记', '马东|县委常委', '马东|县委组织部部长']);
    expect(holdsOf('获奖者王东明(女)、李华东(东岭大学)出席。')).toEqual([]);
  });
  it('leaves an assistant and a committee-less 副书记 alone', () => {
    expect(holdsOf('陈二凡副区长助理介绍了情况。')).toEqual([]);
    expect(holdsOf('会上，马六平副书记讲话。')).toEqual([]);
  });
  it('reads 某某代县长 as 代县长某某 (an acting head)', () => {
    expect(holdsOf('5月3日，县委副书记柯立主持会议，许德明代县长作了讲话。')).toEqual([
      '柯立|县委副书记',
      '许德明|代县长',
    ]);
  });
});
