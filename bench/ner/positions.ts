/**
 * The position class, one definition for `bench:ner` and `bench:positions`: CLUENER2020's, the
 * position as printed (营销总监, 记者, 主席), scored as distinct strings per example, exact match
 * (score.ts). tupu's prediction is every position mention of the text (ingest/extract/positions.ts),
 * whether or not a person stands beside it, as CLUENER labels them; posts' and people's roles
 * alone would only count the positions someone is named with.
 */
import { findPositionMentions } from '../../ingest/extract/positions.ts';

export function predictedPositions(text: string): string[] {
  return [...new Set(findPositionMentions(text).map((m) => m.word))];
}
