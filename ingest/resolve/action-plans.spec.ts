/**
 * pjunk59 (issue 13): an action and the plan that sets it out are one program across stories
 * (program-plans.ts, ACTION_PLAN): invented articles.
 */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../build.ts';
import { inventedArticle } from '../../tests/kit/articles.ts';

const programs = (texts: string[]) => {
  const g = buildGraph(texts.map((t, i) => inventedArticle(`a${i}`, t)));
  return g
    .filterNodes((_, a) => a.type === 'program')
    .map((k) => g.getNodeAttribute(k, 'label'))
    .sort();
};

describe('an action and its plan', () => {
  it('merges a three-year action with its plan of the years', () => {
    expect(
      programs([
        '我国实施东岭河库监测感知体系建设三年行动。',
        '水利部印发《东岭河库监测感知体系建设三年行动方案（2025—2027年）》。',
      ]),
    ).toEqual(['东岭河库监测感知体系建设三年行动']);
  });
  it('keeps a plan of a different action apart', () => {
    expect(
      programs(['我国实施东岭河库监测三年行动。', '省里印发《西岭林草保护三年行动方案》。']),
    ).toEqual(['东岭河库监测三年行动', '西岭林草保护三年行动方案']);
  });
});
