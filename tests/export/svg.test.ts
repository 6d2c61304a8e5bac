/**
 * One SVG writer (graph/export/svg.ts) for the report, `tupu export --format svg` and the
 * explorer's download: the same subgraph drawn at the same positions gives the same bytes on
 * every path, and the file is well-formed XML.
 */
import { describe, expect, it } from 'vitest';
import { exportSubgraph } from '../../graph/export/index.ts';
import { drawnNodes, forcePositions } from '../../graph/export/svg-layout.ts';
import { writeSvg } from '../../graph/export/svg.ts';
import { createTupuGraph } from '../../graph/json/index.ts';
import { nodeColor } from '../../graph/palette.ts';
import { induced } from '../../graph/subgraph/select.ts';
import { renderReportMarkdown } from '../../report/render-md.ts';
import { toRenderGraph } from '../../web/src/core/appearance/index.ts';
import { toCliFiles, toSvg } from '../../web/src/core/export/index.ts';
import { parseStrictXml as parseStrict } from '../kit/formats.ts';
import { yubei } from '../report/helpers.ts';

/** The report's subgraph without its articles (the report draws none; the screen draws what it shows). */
function drawnSubgraph() {
  const { graph, meta } = yubei();
  return { graph: induced(graph, drawnNodes(graph)), meta };
}

/** The explorer's render graph with the nodes where the force layout puts them. */
function screenAtForceLayout(graph: ReturnType<typeof drawnSubgraph>['graph']) {
  const positions = forcePositions(graph);
  return toRenderGraph(graph, {
    positions,
    sizes: new Map([...positions].map(([k, p]) => [k, p.size])),
  });
}

describe('one SVG writer for report, CLI and explorer', () => {
  it('the report, tupu export and the explorer give the same bytes for the same subgraph', () => {
    const { graph, meta } = drawnSubgraph();
    expect(graph.order).toBeGreaterThan(5);
    const report = renderReportMarkdown(graph, meta, 'x.svg').svg.trimEnd();
    const explorer = toSvg(graph, screenAtForceLayout(graph), undefined, meta.title);
    expect(explorer).toBe(report);
    const cli = exportSubgraph(graph, 'svg')[0]!;
    expect(cli.name).toBe('graph.svg');
    expect(cli.content).toBe(writeSvg(graph, { standalone: true }));
    const screen = toCliFiles(graph, 'svg', new Map(), screenAtForceLayout(graph))[0]!;
    expect(screen.mime).toBe('image/svg+xml');
    expect(screen.content).toBe(cli.content);
  });

  it('parses as XML with one circle per node and one line per edge', () => {
    const { graph } = drawnSubgraph();
    const svg = toSvg(graph, toRenderGraph(graph));
    const tags = parseStrict(svg);
    expect(tags[0]).toBe('svg');
    const nodes = /<g class="nodes">(.*?)<\/g>/.exec(svg)![1]!;
    expect(nodes.match(/<circle /g)).toHaveLength(graph.order);
    expect(tags.filter((t) => t === 'line')).toHaveLength(graph.size);
  });

  it("follows the screen's drawing: positions (y up on screen), sizes and colours", () => {
    const g = createTupuGraph();
    g.addNode('person:甲某', { type: 'person', label: '甲某' });
    g.addNode('park:乙园', { type: 'park', label: '乙园' });
    g.addNode('industry:丙业', { type: 'industry', label: '丙业' });
    g.addEdge('park:乙园', 'industry:丙业', { type: 'FOCUSES_ON', evidence: [] });
    const render = toRenderGraph(g, {
      positions: new Map([
        ['person:甲某', { x: -100, y: 0 }],
        ['park:乙园', { x: 100, y: 0 }],
        ['industry:丙业', { x: 100, y: 100 }],
      ]),
      sizes: new Map([['person:甲某', 20]]),
    });
    const svg = toSvg(g, render, (k) => (k === 'park:乙园' ? '#123456' : '#abcdef'));
    const circle = (label: string) => {
      const m = new RegExp(
        `<circle cx="([-\\d.]+)" cy="([-\\d.]+)" r="([\\d.]+)" fill="([^"]+)"><title>${label}`,
      ).exec(svg)!;
      return { x: Number(m[1]), y: Number(m[2]), r: Number(m[3]), fill: m[4] };
    };
    const [a, b, c] = [circle('甲某'), circle('乙园'), circle('丙业')];
    expect(a.x).toBeLessThan(b.x);
    expect(c.y).toBeLessThan(b.y);
    expect(a.r).toBe(20);
    expect(b.fill).toBe('#123456');
    // colours that are not the types' own: a type legend would mislead, so there is none
    expect(svg).toContain('<g class="legend"></g>');
  });

  it('has a legend of the types drawn when nodes wear their type colours', () => {
    const { graph } = drawnSubgraph();
    const svg = writeSvg(graph);
    expect(svg).toContain(`fill="${nodeColor('person')}"/><text`);
    expect(svg).toMatch(/<g class="legend-item">.*person \(\d+\)/);
  });
});
