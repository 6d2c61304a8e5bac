/**
 * pairs39 (issue 11): a foreign leader printed with a bare glued title (某某总统, 某某总书记) and no
 * office of his anywhere in the corpus, in invented articles: the state comes from the pair the
 * sentence prints with China (中乌, 中越), an ambiguous pair's character read by the one state of
 * the story it opens; a counterpart joined by 和 as by 同.
 */
import { describe, expect, it } from 'vitest';
import {
  entityNames,
  graphHolds as holds,
  inventedArticle as article,
} from '../../tests/kit/articles.ts';

const china = article('a', '中共中央总书记、国家主席钱宏伟出席会议。');

describe('an ambiguous pair (中乌) read by the one state of the story it opens', () => {
  const story = article(
    'b',
    '国务院副总理王大明会见乌兹别克斯坦第一副总理拉赫莫诺夫和伊朗副总统阿赫迈迪。' +
      '在会见拉赫莫诺夫时，王大明说，钱宏伟主席同米尔扎耶夫总统一致决定将中乌关系提升为全面战略伙伴关系。',
  );
  it('gives 乌兹别克斯坦总统 to the counterpart, 总统 as printed', () => {
    const { pairs, alias } = holds([china, story]);
    expect(pairs).toContain('米尔扎耶夫|乌兹别克斯坦总统');
    expect(alias('乌兹别克斯坦总统')).toContain('总统');
  });
  it('gives none where the story names both states 乌 may open', () => {
    const both = article(
      'c',
      '王大明会见乌兹别克斯坦副总理拉赫莫诺夫和乌克兰副总理阿赫迈迪。' +
        '王大明说，钱宏伟主席同米尔扎耶夫总统一致决定将中乌关系提升为全面战略伙伴关系。',
    );
    expect(holds([china, both]).pairs.filter((p) => p.startsWith('米尔扎耶夫|'))).toEqual([]);
  });
});

describe('a bare 总书记 in a sentence pairing one state with China', () => {
  it('is that state’s, with no Chinese counterpart beside it', () => {
    const { pairs } = holds([
      china,
      article(
        'b',
        '钱宏伟指出，中越是友好邻邦。去年我对越南进行国事访问，同阮文庆总书记共同宣布构建中越命运共同体。',
      ),
    ]);
    expect(pairs).toContain('阮文庆|越南总书记');
  });
});

describe('a counterpart joined by 和', () => {
  const text = '王大明表示，在钱宏伟总书记和苏平总书记战略引领下，中越关系保持良好发展势头。';
  it('reads the name after 和 before a head’s title', () => {
    expect(entityNames(text, 'person')).toContain('苏平');
  });
  it('gives the counterpart his state’s office', () => {
    expect(holds([china, article('b', text)]).pairs).toContain('苏平|越南总书记');
  });
});
