/** A partner's quoted strategies listed before 等发展战略 (aligned-strategies.ts): invented sentences. */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('quoted strategies listed before a strategy word (aligned-strategies.ts)', () => {
  it('reads each quoted name of the list', () => {
    expect(programs('双方同意推动合作同某国“工业振兴”、“数字港湾”等发展战略对接。')).toEqual([
      '工业振兴',
      '数字港湾',
    ]);
  });
  it('reads no quote before a partnership or a layout', () => {
    expect(programs('两国以“互信”、“共赢”等战略伙伴关系原则为指引。')).toEqual([]);
  });
});
