/**
 * What the screen shows, in one line a person reads: "两江新区 · 2 层 · 人物、职务".
 * Titles the report made from the screen (and its selection line), instead of a file name
 * and a URL query.
 */
import type { TupuGraph } from '../../../../graph/json/index.ts';
import { NODE_TYPES } from '../../../../graph/types.ts';
import type { Translate } from '../i18n/index.ts';
import type { ViewState } from '../state.ts';

const label = (g: TupuGraph, k: string) => (g.hasNode(k) ? g.getNodeAttribute(k, 'label') : k);

export function selectionTitle(
  graph: TupuGraph,
  state: ViewState,
  t: Translate,
  graphName = '',
): string {
  const sep = state.lang === 'zh' ? '、' : ', ';
  const parts: string[] = [];
  if (state.path) {
    parts.push(`${label(graph, state.path[0])} → ${label(graph, state.path[1])}`);
  } else if (state.focus) {
    parts.push(label(graph, state.focus), t('titleDepth', { n: state.depth }));
    if (state.skipHubs) parts.push(t('skipHubs'));
  } else if (graphName) parts.push(graphName);
  else parts.push(t('titleWhole'));
  const present = new Set<string>();
  graph.forEachNode((_k, a) => void present.add(a.type));
  const shown = NODE_TYPES.filter((ty) => present.has(ty) && !state.hiddenNodeTypes.includes(ty));
  if (state.hiddenNodeTypes.length && shown.length)
    parts.push(shown.map((ty) => t(`type.${ty}`)).join(sep));
  if (state.hiddenEdgeTypes.length)
    parts.push(
      `${t('titleWithout')} ${state.hiddenEdgeTypes.map((e) => t(`edge.${e}`)).join(sep)}`,
    );
  if (state.articles.length) parts.push(t('titleArticles', { n: state.articles.length }));
  if (state.dateFrom || state.dateTo)
    parts.push(`${state.dateFrom ?? '…'} – ${state.dateTo ?? '…'}`);
  return parts.join(' · ');
}
