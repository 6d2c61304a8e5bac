import { describe, expect, it } from 'vitest';
import { bestEvidence, rankEvidence } from './evidence.ts';
import { createTupuGraph } from './json/index.ts';

describe('rankEvidence', () => {
  it('puts sentences naming both ends first, folds duplicates, mention-only last', () => {
    const g = createTupuGraph();
    g.addNode('district:南河区', { type: 'district', label: '南河区', aliases: ['南河'] });
    g.addNode('district:东州市', { type: 'district', label: '东州市' });
    const e = 'LOCATED_IN:district:南河区->district:东州市';
    g.addEdgeWithKey(e, 'district:南河区', 'district:东州市', {
      type: 'LOCATED_IN',
      evidence: [
        { article: 'a1', sentence: '南河区召开经济工作会议。' },
        { article: 'a2', sentence: '东州市南河区 新增企业十家。' },
        { article: 'a3', sentence: '南河区召开经济工作会议。' },
        { article: 'a4', sentence: '东州市南河区新增企业十家。' },
        { article: 'a5', sentence: '南河位于东州市北部。' },
      ],
    });
    const ranked = rankEvidence(g, e);
    expect(ranked.map((r) => [r.sentence, r.articles, r.namesBoth])).toEqual([
      ['东州市南河区 新增企业十家。', ['a2', 'a4'], true],
      ['南河位于东州市北部。', ['a5'], true],
      ['南河区召开经济工作会议。', ['a1', 'a3'], false],
    ]);
    expect(bestEvidence(g, [e])?.sentence).toBe('东州市南河区 新增企业十家。');
  });
});
