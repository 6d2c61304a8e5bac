/**
 * Named national courses printed in running text, from the gazetteer (programs-measures.txt:
 * 分级诊疗 as its system is built, 分级诊疗体系建设): blind cctv27a's misses, stop 42. The 20th CPC
 * National Congress report's 山水林田湖草沙一体化保护和系统治理 is a course to follow, junk to the
 * later independent annotations (prog58, program-kinds.ts).
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('national courses of the gazetteer', () => {
  it('leave out a course of governance (…系统治理)', () => {
    expect(programs('各地深入开展山水林田湖草沙一体化保护和系统治理。')).toEqual([]);
  });
  it('name the system built by its building (分级诊疗体系建设 = 分级诊疗制度)', () => {
    expect(programs('要加快推进分级诊疗体系建设。')).toEqual(['分级诊疗制度']);
  });
});
