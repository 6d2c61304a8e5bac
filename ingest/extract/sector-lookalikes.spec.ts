/**
 * Industries (things48-a, issue 13): words that read like sectors but name none on fresh national
 * days — a kind of business (新业态), fields of a government's own work, vehicles counted on the
 * spot, and a verb of carrying out before a sector. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const industries = (text: string) => entityNames(text, 'industry');

describe('things that read like sectors (things48)', () => {
  it('takes 新业态 before 产业 for a kind of business, no sector', () => {
    expect(industries('东岭古镇借助“旅游+演艺”等新业态产业焕发活力。')).toEqual([]);
  });
  it('reads a list with a regime or law enforcement as fields of administration', () => {
    expect(industries('两市签署了登记制度、综合执法、政务服务等4个重点领域合作协议。')).toEqual([]);
    // a list of sectors closed by 领域 stays one
    expect(industries('两市在生物医药、新能源汽车等重点领域开展合作。')).toEqual([
      '新能源汽车',
      '生物医药',
    ]);
  });
  it('reads vehicles counted on the spot as things, not trades', () => {
    expect(industries('路口有两辆汽车、摩托车发生剐蹭，无人受伤。')).toEqual([]);
    expect(industries('东岭县积极发展汽车、摩托车产业。')).toEqual(['摩托车', '汽车制造业']);
  });
  it('cuts 深入开展 before a sector', () => {
    expect(industries('要深入开展有机蔬菜产业“123”行动。')).not.toContain('深入开展有机蔬菜');
  });
});
