import { describe, expect, it } from 'vitest';
import type { NodeType } from '../../graph/schema.ts';
import type { Mention } from './mentions.ts';
import { relationsInSentence } from './relations.ts';

/** Mentions of `names` at their first place in `text` (invented sentences). */
function mentionsIn(text: string, names: Array<[NodeType, string]>): Mention[] {
  return names
    .map(([type, name]) => {
      const start = text.indexOf(name);
      return { type, name, surface: name, start, end: start + name.length };
    })
    .sort((a, b) => a.start - b.start);
}

const focus = (text: string, names: Array<[NodeType, string]>) =>
  relationsInSentence(
    text,
    { text, start: 0, end: text.length },
    mentionsIn(text, names),
    undefined,
  )
    .filter((r) => r.type === 'FOCUSES_ON')
    .map((r) => `${r.source.name}->${r.target.name}`);

describe('ingest/extract/relations: the actor before an object', () => {
  it('takes the nearest actor with a verb of the kind between', () => {
    expect(
      focus('甲区与乙园共同发展丙材料产业', [
        ['district', '甲区'],
        ['park', '乙园'],
        ['industry', '丙材料'],
      ]),
    ).toEqual(['乙园->丙材料']);
  });

  it('needs the whole verb between them, and no sentence end', () => {
    // 发展 starts inside the window but its second character is the object's first.
    expect(
      focus('乙园发展', [
        ['park', '乙园'],
        ['industry', '展'],
      ]),
    ).toEqual([]);
    expect(
      focus('乙园建成。丙材料', [
        ['park', '乙园'],
        ['industry', '丙材料'],
      ]),
    ).toEqual([]);
    expect(
      focus('乙园已集聚丙材料', [
        ['park', '乙园'],
        ['industry', '丙材料'],
      ]),
    ).toEqual(['乙园->丙材料']);
  });

  it('answers every item of a long one-sentence list (each with the list head as actor)', () => {
    const items = Array.from({ length: 3000 }, (_, i) => `材料${String.fromCharCode(0x4e00 + i)}`);
    const text = `乙园聚焦${items.join('、')}等产业`;
    const names: Array<[NodeType, string]> = [
      ['park', '乙园'],
      ...items.map((n): [NodeType, string] => ['industry', n]),
    ];
    expect(focus(text, names)).toHaveLength(3000);
  });
});
