import { describe, expect, it } from 'vitest';
import { createTupuGraph } from '../../graph/json/index.ts';
import { renderReportHtml } from '../../report/render-html.ts';
import { renderReportMarkdown } from '../../report/render-md.ts';

/** Two invented stories, one with a hostile address (a graph from elsewhere may carry one). */
function graph() {
  const g = createTupuGraph();
  const a1 = { type: 'article', label: '青禾县召开产业大会', title: '青禾县召开产业大会' } as const;
  g.addNode('article:d#1', {
    ...a1,
    date: '2026-04-27',
    outlet: '东川日报',
    url: 'https://news.example.cn/a1.html',
  });
  g.addNode('article:d#2', {
    type: 'article',
    label: '白石镇建成冷链中心',
    title: '白石镇建成冷链中心',
    url: 'javascript:alert(1)',
  });
  g.addNode('person:柯明远', { type: 'person', label: '柯明远' });
  g.addNode('person:钟明远', { type: 'person', label: '钟明远' });
  g.addNode('post:青禾县县长', { type: 'post', label: '青禾县县长' });
  g.addNode('post:白石镇镇长', { type: 'post', label: '白石镇镇长' });
  g.addDirectedEdgeWithKey(
    'HOLDS:person:柯明远->post:青禾县县长',
    'person:柯明远',
    'post:青禾县县长',
    {
      type: 'HOLDS',
      evidence: [{ article: 'article:d#1', sentence: '青禾县县长柯明远出席会议。' }],
    },
  );
  g.addDirectedEdgeWithKey(
    'HOLDS:person:钟明远->post:白石镇镇长',
    'person:钟明远',
    'post:白石镇镇长',
    {
      type: 'HOLDS',
      evidence: [{ article: 'article:d#2', sentence: '白石镇镇长钟明远介绍情况。' }],
    },
  );
  return g;
}

describe('report sources', () => {
  it('lists outlet, date and a link to the story (http/https only) in HTML', () => {
    const html = renderReportHtml(graph(), {});
    expect(html).toContain('东川日报');
    expect(html).toContain('<a href="https://news.example.cn/a1.html" rel="noopener noreferrer">');
    expect(html).not.toContain('javascript:');
  });

  it('and in Markdown', () => {
    const md = renderReportMarkdown(graph(), {}, 'r.svg').markdown;
    expect(md).toContain('东川日报');
    expect(md).toContain('<https://news.example.cn/a1.html>');
    expect(md).not.toContain('javascript:');
  });
});
