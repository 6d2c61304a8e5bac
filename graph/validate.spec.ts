import { describe, expect, it } from 'vitest';
import { GraphFormatError, parseGraphJson } from './json/index.ts';
import { validateSerializedGraph } from './validate.ts';

/** An invented two-node graph; `patch` edits it before it is checked. */
function graph(patch: (g: any) => void = () => undefined): any {
  const g = {
    attributes: {},
    nodes: [
      { key: 'person:甲某', attributes: { type: 'person', label: '甲某', aliases: ['甲'] } },
      { key: 'park:乙园', attributes: { type: 'park', label: '乙园', mentions: 2 } },
    ],
    edges: [
      {
        key: 'SPOKE_ABOUT:person:甲某->park:乙园',
        source: 'person:甲某',
        target: 'park:乙园',
        attributes: {
          type: 'SPOKE_ABOUT',
          evidence: [{ article: 'article:a', sentence: '甲某谈到乙园。' }],
        },
      },
    ],
  };
  patch(g);
  return g;
}

const refusal = (g: unknown) => {
  try {
    validateSerializedGraph(g);
  } catch (e) {
    return (e as Error).message;
  }
  return null;
};

describe('graph/validate', () => {
  it('accepts a well-typed graph', () => {
    expect(refusal(graph())).toBeNull();
  });

  it('names the first node and field of a wrongly typed attribute', () => {
    expect(refusal(graph((g) => (g.nodes[1].attributes.label = 12345)))).toBe(
      'node "park:乙园" field "label": expected text, got number 12345',
    );
    expect(refusal(graph((g) => (g.nodes[0].attributes.aliases = 'notalist')))).toMatch(
      /^node "person:甲某" field "aliases": expected a list of text/,
    );
    expect(refusal(graph((g) => (g.nodes[0].attributes.aliases = ['甲', 7])))).toMatch(
      /field "aliases": item 1 is number 7/,
    );
    expect(refusal(graph((g) => (g.nodes[1].attributes.mentions = '2')))).toMatch(
      /field "mentions": expected a number/,
    );
    expect(refusal(graph((g) => delete g.nodes[0].attributes.label))).toBe(
      'node "person:甲某" has no "label"',
    );
  });

  it('checks edge evidence, flags and ends', () => {
    expect(
      refusal(graph((g) => (g.edges[0].attributes.evidence[0].sentence = { text: 'x' }))),
    ).toMatch(/^edge "SPOKE_ABOUT:person:甲某->park:乙园" field "evidence": item 0's sentence/);
    expect(refusal(graph((g) => (g.edges[0].attributes.former = 'yes')))).toMatch(
      /field "former": expected true or false/,
    );
    expect(refusal(graph((g) => (g.edges[0].target = 'park:丙园')))).toMatch(
      /field "target": no node "park:丙园"/,
    );
  });

  it('refuses prototype names as keys and field names (JSON text as a file would hold it)', () => {
    const proto = JSON.stringify(graph()).replace('"person:甲某"', '"__proto__"');
    expect(() => parseGraphJson(proto)).toThrow(/node #0 has the key "__proto__"/);
    const ctor = JSON.stringify(graph((g) => (g.nodes[1].key = 'constructor')));
    expect(() => parseGraphJson(ctor)).toThrow(/key "constructor", which is not allowed/);
    const field = JSON.stringify(graph()).replace('"mentions":2', '"__proto__":{"type":"x"}');
    expect(() => parseGraphJson(field)).toThrow(/node "park:乙园" has a field named "__proto__"/);
  });

  it('reaches every reader through importGraph, as a graph/json error', () => {
    const bad = JSON.stringify(graph((g) => (g.nodes[0].attributes.label = 1)));
    expect(() => parseGraphJson(bad)).toThrow(GraphFormatError);
    expect(() => parseGraphJson(bad)).toThrow(/^graph\/json: node "person:甲某" field "label"/);
  });
});
