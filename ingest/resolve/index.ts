/**
 * Entity resolution across articles: the node name of every entity reference in an article.
 * Parks merge by abbreviation and place prefix (parks.ts), people split into namesakes when
 * nothing connects their mentions (people.ts); per-article rules (organisations' home area,
 * programs' abbreviations, sectors' canonical forms) already ran in extraction and left their
 * reasons on the facts.
 */
import type { ArticleRecord } from '../build.ts';
import type { EntityRef } from '../extract/index.ts';
import { parkAliasMap } from './parks.ts';
import { findNamesakes, type Namesakes } from './people.ts';

export interface Resolver {
  /** The node name of `ref` as printed in `article`. */
  name(ref: EntityRef, article: string): string;
  /** Why `ref` took another node's name ('' when it did not). */
  reason(ref: EntityRef, into: string): string;
  namesakes: Namesakes;
}

export function resolver(articles: ArticleRecord[]): Resolver {
  const park = parkAliasMap(articles);
  const namesakes = findNamesakes(articles);
  return {
    name: (ref, article) =>
      ref.type === 'park'
        ? park(ref)
        : ref.type === 'person'
          ? namesakes.nameIn(ref.name, article)
          : ref.name,
    reason: (ref, into) =>
      ref.type === 'park' && into !== ref.name ? 'park abbreviation or place prefix' : '',
    namesakes,
  };
}

/** The printed name of a node name: 王刚#2 is printed 王刚. */
export function printedName(name: string): string {
  return name.replace(/#\d+$/, '');
}
