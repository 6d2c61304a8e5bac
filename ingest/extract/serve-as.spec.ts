/** The verb 任 after a name and before a role (副县长某某任组长), on invented sentences (serve-as.ts). */
import { describe, expect, it } from 'vitest';
import { holdsOf } from '../../tests/kit/articles.ts';

describe('a name before 任 and a role word', () => {
  it('ends the name before 任 (serve as), the predicate no title of the name', () => {
    expect(holdsOf('成立专班，由副县长王一明任组长。')).toEqual(['王一明|副县长']);
    expect(holdsOf('副县长柯明任指挥长。')).toEqual(['柯明|副县长']);
  });
  it('keeps a 任 ending a name where no role word follows', () => {
    expect(holdsOf('副县长柯德任主持会议。')).toEqual(['柯德任|副县长']);
  });
});

describe('a name before 率 and the group it leads', () => {
  it('ends the name before 率 (lead) where a delegation or team follows', () => {
    expect(holdsOf('区长柯军率代表团来我县考察。')).toEqual(['柯军|区长']);
    expect(holdsOf('副县长柯军率调研组到园区调研。')).toEqual(['柯军|副县长']);
  });
  it('keeps a 率 ending a name where no group follows', () => {
    expect(holdsOf('副县长柯军率主持会议。')).toEqual(['柯军率|副县长']);
  });
});

describe('a name that reads as a word before 率 and the group it leads (lthings63-l)', () => {
  it('ends the name before 率 where the name is also a city’s', () => {
    expect(holdsOf('省商务厅副厅长金华率调研组一行来我县调研。')).toEqual(['金华|省商务厅副厅长']);
  });
});
