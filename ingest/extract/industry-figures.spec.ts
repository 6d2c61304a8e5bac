/**
 * Words before 产业 that name no trade (blocal-f): a quoted figure of speech, a quality, the
 * second verb of an official's inspection.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const sectors = (text: string) => entityNames(text, 'industry');

describe('no sector', () => {
  it('in a quoted figure of speech', () => {
    expect(sectors('推介黑木耳等农特产品品牌，打造促进农民增收的“黄金产业”。')).toEqual([]);
  });
  it('keeps the same word unquoted as a trade', () => {
    expect(sectors('县里发展黄金产业和铜产业。')).toContain('黄金');
  });
  it('in a quality listed with 特色 and 优势', () => {
    expect(sectors('要求培养一批特色产业、优势产业和品牌产业。')).toEqual([]);
  });
  it('in the second verb of an inspection', () => {
    expect(sectors('县长视察调度产业发展项目建设推进工作。')).toEqual([]);
    expect(sectors('县长调研督导产业发展工作。')).toEqual([]);
  });
});
