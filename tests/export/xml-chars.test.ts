/**
 * Characters XML 1.0 cannot hold (ESC, VT, U+FFFF, a lone surrogate), as scraped text carries
 * them, through every XML writer: GEXF (CLI and explorer), GraphML, the report's SVG and the
 * explorer's SVG. Each file must pass a strict XML parser (saxes checks XML 1.0's characters).
 */
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { writeGexf, writeGraphml } from '../../graph/export/index.ts';
import { escapeXml, xmlChars } from '../../graph/export/xml.ts';
import { createTupuGraph } from '../../graph/json/index.ts';
import { parseStrictXml as parseStrict } from '../kit/formats.ts';
import { writeSvg } from '../../graph/export/svg.ts';
import { toRenderGraph } from '../../web/src/core/appearance/index.ts';
import { toGexf, toSvg } from '../../web/src/core/export/index.ts';

const BAD = ['\u001b', '\u000b', '\uffff', '\ud800', '\udc00', '\u0000'];
/** An invented sentence with all of them (and markup characters that must stay escaped). */
const DIRTY = `张某\u001b[1m在\u000b某园<调研>&\uffff记者\ud800乙\u0000`;

function dirtyGraph() {
  const g = createTupuGraph();
  g.addNode('person:张某\u001b', { type: 'person', label: DIRTY, aliases: [DIRTY] });
  g.addNode('park:某园', { type: 'park', label: '某园\u000b' });
  g.addEdgeWithKey('SPOKE_ABOUT:x', 'person:张某\u001b', 'park:某园', {
    type: 'SPOKE_ABOUT',
    evidence: [{ article: 'article:a\uffff', sentence: DIRTY }],
  });
  return g;
}

function expectWellFormed(xml: string): void {
  expect(() => parseStrict(xml)).not.toThrow();
  // UTF-8 cannot encode a lone surrogate: a round trip through it changes the text.
  expect(new TextDecoder().decode(new TextEncoder().encode(xml)) === xml, 'lone surrogate').toBe(
    true,
  );
  for (const ch of BAD) expect(xml.includes(ch)).toBe(false);
}

describe('XML writers and characters XML cannot hold', () => {
  it('the strict parser does refuse them (so the checks below can fail)', () => {
    expect(() => parseStrict(`<a>${DIRTY.replace(/[<>&]/g, '')}</a>`)).toThrow(/disallowed/);
  });

  it('the escaper replaces each with U+FFFD and keeps everything else', () => {
    expect(xmlChars('a\u001bb\ud83d\ude00c\udc00')).toBe('a\ufffdb\ud83d\ude00c\ufffd');
    expect(escapeXml('<\u000b>\t')).toBe('&lt;\ufffd&gt;&#9;');
  });

  it('GEXF (CLI) is well-formed and reads back with U+FFFD where the characters were', () => {
    const xml = writeGexf(dirtyGraph());
    expectWellFormed(xml);
    const back = parseGexf(Graph, xml);
    expect(back.getNodeAttribute('person:张某\ufffd', 'label')).toBe(xmlChars(DIRTY));
  });

  it("GEXF (explorer, with the drawing's positions) is well-formed", () => {
    const g = dirtyGraph();
    expectWellFormed(toGexf(g, toRenderGraph(g)));
  });

  it('GraphML is well-formed', () => {
    expectWellFormed(writeGraphml(dirtyGraph()));
  });

  it("the report's SVG and the explorer's SVG are well-formed", () => {
    const g = dirtyGraph();
    expectWellFormed(writeSvg(g, { title: DIRTY, standalone: true }));
    expectWellFormed(toSvg(g, toRenderGraph(g), undefined, DIRTY));
  });
});
