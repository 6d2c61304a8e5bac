/** How the explorer treats each view-state field. */
import type { ViewState } from '../core/state.ts';

/** View-state fields that change how nodes look, not what is visible. */
export const LOOK_ONLY = new Set<keyof ViewState>(['selected', 'picked', 'pinyin', 'lang']);
/** Paths shown between two nodes. */
export const PATH_COUNT = 3;

/** View-state fields that change which nodes are shown: the camera fits the result. */
export const FRAMED = new Set<keyof ViewState>([
  'focus',
  'depth',
  'skipHubs',
  'path',
  'pathViaArticles',
  'hiddenNodeTypes',
  'articles',
  'dateFrom',
  'dateTo',
  'keepUndated',
  'expanded',
  'collapsed',
]);
