import { describe, expect, it } from 'vitest';
import type { Neo4jConnection } from './driver.ts';
import { writeBatch, writeBatchPatiently } from './loader.ts';

/** A connection whose write transactions fail with `errors` in turn, then write the batch. */
function flakyConnection(errors: { code: string }[]) {
  let calls = 0;
  const session = {
    executeWrite: async () => {
      calls++;
      const error = errors.shift();
      if (error) throw Object.assign(new Error(error.code), error);
      // The batch's result record: three rows written.
      return { has: () => false, get: () => ({ toNumber: () => 3 }) };
    },
    close: async () => undefined,
  };
  const conn = { driver: { session: () => session }, config: { uri: 'bolt://x' } };
  return { conn: conn as unknown as Neo4jConnection, calls: () => calls };
}

const batch = { kind: 'nodes' as const, statement: 'RETURN 1', rows: [1, 2, 3] };

/** A connection that keeps the parameters of each statement it runs (one row written each). */
function recordingConnection() {
  const sent: unknown[] = [];
  const record = { has: () => false, get: () => ({ toNumber: () => 1 }) };
  const tx = {
    run: async (_statement: string, params: { batch: unknown }) => {
      sent.push(params.batch);
      return { records: [record] };
    },
  };
  const session = {
    executeWrite: async (work: (t: typeof tx) => unknown) => work(tx),
    close: async () => undefined,
  };
  const conn = { driver: { session: () => session }, config: { uri: 'bolt://x' } };
  return { conn: conn as unknown as Neo4jConnection, sent };
}
const deadlock = { code: 'Neo.TransientError.Transaction.DeadlockDetected' };

describe('graph/neo4j loader', () => {
  it('tries a deadlocked batch again until it goes through', async () => {
    const { conn, calls } = flakyConnection([deadlock, deadlock]);
    expect(await writeBatchPatiently(conn, batch)).toBe(3);
    expect(calls()).toBe(3);
  });

  it('passes other errors on at once, and gives up on a batch that keeps deadlocking', async () => {
    const lost = flakyConnection([{ code: 'ServiceUnavailable' }]);
    await expect(writeBatchPatiently(lost.conn, batch)).rejects.toThrow('ServiceUnavailable');
    expect(lost.calls()).toBe(1);
    const stuck = flakyConnection(Array.from({ length: 20 }, () => deadlock));
    await expect(writeBatchPatiently(stuck.conn, batch)).rejects.toThrow('DeadlockDetected');
    expect(stuck.calls()).toBe(8);
  });

  it('sends edge rows by the kind of their batch, whatever its statement says', async () => {
    // The same statement text twice: only the kind decides how the ends travel.
    const row = { key: 'HOLDS:person:甲->post:乙', source: 'person:甲', target: 'post:乙' };
    const ids = new Map([
      ['person:甲', '4:db:17'],
      ['post:乙', '4:db:18'],
    ]);
    const { conn, sent } = recordingConnection();
    const statement = 'UNWIND $batch.rows AS row RETURN count(*) AS written';
    await writeBatch(conn, { kind: 'edges', statement, rows: [row] }, ids);
    await writeBatch(conn, { kind: 'keyed edges', statement, rows: [row] }, ids);
    const [byId, byKey] = sent as { rows: Record<string, unknown>[]; p?: string }[];
    expect(byId!.p).toBe('4:db:1');
    expect(byId!.rows[0]).toMatchObject({ key: row.key, s: '7', t: '8' });
    expect(byKey).toEqual({ rows: [row] });
  });
});
