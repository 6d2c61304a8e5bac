/**
 * Organisation aliases (things40, issue 13): what was cut from a post title to find its body (a
 * rank, a portfolio) or completed (部 of 部长) leaves a printed piece that is no name of the body.
 * Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../build.ts';
import { inventedArticle as article } from '../../tests/kit/articles.ts';

const orgForms = (text: string) => {
  const g = buildGraph([article('a', text)]);
  return g
    .filterNodes((_, a) => a.type === 'organization')
    .flatMap((k) => [g.getNodeAttribute(k, 'label'), ...(g.getNodeAttribute(k, 'aliases') ?? [])]);
};

describe('organisation aliases (things40)', () => {
  it('keep no rank cut from the role (某大学常务副校长: not 某大学常务)', () => {
    const forms = orgForms('东岭大学常务副校长罗建平代表学校发言。');
    expect(forms).toContain('东岭大学');
    expect(forms).not.toContain('东岭大学常务');
  });
  it('keep no portfolio (某办公厅分管日常工作的副主任)', () => {
    const forms = orgForms('省政府办公厅分管日常工作的副主任罗建平作报告。');
    expect(forms.some((f) => f.includes('分管'))).toBe(false);
  });
  it('keep no piece the head completes (某国卫生部长: not 某国卫生)', () => {
    const forms = orgForms('苏丹卫生部长海达尔当天宣布，多家医院停止运转。');
    expect(forms).toContain('苏丹卫生部');
    expect(forms).not.toContain('苏丹卫生');
  });
  it('keep a known short form as an alias (guard: 中央外办)', () => {
    expect(orgForms('中央外办主任罗建平出席了会议。')).toContain('中央外办');
  });
});
