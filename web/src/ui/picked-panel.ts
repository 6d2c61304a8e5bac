/**
 * The nodes picked together by a lasso (shift+drag): listed with their type colour, each a
 * link that selects it; fit the camera to them, export them, paths between two of them, clear.
 */
import type { Explorer } from '../app/explorer.ts';
import { fitCamera } from '../app/renderer.ts';
import { TYPE_COLORS } from '../core/appearance/index.ts';
import type { NodeType } from '../../../graph/schema.ts';
import { button, el } from './dom.ts';

/** Ask the export menu (ui/export-menu.ts) to open on the selection. */
export function requestSelectionExport(): void {
  document.dispatchEvent(new CustomEvent('tupu:export', { detail: 'selection' }));
}

/** Hide these nodes (one history entry): out of the picked set and the selection too. */
export function hideNodes(explorer: Explorer, keys: readonly string[]): void {
  const s = explorer.state;
  const gone = new Set(keys);
  explorer.update({
    hiddenNodes: [...new Set([...s.hiddenNodes, ...keys])],
    picked: s.picked.filter((k) => !gone.has(k)),
    selected: s.selected && gone.has(s.selected) ? null : s.selected,
  });
}

/** Longest list drawn; the count and the exports still cover every picked node. */
const LIST_LIMIT = 200;

export function mountPickedPanel(root: HTMLElement, explorer: Explorer): void {
  const box = el('section', { class: 'picked-panel', testid: 'picked-panel' });
  root.append(box);
  const render = () => {
    const { t, data } = explorer;
    const keys = explorer.state.picked.filter((k) => data.hasNode(k));
    box.hidden = keys.length === 0;
    if (box.hidden) return box.replaceChildren();
    const item = (key: string) =>
      el('li', { testid: 'picked-item', attrs: { 'data-key': key } }, [
        el('span', {
          class: 'swatch',
          attrs: {
            style: `background:${TYPE_COLORS[data.getNodeAttribute(key, 'type') as NodeType]}`,
          },
        }),
        button(data.getNodeAttribute(key, 'label'), () => explorer.select(key, true), {
          class: 'link',
        }),
      ]);
    box.replaceChildren(
      el('div', { class: 'panel-head' }, [
        el('h2', { text: t('picked', { n: keys.length }) }),
        button('✕', () => explorer.update({ picked: [] }), {
          class: 'close',
          testid: 'picked-clear',
          attrs: { title: t('pickedClear'), 'aria-label': t('pickedClear') },
        }),
      ]),
      el('div', { class: 'actions' }, [
        button(t('pickedFit'), () => fitCamera(explorer.sigma, keys), { testid: 'picked-fit' }),
        button(t('pickedExport'), requestSelectionExport, { testid: 'picked-export' }),
        button(t('hidePicked', { n: keys.length }), () => hideNodes(explorer, keys), {
          testid: 'picked-hide',
        }),
        keys.length === 2
          ? button(t('pickedPaths'), () => explorer.update({ path: [keys[0]!, keys[1]!] }), {
              testid: 'picked-paths',
            })
          : null,
      ]),
      el('ul', { class: 'picked-list' }, keys.slice(0, LIST_LIMIT).map(item)),
    );
  };
  render();
  explorer.subscribe(render);
}
