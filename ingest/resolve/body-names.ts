/**
 * The organisation and post names of a corpus, each once: the maps that merge bodies printed in two
 * forms (country-prefix.ts, area-short-forms.ts) all start from these two sets.
 */
import type { ArticleRecord } from '../records.ts';

export function bodyNames(articles: ArticleRecord[]): {
  organization: Set<string>;
  post: Set<string>;
} {
  const organization = new Set<string>();
  const post = new Set<string>();
  for (const a of articles)
    for (const e of a.facts.entities) {
      if (e.type === 'organization') organization.add(e.name);
      if (e.type === 'post') post.add(e.name);
    }
  return { organization, post };
}
