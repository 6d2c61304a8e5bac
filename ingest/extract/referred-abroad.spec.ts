/** 该国 / 该组织 / 该研究中心 before a title refer back to the state or body named before (invented). */
import { describe, expect, it } from 'vitest';
import { extractStory } from './index.ts';
import { holdsOf } from '../../tests/kit/articles.ts';

const surfaces = (text: string, post: string) =>
  extractStory(text).entities.find((e) => e.type === 'post' && e.name === post)?.surfaces;

describe('该 + a noun before a foreign title (referred-abroad.ts)', () => {
  it('gives 该国 the state named last before it; the title without 该国 is an alias', () => {
    const text = '秘鲁外交部5日发表声明，宣布召回该国驻德国大使费尔南多·卡斯蒂略。';
    expect(holdsOf(text)).toEqual(['费尔南多·卡斯蒂略|秘鲁驻德国大使']);
    expect(surfaces(text, '秘鲁驻德国大使')).toContain('驻德国大使');
  });
  it('gives 该组织 the armed group or movement named before it', () => {
    const text = '萨赫勒解放运动8日发射火箭弹，该组织领导人阿卜杜勒·卡里姆表示，行动将继续。';
    expect(holdsOf(text)).toEqual(['阿卜杜勒·卡里姆|萨赫勒解放运动领导人']);
    expect(surfaces(text, '萨赫勒解放运动领导人')).toContain('领导人');
  });
  it('gives 该研究中心 the centre of that name; the alias keeps the noun', () => {
    const text = '奥地利多瑙经济研究中心3日发布报告。该研究中心主席鲁道夫·韦伯表示，增长放缓。';
    expect(holdsOf(text)).toEqual(['鲁道夫·韦伯|奥地利多瑙经济研究中心主席']);
    expect(surfaces(text, '奥地利多瑙经济研究中心主席')).toContain('研究中心主席');
  });
  it('gives no office where nothing of that kind was named before', () => {
    expect(holdsOf('该国驻德国大使费尔南多·卡斯蒂略表示，关系良好。')).toEqual([]);
  });
});

describe('该组织 before a description of standing', () => {
  it('gives no office (重要军事领导人 describes, as 高级将领 does)', () => {
    const text = '萨赫勒解放运动8日发表声明，该组织重要军事领导人阿卜杜勒·卡里姆遇袭身亡。';
    expect(holdsOf(text)).toEqual([]);
  });
});
