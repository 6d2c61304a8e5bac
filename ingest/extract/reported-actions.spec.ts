/**
 * Programs, programs27 (issue 13): names read whole when a verb or a clause follows them, and a
 * gazetteer action carried out with its 行动 left off. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('programs27, names followed by a clause', () => {
  it('reads an action whose progress is reported', () => {
    expect(programs('会议听取南岭河道清淤攻坚三年行动进展情况汇报。')).toEqual([
      '南岭河道清淤攻坚三年行动',
    ]);
    // 进展 after a kind of action (联合行动) still names none.
    expect(programs('各方采取联合行动进展缓慢。')).toEqual([]);
  });

  it('reads an action carried out across the country', () => {
    expect(programs('随着乡镇卫生院服务提升行动在全国深入实施，村民看病更方便。')).toEqual([
      '乡镇卫生院服务提升行动',
    ]);
    expect(programs('我们的行动在全国推进。')).toEqual([]);
  });

  it('takes a gazetteer action carried out without its 行动 for that action', () => {
    expect(programs('东岭区大力实施城市更新。老街换了新颜。')).toEqual(['城市更新行动']);
    // Projects of a kind counted, no program.
    expect(programs('东岭区今年实施城市更新项目30个。')).toEqual([]);
  });
});
