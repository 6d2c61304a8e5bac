/**
 * Cypher box: read-only queries through the serve command's endpoint (POST /api/cypher),
 * results merged into the view; server errors shown as given; without Neo4j, says how to connect.
 */
import type { Explorer } from '../app/explorer.ts';
import { importGraph } from '../../../graph/json/index.ts';
import { button, clear, el } from './dom.ts';

export interface CypherStatus {
  cypher: boolean;
  reason?: string;
}

async function fetchStatus(): Promise<CypherStatus> {
  try {
    const res = await fetch('./api/status');
    if (!res.ok) return { cypher: false };
    return (await res.json()) as CypherStatus;
  } catch {
    return { cypher: false };
  }
}

/** The token the server wrote into this page: the API answers only requests that carry it. */
function pageToken(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="tupu-token"]')?.content ?? '';
}

export async function runCypher(
  query: string,
): Promise<{ graph?: unknown; truncated?: boolean; rows?: number; error?: string }> {
  const res = await fetch('./api/cypher', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-tupu-token': pageToken() },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json().catch(() => ({ error: `HTTP ${res.status}` }))) as {
    graph?: unknown;
    truncated?: boolean;
    rows?: number;
    error?: string;
  };
  return res.ok ? body : { error: body.error ?? `HTTP ${res.status}` };
}

export function mountCypherBox(root: HTMLElement, explorer: Explorer): void {
  const box = el('details', { class: 'cypher-box', testid: 'cypher' });
  root.append(box);
  let status: CypherStatus | null = null;
  let output: { text: string; kind: 'info' | 'error' } | null = null;
  const textarea = el('textarea', {
    attrs: {
      rows: 4,
      spellcheck: 'false',
      'aria-label': 'Cypher',
      placeholder: 'MATCH p=(:Person)-[:HOLDS]->(:Post) RETURN p LIMIT 25',
    },
  });

  const submit = async () => {
    const query = textarea.value.trim();
    if (!query) return;
    try {
      const result = await runCypher(query);
      if (result.error)
        output = { kind: 'error', text: explorer.t('cypherError', { message: result.error }) };
      else {
        const merged = await explorer.mergeGraph(importGraph(result.graph));
        const text = explorer.t('cypherMerged', merged);
        output = {
          kind: 'info',
          text: result.truncated
            ? `${text}\n${explorer.t('cypherTruncated', { rows: result.rows ?? 0 })}`
            : text,
        };
      }
    } catch (e) {
      output = {
        kind: 'error',
        text: explorer.t('cypherError', { message: (e as Error).message }),
      };
    }
    render();
  };
  textarea.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void submit();
    }
  });

  const render = () => {
    const open = box.open;
    clear(box);
    const { t } = explorer;
    box.append(el('summary', { text: t('cypher') }));
    if (status && !status.cypher) {
      box.append(
        el('p', {
          class: 'muted',
          testid: 'cypher-help',
          text: status.reason ? `${t('cypherNoServer')} (${status.reason})` : t('cypherNoServer'),
        }),
      );
    } else {
      box.append(
        textarea,
        button(t('cypherRun'), () => void submit(), { testid: 'cypher-run' }),
      );
    }
    if (output)
      box.append(el('pre', { class: output.kind, testid: 'cypher-output', text: output.text }));
    box.open = open;
  };
  void fetchStatus().then((s) => {
    status = s;
    render();
  });
  render();
  explorer.subscribe(render);
}
