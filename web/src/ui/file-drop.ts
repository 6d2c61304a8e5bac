/** Load another graph JSON: file picker or drag and drop anywhere; bad files get a clear message. */
import type { Explorer } from '../app/explorer.ts';
import { parseGraphJson } from '../../../graph/json/index.ts';
import { el } from './dom.ts';

export async function loadGraphFile(explorer: Explorer, file: File): Promise<boolean> {
  try {
    const graph = parseGraphJson(await file.text());
    explorer.loadGraph(graph, file.name);
    explorer.setMessage({
      kind: 'info',
      text: explorer.t('loaded', { name: file.name, nodes: graph.order, edges: graph.size }),
    });
    return true;
  } catch (e) {
    explorer.setMessage({
      kind: 'error',
      text: explorer.t('badFile', { name: file.name, reason: (e as Error).message }),
    });
    return false;
  }
}

export function mountFileDrop(root: HTMLElement, explorer: Explorer): void {
  const input = el('input', {
    testid: 'file-input',
    attrs: { type: 'file', accept: '.json,application/json', hidden: true },
    on: {
      change: () => {
        const f = input.files?.[0];
        if (f) void loadGraphFile(explorer, f);
        input.value = '';
      },
    },
  });
  const open = el('button', { attrs: { type: 'button' }, on: { click: () => input.click() } });
  const overlay = el('div', { class: 'drop-overlay', attrs: { hidden: true } });
  root.append(open, input);
  document.body.append(overlay);
  const relabel = () => {
    open.textContent = explorer.t('loadFile');
    overlay.textContent = explorer.t('dropHere');
  };
  relabel();
  explorer.subscribe(relabel);
  window.addEventListener('dragover', (e) => {
    e.preventDefault();
    overlay.hidden = false;
  });
  window.addEventListener('dragleave', (e) => {
    if (!e.relatedTarget) overlay.hidden = true;
  });
  window.addEventListener('drop', (e) => {
    e.preventDefault();
    overlay.hidden = true;
    const file = e.dataTransfer?.files[0];
    if (file) void loadGraphFile(explorer, file);
  });
}
