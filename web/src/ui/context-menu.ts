/**
 * Right-click on a node: focus, expand, path from / to, export it with its neighbours.
 * The actions are the panel's, next to the pointer.
 */
import type { Explorer } from '../app/explorer.ts';
import { button, el } from './dom.ts';
import { hideNodes, requestSelectionExport } from './picked-panel.ts';

export function mountContextMenu(container: HTMLElement, explorer: Explorer): void {
  const menu = el('div', {
    class: 'context-menu',
    testid: 'context-menu',
    attrs: { role: 'menu' },
  });
  menu.hidden = true;
  container.append(menu);
  const close = () => void (menu.hidden = true);
  container.addEventListener('contextmenu', (e) => e.preventDefault());
  document.addEventListener('click', (e) => {
    if (!menu.contains(e.target as Node)) close();
  });
  document.addEventListener('keydown', (e) => e.key === 'Escape' && close());
  explorer.canvas.menu.add((key, at) => {
    const t = explorer.t;
    const s = explorer.state;
    const item = (text: string, run: () => void, testid: string) =>
      button(
        text,
        () => {
          close();
          run();
        },
        { testid, attrs: { role: 'menuitem' } },
      );
    menu.replaceChildren(
      el('div', { class: 'menu-title', text: explorer.data.getNodeAttribute(key, 'label') }),
      item(t('focus'), () => explorer.update({ selected: key, focus: key }), 'menu-focus'),
      item(
        t('expand'),
        () =>
          explorer.update(
            s.focus
              ? { expanded: [...new Set([...s.expanded, key])] }
              : { focus: key, selected: key },
          ),
        'menu-expand',
      ),
      item(
        explorer.pathStart && explorer.pathStart !== key ? t('pathTo') : t('pathFrom'),
        () => explorer.pathTo(key),
        'menu-path',
      ),
      // On a lassoed node the menu also acts on the whole picked set.
      ...(s.picked.includes(key)
        ? [
            item(
              `${t('pickedExport')} (${s.picked.length})`,
              requestSelectionExport,
              'menu-export-picked',
            ),
            item(
              t('hidePicked', { n: s.picked.length }),
              () => hideNodes(explorer, s.picked),
              'menu-hide-picked',
            ),
            item(t('pickedClear'), () => explorer.update({ picked: [] }), 'menu-clear-picked'),
          ]
        : [
            item(t('hide'), () => hideNodes(explorer, [key]), 'menu-hide'),
            item(
              t('exportSelection'),
              () => {
                explorer.update({ selected: key, picked: [] });
                requestSelectionExport();
              },
              'menu-export',
            ),
          ]),
    );
    menu.hidden = false;
    // Kept inside the canvas, so a node near an edge still gets a whole menu.
    const x = Math.min(at.x, container.clientWidth - menu.offsetWidth - 4);
    const y = Math.min(at.y, container.clientHeight - menu.offsetHeight - 4);
    menu.style.left = `${Math.max(0, x)}px`;
    menu.style.top = `${Math.max(0, y)}px`;
  });
}
