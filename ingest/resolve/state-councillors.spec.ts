/**
 * posts24 (issues 11 and 13): post junk and duplicates, person–post pairs. Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { buildGraph, type ArticleRecord } from '../build.ts';
import { heldForms as held, inventedArticle as article } from '../../tests/kit/articles.ts';

/** The labels of the graph's post nodes. */
const postLabels = (articles: ArticleRecord[]) => {
  const g = buildGraph(articles);
  return g
    .filterNodes((_, a) => a.type === 'post')
    .map((k) => g.getNodeAttributes(k).label as string);
};

describe('国务委员 in a chain', () => {
  it('passes no body of the title before it to the ministry after 兼', () => {
    const labels = postLabels([
      article('a', '中共中央政治局委员、国务委员兼外交部长钱明远当天会见了来访客人。'),
    ]);
    expect(labels.some((l) => l.includes('政治局外交'))).toBe(false);
    expect(
      held([article('a', '中共中央政治局委员、国务委员兼外交部长钱明远当天会见了来访客人。')]),
    ).toContain('钱明远|外交部长');
  });
  it('nor does a former one (中央军委原委员、原国务委员兼国防部部长)', () => {
    const labels = postLabels([
      article('a', '中央军委原委员、原国务委员兼国防部部长梁大烈同志因病逝世。'),
    ]);
    expect(labels).not.toContain('中央军委国防部部长');
    expect(labels).toContain('国防部部长');
  });
});

describe('a special region printed short', () => {
  it('is the region the holder heads elsewhere: one office', () => {
    const labels = postLabels([
      article('a', '在香港特区立法会通过条例后，特区行政长官周志明会见传媒表示欢迎。'),
      article('b', '香港特别行政区行政长官周志明22日签署命令。'),
    ]);
    expect(labels.filter((l) => l.includes('行政长官'))).toEqual(['香港特别行政区行政长官']);
  });
});

describe('a clause glued before a title', () => {
  it('ends at a copula 为 (团长为某总统助理)', () => {
    const pairs = held([article('a', '俄方代表团团长为俄总统助理瓦西里耶夫，成员包括多名官员。')]);
    expect(pairs).toContain('瓦西里耶夫|俄罗斯总统助理');
    expect(pairs.some((p) => p.includes('团长为'))).toBe(false);
  });
  it('ends at 将…经 (某市长某某将会旗经某主席交给…)', () => {
    const pairs = held([
      article('a', '东海市长罗伯逊将会旗经国际泳联主席卡尔森交给下一届主办城市的市长。'),
    ]);
    expect(pairs).toContain('卡尔森|国际泳联主席');
    expect(pairs.some((p) => p.includes('会旗'))).toBe(false);
  });
  it('ends at 就 after a body (某委员会就某国议长…)', () => {
    const pairs = held([article('a', '全国人大外事委员会就美国国会众议长汉森的言论发表声明。')]);
    expect(pairs).toContain('汉森|美国国会众议长');
  });
  it('ends at 对来自…的 (委员会对来自某党的总统)', () => {
    const pairs = held([article('a', '议长要求相关委员会对来自某某党的美国总统莫里森启动调查。')]);
    expect(pairs).toContain('莫里森|美国总统');
  });
  it('leaves out the pronoun 其 after an appointing verb', () => {
    const labels = postLabels([
      article('a', '巴勒斯坦总统阿德南12日任命其安全顾问哈立德·萨利赫为新一任总理。'),
    ]);
    expect(labels.some((l) => l.includes('其'))).toBe(false);
  });
});

describe('a foreign name after 副代表', () => {
  it('is the deputy’s name, 代表 the noun, not the verb', () => {
    const pairs = held([
      article('a', '某国常驻联合国第一副代表波利科夫斯基14日表示，调查工作令人失望。'),
    ]);
    expect(pairs).toContain('波利科夫斯基|某国常驻联合国第一副代表');
  });
});

describe('what is said of a body before its country', () => {
  it('is no part of the office (监管机构某国…局, 主办城市某国…市)', () => {
    const pairs = held([
      article('a', '法国能源监管机构法国电网管理局局长杜邦表示，供应稳定。'),
      article('b', '下届运动会主办城市西班牙巴伦西亚市副市长加西亚致辞。'),
    ]);
    expect(pairs).toContain('杜邦|法国电网管理局局长');
    expect(pairs).toContain('加西亚|西班牙巴伦西亚市副市长');
  });
  it('nor is 根据 before a title', () => {
    const pairs = held([article('a', '根据伊朗最高领袖阿里·卡里米的命令，军方开展演习。')]);
    expect(pairs.some((p) => p.includes('根据'))).toBe(false);
  });
});

describe('two titles printed with no pause', () => {
  it('keeps the deputy’s seat out of the firm’s office and the trade out of the seat', () => {
    const pairs = held([
      article('a', '两会刚结束，全国人大代表江南纺织集团有限公司董事长钱宏发就赶回企业。'),
      article('b', '来自景德镇的陶瓷手艺人全国人大代表余小华分享了经历。'),
    ]);
    expect(pairs).toContain('钱宏发|江南纺织集团有限公司董事长');
    expect(pairs).toContain('余小华|全国人大代表');
  });
});

describe('a national body printed whole, then short in the same story', () => {
  it('is one office, whoever holds it', () => {
    const labels = postLabels([
      article(
        'a',
        '全国人大财经委提出了关于提请审议某法修订草案的议案，财经委副主任委员钱明作了说明。会议听取了全国人大财经委副主任委员孙华作的报告。',
      ),
    ]);
    expect(labels).toEqual(['全国人大财政经济委员会副主任委员']);
  });
});
