import { describe, expect, it } from 'vitest';
import { limitsFromEnv, refusalOf } from './guard.ts';

/** A plan as the driver gives it: operatorType "Name@db", Details in arguments, children. */
function plan(...ops: [string, string?][]): never {
  let node: unknown = undefined;
  for (const [type, details] of [...ops].reverse())
    node = {
      operatorType: `${type}@neo4j`,
      arguments: details ? { Details: details } : {},
      identifiers: [],
      children: node ? [node] : [],
    };
  return node as never;
}

describe('graph/neo4j guard: refusalOf', () => {
  it('lets plain reads and whitelisted procedures through', () => {
    expect(refusalOf({ queryType: 'r', plan: plan(['ProduceResults'], ['AllNodesScan']) })).toBe(
      null,
    );
    const labels = plan(['ProduceResults'], ['ProcedureCall', 'db.labels() :: (label :: STRING)']);
    expect(refusalOf({ queryType: 'r', plan: labels })).toBe(null);
  });

  it('refuses LOAD CSV wherever it sits, even in a read', () => {
    const p = plan(['ProduceResults'], ['LoadCSV', 'l'], ['Projection', '$autostring_0 AS s']);
    expect(refusalOf({ queryType: 'r', plan: p })).toBe('LOAD CSV');
  });

  it('refuses administration commands that plan as reads', () => {
    const terminate = plan(['ProduceResults'], ['TerminateTransactions', 'transactions(x)']);
    expect(refusalOf({ queryType: 'r', plan: terminate })).toMatch(/TerminateTransactions/);
    expect(refusalOf({ queryType: 'r', plan: plan(['ShowTransactions']) })).toMatch(/Show/);
    expect(refusalOf({ queryType: 's', plan: plan(['AdministrationCommand']) })).toMatch(
      /administration/,
    );
  });

  it('refuses procedures outside the read list, writes and schema changes', () => {
    const config = plan(['ProduceResults'], ['ProcedureCall', 'dbms.listConfig() :: (name)']);
    expect(refusalOf({ queryType: 's', plan: config })).toBe('the procedure dbms.listConfig');
    expect(refusalOf({ queryType: 'rw', plan: plan(['Create', '(n:X)']) })).toBe('a write');
    expect(refusalOf({ queryType: 's', plan: plan(['CreateIndex']) })).toMatch(/schema/);
    expect(refusalOf({ queryType: undefined as never, plan: false })).toMatch(/type/);
  });
});

describe('graph/neo4j guard: limitsFromEnv', () => {
  it('reads seconds and rows, refusing nonsense with the variable named', () => {
    expect(limitsFromEnv({ TUPU_QUERY_TIMEOUT: '2.5', TUPU_QUERY_MAX_ROWS: '7' })).toEqual({
      timeoutMs: 2500,
      maxRows: 7,
    });
    expect(() => limitsFromEnv({ TUPU_QUERY_TIMEOUT: '-1' })).toThrow(/TUPU_QUERY_TIMEOUT/);
  });
});
