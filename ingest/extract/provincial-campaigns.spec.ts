/**
 * Provincial and national campaigns that cities and prefectures carry out under their names
 * (programs-local.txt, lstrat52-l, issue 13; invented sentences).
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('provincial campaigns carried out locally', () => {
  it("names Liaoning's three-year action of a district's command meeting", () => {
    expect(programs('区长主持召开全面振兴新突破三年行动推进会议，部署下半年工作。')).toEqual([
      '全面振兴新突破三年行动',
    ]);
  });
  it('reads the creation of ethnic unity and progress in every county', () => {
    expect(programs('州里要深化民族团结进步全域创建，推进各项工作。')).toEqual([
      '民族团结进步创建',
    ]);
  });
  it('reads provincial strategies by their quoted short names', () => {
    expect(programs('县委要求持续深化“三抓三促”，积极融入“强首府”。').sort()).toEqual(
      ['三抓三促行动', '强首府战略'].sort(),
    );
    expect(programs('市里深入落实“一主六双”，推进发展。')).toEqual(['一主六双高质量发展战略']);
  });
});
