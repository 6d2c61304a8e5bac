import { describe, expect, it } from 'vitest';
import type { Neo4jConnection } from './driver.ts';
import { writeBatchPatiently } from './loader.ts';

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

const batch = { statement: 'RETURN 1', rows: [1, 2, 3] };
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
});
