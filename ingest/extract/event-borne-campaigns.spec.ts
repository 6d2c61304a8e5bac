/** A campaign quoted inside the name of the event that serves it (lstrat60-l, issue 13; invented sentences). */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('campaigns borne by events', () => {
  it('reads the campaign a meeting carries on before 暨', () => {
    expect(programs('全市召开持续深化“五比五看、八项攻坚”暨项目建设动员大会。')).toContain(
      '五比五看、八项攻坚',
    );
  });
  it('reads the campaign projects are signed or started under', () => {
    expect(programs('该县举行“强工兴业”重大项目集中签约活动，签约项目12个。')).toContain(
      '强工兴业',
    );
    expect(programs('全区项目“招大引强”集中开工仪式在园区举行。')).toContain('招大引强');
  });
  it('leaves a meeting’s own name and a plain signing', () => {
    expect(programs('会上召开“创新发展大会”暨表彰会议。')).toEqual([]);
    expect(programs('该县举行重大项目集中签约活动，签约项目12个。')).toEqual([]);
  });
});
