/** Legend: one row per node type present (colour, name, visible/total count); click hides/shows the type. */
import type { Explorer } from '../app/explorer.ts';
import { legendRows } from '../core/appearance/index.ts';
import { visibleTypeCounts } from '../core/filters/index.ts';
import type { NodeType } from '../../../graph/schema.ts';
import { clear, el } from './dom.ts';

export function mountLegend(root: HTMLElement, explorer: Explorer): void {
  const box = el('section', {
    class: 'legend',
    testid: 'legend',
    attrs: { 'aria-label': 'legend' },
  });
  root.append(box);
  const render = () => {
    clear(box);
    box.append(el('h2', { text: explorer.t('legend') }));
    // The legend says what the colours mean: communities in community colouring.
    const louvain = explorer.state.colorMode === 'louvain';
    const communities = louvain ? explorer.facts.communityCount() : null;
    if (communities !== null) {
      box.append(
        el('p', { class: 'muted', text: explorer.t('louvainLegend', { n: communities }) }),
        el(
          'ul',
          { class: 'community-rows', testid: 'community-legend' },
          explorer.facts
            .communityLegend()
            .map((row) =>
              el('li', { class: 'legend-row' }, [
                el('span', { class: 'swatch', attrs: { style: `background:${row.color}` } }),
                el('span', { class: 'legend-name', text: row.label }),
                el('span', { class: 'legend-count', text: String(row.count) }),
              ]),
            ),
        ),
      );
    }
    const visible = visibleTypeCounts(explorer.data, explorer.visibility);
    for (const row of legendRows(explorer.data)) {
      const type = row.type as NodeType;
      const hidden = explorer.state.hiddenNodeTypes.includes(type);
      const toggle = () => {
        const next = hidden
          ? explorer.state.hiddenNodeTypes.filter((t) => t !== type)
          : [...explorer.state.hiddenNodeTypes, type];
        explorer.update({ hiddenNodeTypes: next });
      };
      box.append(
        el(
          'button',
          {
            class: `legend-row${hidden ? ' off' : ''}`,
            attrs: { type: 'button', 'aria-pressed': !hidden, 'data-type': type, title: type },
            on: { click: toggle },
          },
          [
            el('span', {
              class: louvain ? 'swatch type-only' : 'swatch',
              attrs: { style: louvain ? `border-color:${row.color}` : `background:${row.color}` },
            }),
            el('span', { class: 'legend-name', text: explorer.t(`type.${type}`) }),
            el('span', { class: 'legend-count', text: `${visible.get(type) ?? 0}/${row.count}` }),
          ],
        ),
      );
    }
  };
  render();
  explorer.subscribe(render);
}
