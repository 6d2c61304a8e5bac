/** A list sharing the program word 改造 printed once after its last item (invented sentences). */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('gazetteer programs sharing a list’s 改造 (shared-renovations.ts, pjunk60)', () => {
  it('reads each item that makes a gazetteer name with the shared word', () => {
    expect(programs('会议要求加快推进城镇老旧小区、街区、厂房和城中村等改造。').sort()).toEqual([
      '城中村改造',
      '城镇老旧小区改造',
    ]);
  });
  it('reads nothing from an item that makes no gazetteer name', () => {
    expect(programs('东岭加快推进街区、厂房等改造。')).toEqual([]);
  });
});
