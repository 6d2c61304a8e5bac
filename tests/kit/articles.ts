/**
 * An invented article as ingest hands it to the graph builder: the key doubles as title and file
 * name, and its facts are extracted from the text (for specs that build graphs from invented text).
 */
import type { ArticleRecord } from '../../ingest/build.ts';
import { extractStory } from '../../ingest/extract/index.ts';

export const inventedArticle = (key: string, text: string): ArticleRecord => ({
  key,
  title: key,
  file: `${key}.txt`,
  chars: text.length,
  text,
  facts: extractStory(text),
});

/** The HOLDS pairs one invented story gives, as sorted `person|post` strings. */
export const holdsOf = (text: string): string[] =>
  [
    ...new Set(
      extractStory(text)
        .relations.filter((r) => r.type === 'HOLDS')
        .map((r) => `${r.source.name}|${r.target.name}`),
    ),
  ].sort();

/** The distinct entity names of one type one invented story gives, sorted. */
export const entityNames = (text: string, type: string): string[] =>
  [
    ...new Set(
      extractStory(text)
        .entities.filter((e) => e.type === type)
        .map((e) => e.name),
    ),
  ].sort();
