/** Two offices stacked with no pause, the second a state's (invented sentences). */
import { describe, expect, it } from 'vitest';
import { splitStacked as split } from './stacked-titles.ts';
import { roleEndingAt } from './posts.ts';
import { holdsOf } from '../../tests/kit/articles.ts';

describe('stacked titles (stacked-titles.ts)', () => {
  it('splits a bloc office before a state head into two posts', () => {
    expect(split('东盟轮值主席老挝总理', roleEndingAt)).toEqual(['东盟轮值主席', '老挝总理']);
    expect(holdsOf('由东盟轮值主席老挝总理宋赛·西潘敦率领的代表团抵达。')).toEqual([
      '宋赛·西潘敦|东盟轮值主席',
      '宋赛·西潘敦|老挝总理',
    ]);
  });
  it('leaves a mission, a state body or one office whole', () => {
    expect(split('中国驻美国大使', roleEndingAt)).toEqual(['中国驻美国大使']);
    expect(split('美国总统', roleEndingAt)).toEqual(['美国总统']);
    expect(split('伊朗总统办公室主任', roleEndingAt)).toEqual(['伊朗总统办公室主任']);
  });
});

describe('stacked titles: 代表 before a state head', () => {
  it('is a part in a meeting or the verb, not a second office', () => {
    expect(split('非洲国家代表津巴布韦总统', roleEndingAt)).toEqual(['非洲国家代表津巴布韦总统']);
    expect(holdsOf('首相哈立德代表约旦国王阿卜杜拉欢迎来宾。')).not.toContain(
      '阿卜杜拉|哈立德代表',
    );
  });
});
