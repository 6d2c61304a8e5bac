/** Entry: read the view from the URL, load the embedded default graph (or ?graph=URL), mount the UI. */
import { createTupuGraph } from '../../graph/json/index.ts';
import { Explorer } from './app/explorer.ts';
import { fetchGraph } from './app/loading.ts';
import { sanitizeViewState, viewStateFromQuery, viewStateToQuery } from './core/url/index.ts';
import { mountCypherBox } from './ui/cypher-box.ts';
import { button, el } from './ui/dom.ts';
import { mountExportMenu } from './ui/export-menu.ts';
import { mountFileDrop } from './ui/file-drop.ts';
import { mountLegend } from './ui/legend.ts';
import { mountNodePanel } from './ui/node-panel.ts';
import { mountPathPanel } from './ui/path-panel.ts';
import { mountSearchBox } from './ui/search-box.ts';
import { mountFilters, mountToolbar } from './ui/toolbar.ts';
import { mountTooltip } from './ui/tooltip.ts';
import { mountContextMenu } from './ui/context-menu.ts';
import { enableLasso } from './app/lasso.ts';
import { mountPickedPanel } from './ui/picked-panel.ts';

declare global {
  interface Window {
    __tupu: { graph: unknown; explorer: Explorer; ready: boolean; error?: string };
    /** Set by the inline script in index.html. */
    __tupuGraphFetch?: { url: string; response: Promise<Response> };
  }
}

const byId = (id: string) => document.getElementById(id)!;

function mountStatus(explorer: Explorer): void {
  const status = byId('status');
  const render = () => {
    const total = explorer.data.order;
    const visible = explorer.visibility.nodes?.size ?? total;
    status.replaceChildren(
      el('span', {
        text: `${explorer.graphName} · ${explorer.t('visibleCount', { nodes: visible, total })}`,
      }),
      explorer.deferred.loaded !== null
        ? el('span', {
            class: 'message info',
            text:
              explorer.deferred.loaded < 1
                ? explorer.t('edgesLoading', {
                    percent: Math.round(explorer.deferred.loaded * 100),
                  })
                : explorer.t('edgesDrawing'),
          })
        : '',
      explorer.settling.fraction !== null
        ? el('span', {
            class: 'message info',
            testid: 'layout-progress',
            text: explorer.t('layoutSettling', {
              percent: Math.round(explorer.settling.fraction * 100),
            }),
          })
        : '',
      explorer.state.hiddenNodes.length
        ? button(
            explorer.t('showHidden', { n: explorer.state.hiddenNodes.length }),
            () => explorer.update({ hiddenNodes: [] }),
            { class: 'link', testid: 'show-hidden' },
          )
        : '',
      explorer.message
        ? el('span', {
            class: `message ${explorer.message.kind}`,
            testid: 'message',
            text: explorer.message.text,
          })
        : '',
    );
    document.documentElement.lang = explorer.state.lang === 'zh' ? 'zh-CN' : 'en';
  };
  render();
  explorer.subscribe(render);
  explorer.settling.subscribe(render);
}

/**
 * Keep the URL in step with the view; keep ?graph= if the page was opened with it. Every
 * view change is a history entry, so Back and Forward step through selections, focus,
 * filters and paths; a popped entry is applied to the explorer.
 */
function syncUrl(explorer: Explorer, graphParam: string | null): void {
  const write = (how: 'push' | 'replace') => {
    const params = new URLSearchParams(viewStateToQuery(explorer.state));
    if (graphParam) params.set('graph', graphParam);
    const query = params.toString();
    if (query === location.search.replace(/^\?/, '')) return;
    const url = query ? `?${query}` : location.pathname;
    if (how === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };
  write('replace'); // the link as opened, minus what this graph does not have
  explorer.subscribe(() => write('push'));
  window.addEventListener('popstate', () => {
    const popped = viewStateFromQuery(location.search);
    explorer.update(sanitizeViewState(popped, (k) => explorer.data.hasNode(k)));
  });
}

/** Esc clears one thing at a time (the article reader and the search box handle their own). */
function bindKeys(explorer: Explorer): void {
  document.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement | null;
    if (target?.closest('input, textarea, select')) return;
    // Undo / redo are the view history (every view change is an entry).
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z') {
      e.preventDefault();
      return e.shiftKey ? history.forward() : history.back();
    }
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    if (target?.closest('.article-view')) return;
    if (document.querySelector('.article-view')) return;
    explorer.clearOne();
  });
}

async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const graphParam = params.get('graph');
  const source = graphParam ?? './graph.json';
  const explorer = new Explorer(byId('graph'), localStorage, viewStateFromQuery(location.search));
  explorer.metrics.phases.boot = performance.now(); // navigation to this module running
  window.__tupu = { graph: explorer.data, explorer, ready: false };
  let error: string | null = null;
  try {
    const { graph, pendingEdges } = await fetchGraph(explorer, source);
    explorer.loadGraph(graph, source.split('/').pop() ?? source, pendingEdges);
  } catch (e) {
    error = (e as Error).message;
    explorer.loadGraph(createTupuGraph(), '—');
  }
  const uiStart = performance.now();
  mountSearchBox(byId('search'), explorer);
  mountToolbar(byId('toolbar'), explorer);
  mountFileDrop(byId('toolbar'), explorer);
  mountExportMenu(byId('toolbar'), explorer);
  mountLegend(byId('left'), explorer);
  mountFilters(byId('left'), explorer);
  mountCypherBox(byId('left'), explorer);
  mountPickedPanel(byId('right'), explorer);
  mountPathPanel(byId('right'), explorer);
  mountNodePanel(byId('right'), explorer);
  mountStatus(explorer);
  mountTooltip(byId('graph'), explorer);
  mountContextMenu(byId('graph'), explorer);
  enableLasso(byId('graph'), explorer);
  syncUrl(explorer, graphParam);
  bindKeys(explorer);
  explorer.metrics.phases.mountUi = performance.now() - uiStart;
  explorer.subscribe(() => (window.__tupu.graph = explorer.data));
  if (error)
    explorer.setMessage({
      kind: 'error',
      text: explorer.t('badFile', { name: source, reason: error }),
    });
  if (explorer.state.selected) explorer.centerOn(explorer.state.selected);
  window.__tupu = { graph: explorer.data, explorer, ready: true, error: error ?? undefined };
}

void start();
