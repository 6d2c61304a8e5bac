/**
 * Named strategies of local news read by the suffix rules and the gazetteer (lstrat48-l, issue 13;
 * invented sentences): a quoted strategy placed (摆在) rather than carried out, a reform of a
 * field's way of paying, each of the five revitalizations apart, the county medical community.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('named strategies of local news', () => {
  it('reads a quoted strategy a verb of placing follows', () => {
    expect(programs('市政协提出，要把“农业强市”战略摆在突出位置。')).toEqual(['农业强市战略']);
  });
  it("names a reform of a field's way of paying", () => {
    expect(programs('县医保局将深化医保支付方式改革，控制费用增长。')).toEqual([
      '医保支付方式改革',
    ]);
  });
  it('keeps the industrial revitalization of villages apart from rural revitalization', () => {
    expect(programs('要以乡村产业振兴带动乡村振兴。').sort()).toEqual(['乡村产业振兴', '乡村振兴']);
  });
  it('names the county medical community built', () => {
    expect(programs('卫健局加快推进县域医共体建设。')).toEqual(['紧密型县域医共体建设']);
  });
});
