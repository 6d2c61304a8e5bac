import { describe, expect, it } from 'vitest';
import { createTupuGraph } from '../../graph/json/index.ts';
import { induced } from '../../graph/subgraph/select.ts';
import { computeLayout, overlaps } from '../../graph/export/svg-layout.ts';
import { buildReportModel } from '../../report/model.ts';
import { renderReportHtml } from '../../report/render-html.ts';
import { renderReportMarkdown } from '../../report/render-md.ts';
import { writeSvg as renderSvg } from '../../graph/export/svg.ts';
import { NODE_COLORS } from '../../report/palette.ts';
import { awkwardGraph } from '../kit/synthetic.ts';
import { EXTERNAL, fixture, S1, yubei } from './helpers.ts';

describe('report HTML', () => {
  it('ego network of 渝北区: people, posts, evidence, sources; nothing external', () => {
    const { graph, meta } = yubei();
    const html = renderReportHtml(graph, meta);
    for (const text of [
      '渝北区 关系报告',
      '于会文',
      '渝北区委书记',
      '市人大代表',
      '渝北区委',
      S1,
      '融入新发展格局，推动高质量发展之路越走越宽广',
      'seeds/000_8574181c69006930.txt',
      '2023-01-18',
      'ego network of 渝北区 (district:渝北区), depth 2',
      '2026-11-22 08:00 UTC',
    ])
      expect(html).toContain(text);
    expect(html).toContain('&quot;33618&quot;现代制造业集群体系');
    for (const re of EXTERNAL) expect(html).not.toMatch(re);
    expect(html).toMatch(/font-family:\s*"Noto Sans CJK SC"/);
    expect(html).toContain('<svg class="tupu-graph"');
    expect(html).toContain(NODE_COLORS.person);
  });

  it('people table rows carry posts, organisations, districts and footnotes', () => {
    const { graph, meta } = yubei();
    const m = buildReportModel(graph, meta);
    const yu = m.people.find((p) => p.person.label === '于会文')!;
    expect(yu.posts.map((p) => p.label).sort()).toEqual(['市人大代表', '渝北区委书记']);
    expect(yu.organizations.map((o) => o.label).sort()).toEqual(['市人大', '渝北区委']);
    expect(yu.districts.map((d) => d.label)).toEqual(['渝北区']);
    const note = m.notes[yu.posts[0]!.notes[0]! - 1]!;
    expect(note.sentence.startsWith(S1)).toBe(true);
    expect(m.sources[note.source - 1]!.title).toBe('融入新发展格局，推动高质量发展之路越走越宽广');
    expect(m.counts).toContainEqual({ type: 'person', count: 1 });
  });

  it('parks and programs tables', () => {
    const g = fixture();
    const m = buildReportModel(g, {});
    const park = m.parks.find((p) => p.park.label === '西永微电园')!;
    expect(park.districts.map((d) => d.label)).toEqual(['沙坪坝区']);
    expect(park.industries.map((d) => d.label)).toEqual(['集成电路']);
    const prog = m.programs.find((p) => p.program.label === '科学政务帮2.0')!;
    expect(prog.runners.map((r) => r.label)).toEqual(['西部(重庆)科学城']);
    expect(m.sources.map((s) => s.key)).toContain('article:001_effacc59dcb62e4e#1');
  });

  it('escapes every text', () => {
    const g = createTupuGraph();
    g.addNode('person:<script>alert(1)</script>', {
      type: 'person',
      label: '<script>alert(1)</script>',
    });
    g.addNode('post:"x" & \'y\'', { type: 'post', label: '"x" & \'y\'' });
    g.addEdgeWithKey('e', 'person:<script>alert(1)</script>', 'post:"x" & \'y\'', {
      type: 'HOLDS',
      evidence: [{ article: 'article:<b>', sentence: '<img src=x onerror=alert(1)>' }],
    });
    const html = renderReportHtml(g, { title: '<h1>t</h1>', selection: '<i>s</i>' });
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<i>s</i>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;x&quot; &amp; &#39;y&#39;');
  });
});

describe('report SVG', () => {
  it('is the same bytes for the same input, whatever the insertion order', () => {
    const a = renderSvg(awkwardGraph(70, 150, 3));
    expect(renderSvg(awkwardGraph(70, 150, 3))).toBe(a);
    const g = awkwardGraph(70, 150, 3);
    const reversed = createTupuGraph();
    for (const k of g.nodes().reverse()) reversed.addNode(k, g.getNodeAttributes(k));
    for (const e of g.edges().reverse())
      reversed.addEdgeWithKey(e, g.source(e), g.target(e), g.getEdgeAttributes(e));
    expect(renderSvg(reversed)).toBe(a);
    expect(renderSvg(induced(g, g.nodes()))).toBe(a);
  });

  it('labels never overlap each other or the nodes', () => {
    for (const g of [awkwardGraph(120, 300, 4), fixture()]) {
      const layout = computeLayout(g);
      const boxes = layout.nodes.flatMap((n) => (n.text ? [n.text] : []));
      expect(boxes.length).toBeGreaterThan(layout.nodes.length * 0.5);
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++)
          expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
      for (const b of boxes)
        for (const n of layout.nodes)
          expect(overlaps(b, { x: n.x - n.r, y: n.y - n.r, w: 2 * n.r, h: 2 * n.r })).toBe(false);
    }
  });

  it('leaves articles out of the drawing, and has a legend', () => {
    const svg = renderSvg(fixture(), { standalone: true });
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).not.toContain('融入新发展格局');
    expect(svg).toContain('人物 person (4)');
    expect(svg).not.toContain('文章 article');
  });

  it('every node of the fixture is labelled', () => {
    const layout = computeLayout(fixture());
    expect(layout.nodes.filter((n) => !n.text).map((n) => n.label)).toEqual([]);
  });
});

describe('report Markdown', () => {
  it('has the tables, footnotes and sources, and points at the SVG beside it', () => {
    const { graph, meta } = yubei();
    const { markdown, svg } = renderReportMarkdown(graph, meta, '渝北区.svg');
    expect(markdown).toContain('![关系图 Graph](%E6%B8%9D%E5%8C%97%E5%8C%BA.svg)');
    expect(markdown).toMatch(/\| 于会文 \| 市人大代表\[\^1\]；渝北区委书记\[\^1\] \|/);
    expect(markdown).toContain(`[^1]: 「${S1}`);
    expect(markdown).toContain('"33618"现代制造业集群体系');
    expect(markdown).toContain('## 来源 Sources');
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
  });
});

describe('report renderers are browser-safe', () => {
  it('render-html.ts and render-md.ts import nothing from node: or playwright, transitively', async () => {
    const { readFileSync } = await import('node:fs');
    const { dirname, resolve } = await import('node:path');
    const seen = new Set<string>();
    const bad: string[] = [];
    const walk = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const src = readFileSync(file, 'utf8');
      for (const [, spec] of src.matchAll(
        /^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm,
      )) {
        if (spec!.startsWith('.')) walk(resolve(dirname(file), spec!));
        else if (/^node:|^(fs|path|os|child_process)$|playwright/.test(spec!))
          bad.push(`${file}: ${spec}`);
      }
    };
    walk(resolve('report/render-html.ts'));
    walk(resolve('report/render-md.ts'));
    expect(seen.size).toBeGreaterThan(5);
    expect(bad).toEqual([]);
  });
});
