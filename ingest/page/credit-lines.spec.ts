/**
 * A local site's credit line (./lines.ts EDITOR_CREDIT, local46): labels and names only, a unit
 * before the writer's name, a two-character name padded to three. Kept as a credit (its people
 * read), not dropped as an editors' boilerplate line. Invented names.
 */
import { describe, expect, it } from 'vitest';
import { classifyLine } from './lines.ts';

describe('a local credit line', () => {
  it('keeps 图文/审核领导/编辑/编审 labels with a unit before the first name', () => {
    expect(
      classifyLine('图文:青禾街道柯明远 审核领导:谭立山 编辑:何振邦 韦成 编审:柏明', false).kind,
    ).toBe('credit');
  });
  it('keeps a padded two-character name (编辑:郭  明)', () => {
    expect(classifyLine('(编辑:韦  成)', false).kind).toBe('credit');
  });
  it('still drops an editors’ line that says more than names', () => {
    expect(classifyLine('本文编辑:韦成，转载请注明出处', false).kind).toBe('boilerplate');
  });
  it('keeps a credit in square brackets (【责任编辑:甲】)', () => {
    expect(classifyLine('【责任编辑:何振邦】', false).kind).toBe('credit');
  });
});
