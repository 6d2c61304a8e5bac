/**
 * What the explorer computes from its data graph once and keeps until the graph changes: the
 * search index, the Louvain communities and their legend, the article and edge-type lists of the
 * filters. Kept apart from explorer.ts, which mounts and redraws the render graph, because these
 * are answers about the data alone, built on first use and forgotten together.
 */
import type { TupuGraph } from '../../../graph/json/index.ts';
import { timed, type Metrics } from './metrics.ts';
import { communityRows, detectCommunities } from '../core/appearance/index.ts';
import { articleOptions, edgeTypesPresent, type ArticleOption } from '../core/filters/index.ts';
import { buildSearchIndex, type SearchIndex } from '../core/search/index.ts';

/** The explorer as these facts see it: its current data graph and where timings go. */
export interface FactsHost {
  readonly data: TupuGraph;
  readonly metrics: Metrics;
}

export class GraphFacts {
  private searchIndexCache: SearchIndex | null = null;
  private communityOf: Map<string, number> | null = null;
  /** Per-graph memo of things the UI asks for on every change. */
  private memo = new Map<string, unknown>();

  constructor(private host: FactsHost) {}

  /** The data graph changed: what was computed from it is recomputed when next asked for. */
  forget(): void {
    this.memo.clear();
    this.communityOf = null;
    this.searchIndexCache = null; // built on first use or when idle after the first frame
  }

  get searchIndex(): SearchIndex {
    this.searchIndexCache ??= timed(this.host.metrics, 'searchIndex', () =>
      buildSearchIndex(this.host.data),
    );
    return this.searchIndexCache;
  }

  /** Each node's Louvain community (computed on first use). */
  communities(): Map<string, number> {
    this.communityOf ??= detectCommunities(this.host.data);
    return this.communityOf;
  }

  /** The biggest Louvain communities for the legend. */
  communityLegend(): ReturnType<typeof communityRows> {
    return this.remember('communityRows', () => communityRows(this.host.data, this.communities()));
  }

  /** Number of Louvain communities, when computed. */
  communityCount(): number | null {
    return this.communityOf ? new Set(this.communityOf.values()).size : null;
  }

  /** Articles, sorted by title, for the article filter. */
  articleOptions(): ArticleOption[] {
    return this.remember('articles', () => articleOptions(this.host.data));
  }

  /** Edge types the graph has. */
  edgeTypesPresent(): Set<string> {
    return this.remember('edgeTypes', () => edgeTypesPresent(this.host.data));
  }

  private remember<T>(key: string, compute: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, compute());
    return this.memo.get(key) as T;
  }
}
