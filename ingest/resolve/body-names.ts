/**
 * The organisation and post names of a corpus, each once: the maps that merge bodies printed in two
 * forms (country-prefix.ts, area-short-forms.ts, central-committees.ts, the standing-committee map
 * of organizations.ts) all start from these two sets, walked once per corpus by the resolver.
 */
import type { ArticleRecord } from '../records.ts';

/** A corpus's organisation and post names, in the order first printed. */
export interface BodyNames {
  organization: ReadonlySet<string>;
  post: ReadonlySet<string>;
}

export function bodyNames(articles: ArticleRecord[]): BodyNames {
  const organization = new Set<string>();
  const post = new Set<string>();
  for (const a of articles)
    for (const e of a.facts.entities) {
      if (e.type === 'organization') organization.add(e.name);
      if (e.type === 'post') post.add(e.name);
    }
  return { organization, post };
}
