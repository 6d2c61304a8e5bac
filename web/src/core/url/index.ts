/** View state <-> URL query string; unknown or invalid values fall back to defaults. */
import { isEdgeType, isNodeType } from '../../../../graph/schema.ts';
import { defaultViewState, MAX_DEPTH, type ViewState } from '../state.ts';
import { isIsoDate } from '../filters/dates.ts';
import { URL_KEYS as K } from './types.ts';
import { clampInt, decodeList, encodeList, oneOf } from './utils.ts';

export function viewStateToQuery(state: ViewState): string {
  const d = defaultViewState();
  const params = new URLSearchParams();
  const set = (key: string, value: string | null) => {
    if (value !== null && value !== '') params.set(key, value);
  };
  set(K.selected, state.selected);
  set(K.picked, encodeList(state.picked));
  set(K.focus, state.focus);
  if (state.depth !== d.depth) set(K.depth, String(state.depth));
  if (state.skipHubs) set(K.skipHubs, '1');
  set(K.expanded, encodeList(state.expanded));
  set(K.collapsed, encodeList(state.collapsed));
  set(K.hiddenNodeTypes, encodeList(state.hiddenNodeTypes));
  set(K.hiddenNodes, encodeList(state.hiddenNodes));
  set(K.hiddenEdgeTypes, encodeList(state.hiddenEdgeTypes));
  set(K.articles, encodeList(state.articles));
  set(K.dateFrom, state.dateFrom);
  set(K.dateTo, state.dateTo);
  if (!state.keepUndated) set(K.keepUndated, '0');
  set(K.path, state.path ? encodeList(state.path) : null);
  if (state.pathViaArticles) set(K.pathViaArticles, '1');
  if (state.showArticles) set(K.showArticles, '1');
  if (state.colorMode !== d.colorMode) set(K.colorMode, state.colorMode);
  if (state.sizeMode !== d.sizeMode) set(K.sizeMode, state.sizeMode);
  if (state.pinyin) set(K.pinyin, '1');
  if (state.lang !== d.lang) set(K.lang, state.lang);
  return params.toString();
}

const isoOrNull = (value: string | null) => (isIsoDate(value) ? value : null);

export function viewStateFromQuery(query: string): ViewState {
  const d = defaultViewState();
  const params = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
  const path = decodeList(params.get(K.path));
  return {
    selected: params.get(K.selected) || null,
    picked: decodeList(params.get(K.picked)),
    focus: params.get(K.focus) || null,
    depth: clampInt(params.get(K.depth), 0, MAX_DEPTH, d.depth),
    skipHubs: params.get(K.skipHubs) === '1',
    expanded: decodeList(params.get(K.expanded)),
    collapsed: decodeList(params.get(K.collapsed)),
    hiddenNodeTypes: decodeList(params.get(K.hiddenNodeTypes)).filter(isNodeType),
    hiddenNodes: decodeList(params.get(K.hiddenNodes)),
    hiddenEdgeTypes: decodeList(params.get(K.hiddenEdgeTypes)).filter(isEdgeType),
    articles: decodeList(params.get(K.articles)),
    dateFrom: isoOrNull(params.get(K.dateFrom)),
    dateTo: isoOrNull(params.get(K.dateTo)),
    keepUndated: params.get(K.keepUndated) !== '0',
    path: path.length === 2 ? [path[0]!, path[1]!] : null,
    pathViaArticles: params.get(K.pathViaArticles) === '1',
    showArticles: params.get(K.showArticles) === '1',
    colorMode: oneOf(params.get(K.colorMode), ['type', 'louvain'], d.colorMode),
    sizeMode: oneOf(params.get(K.sizeMode), ['degree', 'pagerank'], d.sizeMode),
    pinyin: params.get(K.pinyin) === '1',
    lang: oneOf(params.get(K.lang), ['zh', 'en'], d.lang),
  };
}

/** Drop references to nodes the graph does not have (a link opened on another graph). */
export function sanitizeViewState(state: ViewState, hasNode: (key: string) => boolean): ViewState {
  const keep = (key: string | null) => (key && hasNode(key) ? key : null);
  return {
    ...state,
    selected: keep(state.selected),
    picked: state.picked.filter(hasNode),
    focus: keep(state.focus),
    expanded: state.expanded.filter(hasNode),
    collapsed: state.collapsed.filter(hasNode),
    hiddenNodes: state.hiddenNodes.filter(hasNode),
    articles: state.articles.filter(hasNode),
    path: state.path && state.path.every(hasNode) ? state.path : null,
  };
}
