/**
 * Evidence keeps where its sentence starts in the article text (`offset`), so a reader can
 * point at that very sentence when another one begins with the same words (invented text).
 */
import { describe, expect, it } from 'vitest';
import { validateSerializedGraph } from '../graph/validate.ts';
import { buildGraph } from './build.ts';
import { inventedArticle } from '../tests/kit/articles.ts';

const article = inventedArticle;

describe('evidence offsets', () => {
  // The first 13 characters of the two sentences are the same; only the second names him.
  const text =
    '东岭新区管委会今天召开会议，部署全年工作。\n东岭新区管委会今天召开会议，主任王建峰要求抓好项目建设。';
  const second = text.indexOf('东岭新区管委会今天召开会议，主任');

  it('records where each evidence sentence starts, the repeated beginning told apart', () => {
    const g = buildGraph([article('a', text)]);
    const all = g.mapEdges((_e, attrs) => attrs.evidence).flat();
    expect(all.length).toBeGreaterThan(0);
    for (const ev of all) {
      expect(ev.offset, ev.sentence).toBeTypeOf('number');
      expect(text.startsWith(ev.sentence, ev.offset)).toBe(true);
    }
    const naming = all.filter((ev) => ev.sentence.includes('王建峰'));
    expect(naming.length).toBeGreaterThan(0);
    for (const ev of naming) expect(ev.offset).toBe(second);
  });

  it('a graph without offsets still loads; a bad offset is refused with a clear message', () => {
    const g = buildGraph([article('a', text)]);
    const json = g.export();
    for (const e of json.edges) for (const ev of e.attributes!.evidence) delete ev.offset;
    expect(() => validateSerializedGraph(json)).not.toThrow();
    json.edges[0]!.attributes!.evidence[0]!.offset = -3;
    expect(() => validateSerializedGraph(json)).toThrow(
      /offset is number -3, expected a character position/,
    );
  });
});
