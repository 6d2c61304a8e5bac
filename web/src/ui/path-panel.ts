/** Shortest path result: the chain of nodes and, per hop, the relations with their evidence. */
import type { Explorer } from '../app/explorer.ts';
import { pathDetails } from '../core/selection/details.ts';
import { evidenceList } from './node-panel.ts';
import { button, clear, el } from './dom.ts';

const labelOf = (explorer: Explorer, key: string) =>
  explorer.data.hasNode(key) ? explorer.data.getNodeAttribute(key, 'label') : key;

export function mountPathPanel(root: HTMLElement, explorer: Explorer): void {
  const box = el('section', {
    class: 'path-panel',
    testid: 'path-panel',
    attrs: { 'aria-live': 'polite' },
  });
  root.append(box);
  const render = () => {
    clear(box);
    const ends = explorer.state.path;
    if (explorer.pathStart && !ends) {
      box.append(
        el('p', {
          class: 'muted',
          text: `${explorer.t('path')}: ${labelOf(explorer, explorer.pathStart)} → …`,
        }),
      );
      return;
    }
    if (!ends) return box.removeAttribute('data-found');
    box.append(
      el('h2', { text: explorer.t('path') }),
      button(explorer.t('clearPath'), () => explorer.clearPath()),
    );
    const path = explorer.path;
    if (!path) {
      box.dataset.found = 'false';
      box.append(
        el('p', {
          class: 'error',
          text: explorer.t('noPath', {
            a: labelOf(explorer, ends[0]),
            b: labelOf(explorer, ends[1]),
          }),
        }),
      );
      return;
    }
    box.dataset.found = 'true';
    box.append(
      el('p', {
        class: 'path-chain',
        testid: 'path-chain',
        text: path.nodes.map((n) => labelOf(explorer, n)).join(' — '),
      }),
      el('p', { class: 'muted', text: explorer.t('pathHops', { n: path.hops.length }) }),
    );
    for (const hop of pathDetails(explorer.data, path)) {
      box.append(
        el('div', { class: 'path-hop' }, [
          el('div', {
            class: 'hop-head',
            text: `${labelOf(explorer, hop.from)} · ${labelOf(explorer, hop.to)}`,
          }),
          ...hop.relations.map((rel) =>
            el('div', { class: 'hop-relation' }, [
              el('span', {
                class: 'edge-type',
                text: `${rel.direction === 'out' ? '→' : '←'} ${rel.type}`,
              }),
              evidenceList(explorer, rel.evidence, hop.from),
            ]),
          ),
        ]),
      );
    }
  };
  render();
  explorer.subscribe(render);
}
