/** The manufacturing renovation project read whole (gazetteer programs-policies.txt): invented sentences. */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('the manufacturing renovation project (programs-policies.txt)', () => {
  it('reads the project joined to equipment renewal as one, not as the “两新” programme', () => {
    expect(programs('某市深入实施制造业重大技术改造升级和大规模设备更新工程，工厂焕新。')).toEqual([
      '制造业技术改造升级工程',
    ]);
  });
  it('reads it with its halves the other way round (pjunk59)', () => {
    expect(programs('东岭加快实施制造业大规模设备更新和技术改造升级工程。')).toEqual([
      '制造业技术改造升级工程',
    ]);
  });
});
