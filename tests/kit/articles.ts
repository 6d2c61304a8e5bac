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
