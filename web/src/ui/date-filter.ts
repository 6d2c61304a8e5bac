/** Date-range filter (inside Filters): edges by the dates of their evidence articles. */
import type { Explorer } from '../app/explorer.ts';
import type { TupuGraph } from '../../../graph/json/index.ts';
import { articleDateBounds, isIsoDate } from '../core/filters/dates.ts';
import { button, el } from './dom.ts';

/** Article dates do not change while a graph is shown: one scan per graph. */
const boundsOf = new WeakMap<TupuGraph, ReturnType<typeof articleDateBounds>>();
function dateBounds(graph: TupuGraph) {
  if (!boundsOf.has(graph)) boundsOf.set(graph, articleDateBounds(graph));
  return boundsOf.get(graph) ?? null;
}

export function dateFilter(explorer: Explorer): HTMLElement {
  const { t, state } = explorer;
  const bounds = dateBounds(explorer.data);
  const dateInput = (field: 'dateFrom' | 'dateTo', testid: string, label: string) =>
    el('label', { class: 'date-bound' }, [
      label,
      el('input', {
        testid,
        attrs: {
          type: 'date',
          value: state[field] ?? '',
          min: bounds?.min ?? '',
          max: bounds?.max ?? '',
        },
        on: {
          // An emptied input clears its bound; a half-typed date is not applied.
          change: (e) => {
            const v = (e.target as HTMLInputElement).value;
            if (v === '' || isIsoDate(v)) explorer.update({ [field]: v || null });
          },
        },
      }),
    ]);
  const active = state.dateFrom !== null || state.dateTo !== null;
  return el('fieldset', { class: 'date-filter', testid: 'date-filter' }, [
    el('legend', {
      text: bounds ? `${t('dateRange')} (${bounds.min} – ${bounds.max})` : t('dateRange'),
    }),
    dateInput('dateFrom', 'date-from', t('dateFrom')),
    dateInput('dateTo', 'date-to', t('dateTo')),
    el('label', { class: 'check' }, [
      el('input', {
        testid: 'date-undated',
        attrs: { type: 'checkbox', checked: state.keepUndated },
        on: { change: () => explorer.update({ keepUndated: !state.keepUndated }) },
      }),
      t('keepUndated'),
    ]),
    button(t('clearDates'), () => explorer.update({ dateFrom: null, dateTo: null }), {
      testid: 'date-clear',
      attrs: { disabled: !active },
    }),
  ]);
}
