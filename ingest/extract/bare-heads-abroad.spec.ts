/**
 * Person–post pairs on invented sentences (pairs44, issue 11): a bare head's title opening a
 * sentence after the story named one international body (bare-heads-abroad.ts).
 */
import { describe, expect, it } from 'vitest';
import { heldForms, holdsOf, inventedArticle } from '../../tests/kit/articles.ts';

const forms = (text: string) => heldForms([inventedArticle('a', text)]);

describe('a bare head’s title after one international body (bare-heads-abroad.ts)', () => {
  it('is that body’s office, the bare title its alias', () => {
    const held = forms('世界气象组织秘书处当天发布报告。秘书长塔拉斯表示，全球变暖仍在加速。');
    expect(held).toContain('塔拉斯|世界气象组织秘书长');
    expect(held).toContain('塔拉斯|秘书长');
    expect(forms('世界卫生组织当天发表声明。总干事谭某塞表示，疫情仍在蔓延。')).toContain(
      '谭某塞|世界卫生组织总干事',
    );
  });
  it('counts a bloc’s short name and its full name as one body', () => {
    expect(
      forms('东盟外长会议当天举行。东南亚国家联盟发表声明。秘书长高某洪表示，各方将加强合作。'),
    ).toContain('高某洪|东南亚国家联盟秘书长');
  });
  it('leaves the title alone after two bodies or a Chinese body', () => {
    expect(
      holdsOf('世界卫生组织和世界贸易组织当天发表声明。总干事谭某塞表示，疫情仍在蔓延。'),
    ).toEqual([]);
    expect(holdsOf('中国国际贸易促进委员会当天举行会议。主席任某鸿表示，将加强合作。')).toEqual([]);
    expect(holdsOf('省红十字会当天发表声明。秘书长王建军表示，将支持各方。')).toEqual([]);
  });
});
