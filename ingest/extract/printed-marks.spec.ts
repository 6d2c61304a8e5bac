/** Half-width marks after Chinese characters (local web news): invented sentences. */
import { describe, expect, it } from 'vitest';
import { extractStory } from './index.ts';

describe('ingest/extract: half-width marks printed after Chinese characters', () => {
  const facts = extractStory('近日,青川县委书记柯祥月,县长何振邦出席会议。');
  const holds = facts.relations.filter((r) => r.type === 'HOLDS');

  it('are read as the Chinese marks: the comma ends the name', () => {
    expect(holds.map((r) => `${r.source.name}|${r.target.name}`)).toContain('柯祥月|青川县委书记');
  });
  it('stay as printed in the evidence', () => {
    expect(holds[0]!.sentence).toBe('近日,青川县委书记柯祥月,县长何振邦出席会议。');
  });
});
