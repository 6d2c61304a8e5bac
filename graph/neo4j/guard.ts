/**
 * Read-only queries, decided by Neo4j itself. A user's query is first planned with EXPLAIN in a
 * READ session: the server's own parser says what kind of query it is (`queryType`) and which
 * operators it would run, so no text trick (comments, strings, backticks, unicode escapes) can
 * hide a clause from the check. Refused before anything runs: writes and schema changes, LOAD
 * CSV, administration commands (SHOW/TERMINATE TRANSACTIONS, SHOW USERS …) and procedures outside
 * a short read-only list. What the check cannot see is enforced by the server anyway: the READ
 * access mode refuses writes, and the local server refuses file URLs and network fetches for
 * LOAD CSV (TupuNeo4j.java). Queries then run with a transaction timeout (the server cancels
 * them) and a row cap (the stream is cancelled, memory stays bounded).
 */
import type { ProfiledPlan, Plan, Result, ResultSummary, Session } from 'neo4j-driver';
import { Neo4jError } from './errors.ts';

/** Procedures a read-only query may call: schema introspection and full-text search. */
export const READ_PROCEDURES: ReadonlySet<string> = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
]);

/** Query limits: every user query has both. */
export interface QueryLimits {
  /** Transaction timeout in ms, enforced by the server (default 30 s; 0: the server's own). */
  timeoutMs: number;
  /** Rows read before the stream is cancelled and the result marked truncated. */
  maxRows: number;
}

/** The explorer's Cypher box: what a screen can show. */
export const DEFAULT_LIMITS: QueryLimits = { timeoutMs: 30_000, maxRows: 10_000 };
/** The command line (query, export --cypher): files, not screens, so more rows. */
export const CLI_LIMITS: QueryLimits = { timeoutMs: 300_000, maxRows: 1_000_000 };

/** Limits from TUPU_QUERY_TIMEOUT (seconds) and TUPU_QUERY_MAX_ROWS over the given defaults. */
export function limitsFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  defaults: QueryLimits = DEFAULT_LIMITS,
): QueryLimits {
  return {
    timeoutMs: positive(env.TUPU_QUERY_TIMEOUT, 'TUPU_QUERY_TIMEOUT', 1000) ?? defaults.timeoutMs,
    maxRows: positive(env.TUPU_QUERY_MAX_ROWS, 'TUPU_QUERY_MAX_ROWS', 1) ?? defaults.maxRows,
  };
}

export function positive(raw: string | undefined, name: string, scale: number): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0)
    throw new Neo4jError(`${name} must be a positive number, got "${raw}"`);
  return Math.round(n * scale);
}

type AnyPlan = Plan | ProfiledPlan;

/** Why the planned query is not read-only, or null when it is. Pure: unit-tested on plans. */
export function refusalOf(summary: Pick<ResultSummary, 'queryType' | 'plan'>): string | null {
  const operators: { type: string; details: string }[] = [];
  const walk = (p: AnyPlan) => {
    const details = p.arguments?.Details;
    operators.push({ type: p.operatorType, details: typeof details === 'string' ? details : '' });
    p.children.forEach(walk);
  };
  if (summary.plan && typeof summary.plan === 'object') walk(summary.plan);
  for (const { type, details } of operators) {
    const op = type.split('@')[0]!;
    if (op === 'LoadCSV') return 'LOAD CSV';
    if (/^(Show|Terminate|AdministrationCommand|SystemProcedureCall)/.test(op))
      return `the administration command ${op}`;
    if (op === 'ProcedureCall') {
      const name = /^([\w.]+)\(/.exec(details)?.[1] ?? details;
      if (!READ_PROCEDURES.has(name)) return `the procedure ${name || '(unknown)'}`;
    }
  }
  if (summary.queryType === 'rw' || summary.queryType === 'w') return 'a write';
  if (summary.queryType === 's') return 'a schema or system command';
  if (summary.queryType !== 'r') return `a query of type ${String(summary.queryType)}`;
  return null;
}

/** Plan the query in `session` (READ) and throw a one-line error when it is not read-only. */
export async function assertReadOnly(
  session: Session,
  cypher: string,
  params: Record<string, unknown>,
): Promise<void> {
  const planned = await session.run(`EXPLAIN ${cypher}`, params);
  const reason = refusalOf(planned.summary);
  if (reason === 'a write')
    throw new Neo4jError(
      'this query writes, and queries run read-only by default',
      'Tupu.ReadOnly',
    );
  if (reason) throw new Neo4jError(`read-only: ${reason} is not allowed here`, 'Tupu.ReadOnly');
}

export interface LimitedRun {
  truncated: boolean;
  rows: number;
  /** The result's column names. */
  keys: string[];
  /** Present when the stream ran to its end (not cut by the cap). */
  summary?: ResultSummary;
}

/**
 * Run `cypher` with a server-side timeout, feeding each record to `onRecord` until the row cap
 * or `onRecord` says stop (returns false). The driver pulls records in batches, so a huge result
 * is never held; stopping cancels the rest on the server. `signal` cancels the query too: the
 * stream is discarded and the transaction, found by its metadata, is terminated at once.
 */
export async function runLimited(
  session: Session,
  cypher: string,
  params: Record<string, unknown>,
  limits: QueryLimits,
  onRecord: (values: unknown[]) => boolean | void,
  options: { signal?: AbortSignal; terminate?: (tag: string) => Promise<void> } = {},
): Promise<LimitedRun> {
  const tag = `tupu-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const result: Result = session.run(cypher, params, {
    ...(limits.timeoutMs > 0 ? { timeout: limits.timeoutMs } : {}),
    metadata: { tupu: tag },
  });
  let rows = 0;
  let truncated = false;
  let keys: string[] = [];
  let summary: ResultSummary | undefined;
  const onAbort = () => void options.terminate?.(tag).catch(() => undefined);
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    keys = (await result.keys()).map(String);
    const iterator = result[Symbol.asyncIterator]();
    for (;;) {
      const next = await iterator.next();
      if (next.done) {
        summary = next.value;
        break;
      }
      const record = next.value;
      if (options.signal?.aborted) throw new Neo4jError('query cancelled: the client went away');
      if (rows >= limits.maxRows || onRecord([...record.values()]) === false) {
        truncated = true;
        await iterator.return?.(); // discards the remaining records on the server
        break;
      }
      rows++;
    }
  } catch (e) {
    if (options.signal?.aborted) throw new Neo4jError('query cancelled: the client went away');
    throw timeoutError(e, limits) ?? e;
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
  }
  return { truncated, rows, keys, summary };
}

/** Terminate the running transaction whose metadata carries `tag` (trusted server code only). */
export async function terminateTagged(session: Session, tag: string): Promise<void> {
  const found = await session.run(
    'SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.tupu = $tag RETURN transactionId',
    { tag },
  );
  const ids = found.records.map((r) => r.get(0) as string);
  if (ids.length) await session.run('TERMINATE TRANSACTIONS $ids', { ids });
}

function timeoutError(e: unknown, limits: QueryLimits): Neo4jError | undefined {
  const code = (e as { code?: string })?.code ?? '';
  if (/TransactionTimedOut|TransactionTimedOutClientConfiguration/.test(code))
    return new Neo4jError(
      `query stopped after the ${limits.timeoutMs / 1000} s timeout (TUPU_QUERY_TIMEOUT sets it)`,
      code,
    );
  return undefined;
}
