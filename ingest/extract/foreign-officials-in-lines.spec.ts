/**
 * Posts of foreign officials in news lines (issue 11, kinds found on fresh national days
 * pairs48-a and their invented variants): a bare former title after 与, a Japanese minister's
 * 外相 after 和, a headline's 反对 before a state's short form, and a dictionary name of five
 * sounds before a noun. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { heldForms, holdsOf, inventedArticle } from '../../tests/kit/articles.ts';

const forms = (text: string) => heldForms([inventedArticle('line', text)]).sort();

describe('bare titles after a conjunction (bare-foreign-titles.ts)', () => {
  it('gives a former minister after 与 the country of the line, the printed form an alias', () => {
    const held = forms('以色列反对派领袖甲某与前国防部长加兰科特指责政府推卸责任。');
    expect(held).toContain('加兰科特|以色列国防部长');
    expect(held).toContain('加兰科特|前国防部长');
  });
  it('gives 外相 after 和 the country of the prime minister before it', () => {
    expect(holdsOf('日本首相石川茂和外相岩本健会见了代表团。')).toContain('岩本健|日本外相');
  });
});

describe('a headline verb before a state’s short form (post-clauses.ts LEADING_WORDS 反对)', () => {
  it('cuts 反对 off the title, not the opposition', () => {
    expect(holdsOf('以多地爆发反对以总理内塔尼亚胡的抗议')).toEqual(['内塔尼亚胡|以色列总理']);
    expect(holdsOf('某国反对党领袖达克顿表示，两国关系至关重要。')).toEqual([
      '达克顿|某国反对党领袖',
    ]);
  });
});

describe('a name jieba holds, of five sounds, before a noun (segmenter-names.ts)', () => {
  it('reads the whole name after a title whatever noun follows it', () => {
    expect(holdsOf('民众谴责以色列总理内塔尼亚胡逃避责任。')).toEqual(['内塔尼亚胡|以色列总理']);
  });
});

describe('a soft given character glued to the surname by jieba (names.ts softGivenName)', () => {
  it('reads 来 as a given character where jieba reads surname and 来 as one unknown word', () => {
    expect(holdsOf('国家统计局副局长盛来运介绍，经济运行稳中有进。')).toEqual([
      '盛来运|国家统计局副局长',
    ]);
  });
  it('still reads 来 as a verb after a one-character name', () => {
    expect(holdsOf('局长张来到现场查看。')).not.toContain('张来到|局长');
  });
});

describe('a proper noun of two characters before a time (segmenter-names.ts)', () => {
  it('reads 万斯-like names after a title before 当天 or 在', () => {
    expect(holdsOf('美国副总统万斯当天在白宫表示，谈判仍在进行。')).toEqual(['万斯|美国副总统']);
  });
});

describe('a leader’s title after a name of Chinese shape (leader-titles.ts)', () => {
  it('gives 总理 after the name the state the story prints before the same name', () => {
    expect(holdsOf('国家主席习近平会见印度总理莫明。习近平表示，愿同莫明总理一道努力。')).toEqual([
      '习近平|国家主席',
      '莫明|印度总理',
    ]);
  });
  it('keeps the national office for a name printed with no state', () => {
    expect(holdsOf('国务院总理李强出席。李强总理表示，要稳增长。')).toEqual(['李强|国务院总理']);
  });
  it('reads no state from a pair with China in the sentence before (中泰友谊…以某某总书记为核心)', () => {
    const held = holdsOf(
      '中泰友谊源远流长。泰国议长在致辞中祝愿中国在以习近平总书记为核心的党中央领导下取得更大成就。',
    );
    expect(held).toContain('习近平|中共中央总书记');
    expect(held.some((h) => h.startsWith('习近平|泰国'))).toBe(false);
  });
});
