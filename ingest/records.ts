/**
 * One article as the graph builder (build.ts) and the resolvers (resolve/) read it: a file of
 * its own so that neither imports the other.
 */
import type { StoryFacts } from './extract/facts.ts';

export interface ArticleRecord {
  key: string;
  title: string;
  file: string;
  date?: string;
  /** The story's original address (http/https), its outlet and a web page's byline. */
  url?: string;
  outlet?: string;
  byline?: string;
  chars: number;
  /** Dropped (empty) when the graph does not keep article text, so memory follows the graph. */
  text: string;
  facts: StoryFacts;
}
