/** Export menu: visible subgraph or selection in the CLI's formats (JSON, GEXF, GraphML, CSV, Cypher), PNG, SVG; and the HTML report. */
import { downloadAsPNG } from '@sigma/export-image';
import type { Explorer } from '../app/explorer.ts';
import type { TupuGraph } from '../../../graph/json/index.ts';
import type { NodeAttributes } from '../../../graph/schema.ts';
import {
  fileStamp,
  toCliFiles,
  CLI_FORMATS,
  visibleSubgraph,
  type ExportScope,
} from '../core/export/index.ts';
import { selectionTitle } from '../core/selection/title.ts';
import type { MessageKey } from '../core/i18n/index.ts';
import { button, clear, downloadText, el } from './dom.ts';

/** The report helper's browser-safe renderer (report/render-html.ts), loaded on first use. */
async function loadReportRenderer() {
  try {
    return (await import('../../../report/render-html.ts')).renderReportHtml;
  } catch {
    return null;
  }
}

/** Article attributes for evidence whose article node is outside the exported subgraph. */
function articleLookup(explorer: Explorer): Record<string, NodeAttributes> {
  const out: Record<string, NodeAttributes> = {};
  explorer.data.forEachNode((k, a) => {
    if (a.type === 'article') out[k] = a;
  });
  return out;
}

const isCliFormat = (f: string): f is (typeof CLI_FORMATS)[number] =>
  (CLI_FORMATS as readonly string[]).includes(f);

function selectionText(explorer: Explorer, scope: ExportScope): string {
  const parts = [
    scope === 'selection' ? explorer.t('exportSelection') : explorer.t('exportVisible'),
  ];
  parts.push(selectionTitle(explorer.data, explorer.state, explorer.t, explorer.graphName));
  if (scope === 'selection' && explorer.state.picked.length)
    parts.push(explorer.t('picked', { n: explorer.state.picked.length }));
  else if (scope === 'selection' && explorer.state.selected)
    parts.push(explorer.data.getNodeAttribute(explorer.state.selected, 'label'));
  return parts.join(' · ');
}

/**
 * Selection scope: the lassoed nodes, else the path when one is drawn, else the selected
 * node and its visible neighbours.
 */
function selectionKeys(explorer: Explorer): Set<string> | undefined {
  if (explorer.state.picked.length) return new Set(explorer.state.picked);
  if (explorer.path) return new Set(explorer.path.nodes);
  const key = explorer.state.selected;
  if (!key) return undefined;
  return new Set([key, ...explorer.data.neighbors(key)]);
}

export function exportSubgraph(explorer: Explorer, scope: ExportScope): TupuGraph {
  return visibleSubgraph(
    explorer.data,
    explorer.visibility,
    scope === 'selection' ? selectionKeys(explorer) : undefined,
  );
}

export function mountExportMenu(root: HTMLElement, explorer: Explorer): void {
  const menu = el('details', { class: 'export-menu', testid: 'export' });
  root.append(menu);
  let scope: ExportScope = 'visible';
  let reportAvailable: boolean | null = null;
  void loadReportRenderer().then((fn) => {
    reportAvailable = !!fn;
    render();
  });

  const run = async (format: string) => {
    await explorer.attachEdges();
    const sub = exportSubgraph(explorer, scope);
    if (isCliFormat(format)) {
      const articles = new Map(Object.entries(articleLookup(explorer)));
      const louvain = explorer.state.colorMode === 'louvain';
      const colorOf = (k: string) => {
        const a = explorer.render.getNodeAttributes(k);
        return louvain ? (a.communityColor ?? a.typeColor) : a.typeColor;
      };
      for (const f of toCliFiles(sub, format, articles, explorer.render, colorOf))
        downloadText(f.name, f.mime, f.content);
    }
    if (format === 'png')
      await downloadAsPNG(explorer.sigma, {
        fileName: `tupu-${fileStamp()}`,
        backgroundColor: '#ffffff',
      });
    if (format === 'report') {
      const renderReportHtml = await loadReportRenderer();
      if (!renderReportHtml)
        return explorer.setMessage({ kind: 'error', text: explorer.t('reportUnavailable') });
      const html = renderReportHtml(sub, {
        title: selectionTitle(explorer.data, explorer.state, explorer.t, explorer.graphName),
        selection: selectionText(explorer, scope),
        articles: articleLookup(explorer),
      });
      downloadText(`tupu-report-${fileStamp()}.html`, 'text/html', html);
    }
  };

  const render = () => {
    const open = menu.open;
    clear(menu);
    const { t } = explorer;
    const scopeRadio = (value: ExportScope, text: string) =>
      el('label', { class: 'check' }, [
        el('input', {
          attrs: { type: 'radio', name: 'export-scope', value, checked: scope === value },
          on: { change: () => (scope = value) },
        }),
        text,
      ]);
    menu.append(
      el('summary', { text: t('export') }),
      el('div', { class: 'export-body' }, [
        scopeRadio('visible', t('exportVisible')),
        scopeRadio('selection', t('exportSelection')),
        ...([...CLI_FORMATS, 'png'] as const).map((f) =>
          button(t(`export${f[0]!.toUpperCase()}${f.slice(1)}` as MessageKey), () => void run(f), {
            testid: `export-${f}`,
          }),
        ),
        button(
          reportAvailable === false ? t('reportUnavailable') : t('exportReport'),
          () => void run('report'),
          {
            testid: 'export-report',
            attrs: { disabled: reportAvailable === false },
          },
        ),
      ]),
    );
    menu.open = open;
  };
  render();
  explorer.subscribe(render);
  // "Export selection…" from the picked panel or the node menu: open here on that scope.
  document.addEventListener('tupu:export', (e) => {
    scope = (e as CustomEvent<ExportScope>).detail;
    render();
    menu.open = true;
    menu.querySelector('button')?.focus();
  });
}
