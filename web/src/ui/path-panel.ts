/**
 * Paths between two nodes: the k shortest (graph/subgraph/paths.ts), each as its chain of
 * nodes and, per hop, the relation and its best evidence sentence. Options: through
 * articles or not, around hubs or not.
 */
import type { Explorer } from '../app/explorer.ts';
import { bestEvidence } from '../../../graph/evidence.ts';
import type { GraphPath } from '../../../graph/subgraph/paths.ts';
import { articleTitle } from '../core/selection/details.ts';
import { openArticle } from './article-view.ts';
import { button, clear, el } from './dom.ts';

const labelOf = (explorer: Explorer, key: string) =>
  explorer.data.hasNode(key) ? explorer.data.getNodeAttribute(key, 'label') : key;

function check(text: string, checked: boolean, onChange: (v: boolean) => void, testid: string) {
  return el('label', { class: 'check' }, [
    el('input', {
      testid,
      attrs: { type: 'checkbox', checked },
      on: { change: (e) => onChange((e.target as HTMLInputElement).checked) },
    }),
    text,
  ]);
}

function hop(explorer: Explorer, path: GraphPath, i: number): HTMLElement {
  const from = path.nodes[i]!;
  const to = path.nodes[i + 1]!;
  const edges = path.hops[i]!;
  const best = bestEvidence(explorer.data, edges);
  const type = explorer.data.getEdgeAttribute(best?.edge ?? edges[0]!, 'type');
  return el('li', { class: 'path-hop', testid: 'path-hop' }, [
    el('div', {
      class: 'hop-head',
      text: `${labelOf(explorer, from)} —${explorer.t(`edge.${type}`)}— ${labelOf(explorer, to)}`,
    }),
    best
      ? el('div', {}, [
          el('blockquote', {
            class: `evidence${best.namesBoth ? '' : ' mention-only'}`,
            testid: 'evidence',
            text: best.sentence,
          }),
          button(
            `— ${articleTitle(explorer.data, best.articles[0]!)}`,
            () => openArticle(explorer, best.articles[0]!, from, best.sentence, best.offset),
            { class: 'link article-link' },
          ),
        ])
      : el('p', { class: 'muted', text: explorer.t('noEvidence') }),
  ]);
}

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
    const s = explorer.state;
    box.append(
      el('h2', { text: explorer.t('path') }),
      button(explorer.t('clearPath'), () => explorer.clearPath()),
      check(
        explorer.t('pathViaArticles'),
        s.pathViaArticles,
        (v) => explorer.update({ pathViaArticles: v }),
        'path-via-articles',
      ),
      check(
        explorer.t('skipHubs'),
        s.skipHubs,
        (v) => explorer.update({ skipHubs: v }),
        'path-skip-hubs',
      ),
    );
    box.dataset.found = String(explorer.paths.length > 0);
    box.dataset.count = String(explorer.paths.length);
    if (!explorer.paths.length) {
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
    explorer.paths.forEach((path, n) => {
      box.append(
        el('details', { class: 'path', testid: 'path', attrs: { open: n === 0 } }, [
          el('summary', {}, [
            el('strong', { text: `${explorer.t('pathN', { n: n + 1 })} · ` }),
            explorer.t('pathHops', { n: path.hops.length }),
          ]),
          el('p', {
            class: 'path-chain',
            testid: n === 0 ? 'path-chain' : 'path-chain-more',
            text: path.nodes.map((k) => labelOf(explorer, k)).join(' — '),
          }),
          el(
            'ol',
            { class: 'path-hops' },
            path.hops.map((_h, i) => hop(explorer, path, i)),
          ),
        ]),
      );
    });
  };
  render();
  explorer.subscribe(render);
}
