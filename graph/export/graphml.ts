/**
 * GraphML writer. graphology-graphml only parses, so this small writer is ours: one <key>
 * per attribute name (typed boolean/int/double/string), lists and objects (aliases,
 * evidence) as JSON text, every value XML-escaped. Reads back with graphology-graphml.
 */
import type { TupuGraph } from '../json/index.ts';
import { escapeXml } from './xml.ts';
import {
  flatAttributes,
  inferKinds,
  sortedEdges,
  sortedNodes,
  type Scalar,
  type ValueKind,
} from './values.ts';

interface Element {
  id: string;
  source?: string;
  target?: string;
  data: Record<string, Scalar>;
}

export function writeGraphml(graph: TupuGraph): string {
  const nodes: Element[] = sortedNodes(graph).map((k) => ({
    id: k,
    data: flatAttributes(graph.getNodeAttributes(k)),
  }));
  const edges: Element[] = sortedEdges(graph).map((k) => ({
    id: k,
    source: graph.source(k),
    target: graph.target(k),
    data: flatAttributes(graph.getEdgeAttributes(k)),
  }));
  const nodeKeys = keyTable('n', 'node', inferKinds(nodes.map((n) => n.data)));
  const edgeKeys = keyTable('e', 'edge', inferKinds(edges.map((e) => e.data)));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" ' +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns ' +
      'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...nodeKeys.lines,
    ...edgeKeys.lines,
    '  <graph id="tupu" edgedefault="directed">',
    ...nodes.map((n) => element('node', n, nodeKeys.ids)),
    ...edges.map((e) => element('edge', e, edgeKeys.ids)),
    '  </graph>',
    '</graphml>',
    '',
  ];
  return lines.join('\n');
}

const GRAPHML_TYPES: Record<ValueKind, string> = {
  boolean: 'boolean',
  int: 'long',
  double: 'double',
  string: 'string',
};

function keyTable(prefix: string, domain: 'node' | 'edge', kinds: Map<string, ValueKind>) {
  const ids = new Map<string, string>();
  const lines: string[] = [];
  [...kinds.keys()].sort().forEach((name, i) => {
    const id = `${prefix}${i}`;
    ids.set(name, id);
    lines.push(
      `  <key id="${id}" for="${domain}" attr.name="${escapeXml(name)}" ` +
        `attr.type="${GRAPHML_TYPES[kinds.get(name)!]}"/>`,
    );
  });
  return { ids, lines };
}

function element(tag: 'node' | 'edge', el: Element, ids: Map<string, string>): string {
  const ends =
    tag === 'edge' ? ` source="${escapeXml(el.source!)}" target="${escapeXml(el.target!)}"` : '';
  const data = Object.entries(el.data).map(
    ([name, value]) => `      <data key="${ids.get(name)}">${escapeXml(String(value))}</data>`,
  );
  return [`    <${tag} id="${escapeXml(el.id)}"${ends}>`, ...data, `    </${tag}>`].join('\n');
}
