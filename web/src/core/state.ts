/** The view state: everything a link should reopen (see ./url). */
import type { EdgeType, NodeType } from '../../../graph/schema.ts';

export type ColorMode = 'type' | 'louvain';
export type SizeMode = 'degree' | 'pagerank';
export type Lang = 'zh' | 'en';

export interface ViewState {
  selected: string | null;
  /** Several nodes picked together (shift+drag lasso on the canvas); their export scope. */
  picked: string[];
  /** Ego network centre; null = whole graph. */
  focus: string | null;
  depth: number;
  /** Ego walks keep hubs (a city, a congress) as leaves instead of walking on from them. */
  skipHubs: boolean;
  expanded: string[];
  collapsed: string[];
  hiddenNodeTypes: NodeType[];
  /** Nodes hidden one by one (node menu "hide"): not shown, and paths go around them. */
  hiddenNodes: string[];
  hiddenEdgeTypes: EdgeType[];
  /** Keep only entities mentioned in these articles (empty = no article filter). */
  articles: string[];
  /** Date range of the edges' evidence articles (ISO dates, inclusive; null = open). */
  dateFrom: string | null;
  dateTo: string | null;
  /** With a date range: keep edges with no dated article. */
  keepUndated: boolean;
  /** Shortest path endpoints. */
  path: [string, string] | null;
  /** Paths may run through article nodes (off: an article links everything it mentions). */
  pathViaArticles: boolean;
  /** Articles as full nodes with their MENTIONS edges (off: small dots, edges hidden). */
  showArticles: boolean;
  colorMode: ColorMode;
  sizeMode: SizeMode;
  pinyin: boolean;
  lang: Lang;
}

export function defaultViewState(): ViewState {
  return {
    selected: null,
    picked: [],
    focus: null,
    depth: 1,
    skipHubs: false,
    expanded: [],
    collapsed: [],
    hiddenNodeTypes: [],
    hiddenNodes: [],
    hiddenEdgeTypes: [],
    articles: [],
    dateFrom: null,
    dateTo: null,
    keepUndated: true,
    path: null,
    pathViaArticles: false,
    showArticles: false,
    colorMode: 'type',
    sizeMode: 'degree',
    pinyin: false,
    lang: 'zh',
  };
}

export const MAX_DEPTH = 5;
