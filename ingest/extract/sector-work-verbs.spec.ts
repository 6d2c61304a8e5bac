/**
 * Issue 13 (ind59): the verbs of work in policy prose the segmenter does not know (抓实, 厚植: a
 * verb with its result) and an official's 调度 before 产业链 govern the chain and name no trade
 * (industries.ts LEADING_VERB); a sector read inside one word the vocabulary lists (电动汽车) is
 * that word's sector (industry-shapes.ts wordAround). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';
import { wordAround } from './industry-shapes.ts';

const industries = (text: string) => entityNames(text, 'industry');

describe('a verb of work before 产业链', () => {
  it('is no sector, alone', () => {
    expect(industries('该局抓实产业链链长制度，厚植产业链集群发展优势。')).toEqual([]);
    expect(industries('该局全力攻坚，织密产业链协作网络，铸强产业链。')).toEqual([]);
  });
  it('is cut with the county after it, leaving the sector', () => {
    expect(industries('市长主持召开会议，专题调度宜章县锂电产业发展情况。')).toEqual(['锂电']);
  });
});

describe('a sector inside a word the vocabulary lists', () => {
  it('is the word', () => {
    expect(industries('前两个月，电动汽车、集成电路产品出口分别增长两成。')).toEqual(
      expect.arrayContaining(['新能源汽车']),
    );
    expect(industries('前两个月，电动汽车、集成电路产品出口分别增长两成。')).not.toContain(
      '汽车制造业',
    );
  });
  it('keeps a sector inside a word it does not list', () => {
    // 石油化工 is no printed form in the vocabulary: the 化工 read inside it stays a mention of 化工.
    expect(wordAround('推动石油化工转型', 4, '化工')).toBeUndefined();
    expect(wordAround('电动汽车出口', 2, '汽车')).toEqual({ surface: '电动汽车', start: 0 });
  });
});

describe('printed forms of one sector (industry-canonical.txt, ind59)', () => {
  it('reads 文旅融合 as culture and tourism, 锂离子电池 as the lithium battery trade (锂电池)', () => {
    expect(industries('当地大力发展文旅融合产业，文化旅游产业蓬勃发展。')).toEqual(['文化旅游']);
    expect(industries('该县锂电池产业和锂离子电池产业链加快集聚。')).toEqual(['锂电池']);
  });
});

describe('产业 closing a list item that makes things (ind59 probe)', () => {
  it('is cut, as 行业 is', () => {
    expect(
      industries('明确发展方向，以文具制造产业、竹木产业、食品加工产业等为重点，打造产业集群。'),
    ).toContain('文具制造');
    expect(
      industries('明确发展方向，以文具制造产业、竹木产业、食品加工产业等为重点，打造产业集群。'),
    ).not.toContain('文具制造产业');
  });
});
