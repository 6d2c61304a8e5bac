/** Industries, junk18 (issue 13): verbs, negations, groupings and printed forms of one sector (invented sentences). */
import { describe, expect, it } from 'vitest';
import { findIndustries } from '../extract/industries.ts';
import { resolveOverlaps } from '../extract/mentions.ts';
import { resolveSector } from './industries.ts';

const sectors = (text: string) =>
  [
    ...new Set(
      resolveOverlaps(findIndustries(text))
        .map((m) => resolveSector(m.name).name)
        .filter((n): n is string => !!n),
    ),
  ].sort();

describe('sectors, junk18', () => {
  it('cuts 充分发挥 before a quality, which is no sector (充分发挥高端产业引领功能)', () => {
    expect(resolveSector('充分发挥高端').name).toBeUndefined();
    expect(resolveSector('发挥汽车').name).toBe(resolveSector('汽车').name);
  });
  it('takes a negated sector, the high-tech grouping and start-ups for no sector', () => {
    expect(sectors('这十年，东岭的非煤产业增加值占比提升至六成。')).toEqual([]);
    expect(resolveSector('东岭高新技术').name).toBeUndefined();
    expect(resolveSector('文化创业').name).toBeUndefined();
    // 非金属 (three characters) is a sector of its own.
    expect(resolveSector('非金属').name).toBe('非金属');
  });
  it('takes a control system for a technology, and a part named 系统 for a trade', () => {
    expect(resolveSector('工业控制系统').name).toBeUndefined();
    expect(resolveSector('动力电池系统').name).toBe('动力电池系统');
  });
  it('takes one character left after a county for a fragment (某县马产业)', () => {
    expect(resolveSector('昭苏县马').name).toBeUndefined();
  });
  it('reads printed forms of one sector under one name', () => {
    expect(resolveSector('新型材料').name).toBe(resolveSector('新材料').name);
    expect(resolveSector('消费品').name).toBe(resolveSector('消费品工业').name);
    expect(resolveSector('建筑施工').name).toBe(resolveSector('建筑业').name);
    expect(resolveSector('红色文化旅游').name).toBe(resolveSector('红色旅游').name);
    expect(resolveSector('休闲旅游').name).toBe(resolveSector('旅游').name);
  });
});

describe('a demonstrative before 产业园, junk18', () => {
  it('takes 这座 of 这座产业园 for no sector', () => {
    expect(sectors('位于东岭的这座产业园，前身是化工园。')).toEqual([]);
  });
});
