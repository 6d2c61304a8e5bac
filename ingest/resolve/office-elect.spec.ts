/**
 * things40 (issue 13): one node per office and per sector on fresh national news. Invented articles.
 */
import { describe, expect, it } from 'vitest';
import {
  entityNames,
  heldForms,
  inventedArticle as article,
  nodeLabels,
} from '../../tests/kit/articles.ts';

describe('an office-elect (候任)', () => {
  const stories = [
    article('a', '巴西候任总统罗森当天表示，将在就职后推动对话。'),
    article('b', '巴西总统马丁今天在首都会见了来访的代表团。'),
  ];
  it('is the office itself, as 新任 and 前任 are: one node', () => {
    expect(nodeLabels(stories, 'post').filter((l) => l.includes('总统'))).toEqual(['巴西总统']);
  });
  it('keeps the printed form as the office alias, so the pair reads as printed', () => {
    expect(heldForms(stories)).toContain('罗森|巴西候任总统');
  });
  it('after a special region too (某特别行政区候任行政长官)', () => {
    expect(
      nodeLabels(
        [
          article('c', '澳门特别行政区候任行政长官岑家明今天抵达北京。'),
          article('d', '澳门特别行政区行政长官吴国华出席了活动。'),
        ],
        'post',
      ),
    ).toEqual(['澳门特别行政区行政长官']);
  });
});

describe('a green way of running a sector (绿色矿业)', () => {
  it('is the sector itself, as 冬季文旅 is 文化旅游', () => {
    expect(
      entityNames(
        '央企与东岭签署了18个合作项目，涵盖油气、新能源、电网建设、文旅和绿色矿业等重点领域。',
        'industry',
      ),
    ).toContain('矿业');
    expect(
      entityNames(
        '央企与东岭签署了18个合作项目，涵盖油气、新能源、电网建设、文旅和绿色矿业等重点领域。',
        'industry',
      ),
    ).not.toContain('绿色矿业');
  });
});

describe('growth drivers and stages of processing', () => {
  it('新动能产业 names no trade (new growth drivers)', () => {
    expect(
      entityNames('上半年，新动能产业成为轻工业稳步增长的重要支撑。', 'industry'),
    ).not.toContain('动能');
  });
  it('精深加工 with no product names no trade', () => {
    expect(
      entityNames('东岭省打造电工电器、动力电池、精深加工等多个千亿级产业集群。', 'industry'),
    ).toEqual(['动力电池', '电工电器']);
  });
});

describe('a national designation before a sector (国家清洁能源产业高地)', () => {
  it('is the sector itself', () => {
    const found = entityNames('东岭省将建设盐湖基地、国家清洁能源产业高地。', 'industry');
    expect(found).toContain('清洁能源');
    expect(found).not.toContain('国家清洁能源');
  });
});
