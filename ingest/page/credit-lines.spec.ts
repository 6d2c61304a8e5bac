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
  it('keeps a slash credit on its own line, not a heading that starts a story (lpeople56)', () => {
    for (const line of [
      '文/柯明远 图/谭立山',
      '（记者 柯明远/文 谭立山/图）',
      '文/图 柯明远',
      '文字/柯明远 韦成',
    ])
      expect(classifyLine(line, false).kind).toBe('credit');
    expect(classifyLine('春天/来了', false).kind).toBe('heading');
    expect(classifyLine('上海/北京 双城记', false).kind).toBe('heading');
  });
  it('keeps 甲摄影报道 and a media centre with its reporters (某县融媒体中心 甲 乙) as credits', () => {
    expect(classifyLine('柯明远摄影报道', false).kind).toBe('credit');
    expect(classifyLine('青禾县融媒体中心 柯明远 韦成', false).kind).toBe('credit');
    expect(classifyLine('青禾县融媒体中心揭牌', false).kind).toBe('heading');
  });
  it('keeps the labels and names of a page head’s meta line, without its date and read count', () => {
    expect(
      classifyLine('2021-03-09 10:12:30 编辑: 柯明远 审核人:谭立山 阅读次数:1024 |', false),
    ).toEqual({ text: '编辑: 柯明远 审核人:谭立山', kind: 'credit' });
  });
  it('keeps the credits after a page head’s date and source label, empty or not', () => {
    expect(classifyLine('2018-05-06 18:40:26来源: 作者: 编辑: 柯明远', false)).toEqual({
      text: '作者: 编辑: 柯明远',
      kind: 'credit',
    });
    expect(classifyLine('2018-05-06 18:40 来源: 某某网 编辑: 柯明远', false)).toEqual({
      text: '编辑: 柯明远',
      kind: 'credit',
    });
    expect(classifyLine('2016-03-24 17:02 来源:某某网', false).kind).not.toBe('credit');
  });
  it('keeps labels with a slash for the colon and padded names (编辑/甲 乙  审核/丙 丁: blocal-i)', () => {
    expect(classifyLine('编辑/韦 成  审核/柏 明  监制/谭立山', false).kind).toBe('credit');
  });
});
