/**
 * Where the server's JVM spends a stretch of time (bench/neo4j.ts, around the bulk load): CPU
 * seconds per thread group (/proc/<pid>/task), garbage collection (`jstat -gc`: collections,
 * seconds, heap in use) and the JIT's code cache (`jcmd Compiler.codecache`). Linux and a JDK
 * with jstat/jcmd; a probe that cannot be read gives NaN or an empty list, never a failure.
 * The client side: seconds of Node's own garbage collection (PerformanceObserver 'gc').
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';

export interface JvmSnapshot {
  /** CPU seconds of the whole process, threads that ended included. */
  total: number;
  /** CPU seconds per thread group (thread name with its numbers dropped). */
  threads: Map<string, number>;
  /** jstat -gc: young/full/concurrent collections and their seconds; heap in use (MB). */
  gc: { collections: number; seconds: number; heapUsedMb: number; heapCapacityMb: number };
  /** Code cache in use and its size (KB), and whether the JIT was switched off (cache full). */
  codeCache: { usedKb: number; maxKb: number; full: boolean };
}

function threadCpu(pid: number): Map<string, number> {
  const out = new Map<string, number>();
  let tids: string[] = [];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const seconds = (Number(fields[11]) + Number(fields[12])) / 100;
      // "GC Thread#1", "neo4j.Scheduler-7", "C2 CompilerThre": one group per kind of thread.
      const group = name.replace(/[#-]?\d+$/, '').replace(/\d+/g, 'N');
      out.set(group, (out.get(group) ?? 0) + seconds);
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return out;
}

function run(cmd: string, args: string[]): string {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return '';
  }
}

function gcOf(pid: number): JvmSnapshot['gc'] {
  const [head, values] = run('jstat', ['-gc', String(pid)])
    .trim()
    .split('\n');
  const cols = head?.trim().split(/\s+/) ?? [];
  const vals = values?.trim().split(/\s+/).map(Number) ?? [];
  const v = (name: string) => vals[cols.indexOf(name)] ?? NaN;
  return {
    collections: v('YGC') + v('FGC') + (v('CGC') || 0),
    seconds: v('GCT'),
    heapUsedMb: (v('S0U') + v('S1U') + v('EU') + v('OU')) / 1024,
    heapCapacityMb: (v('S0C') + v('S1C') + v('EC') + v('OC')) / 1024,
  };
}

function codeCacheOf(pid: number): JvmSnapshot['codeCache'] {
  const text = run('jcmd', [String(pid), 'Compiler.codecache']);
  let usedKb = 0;
  let maxKb = 0;
  for (const m of text.matchAll(/size=(\d+)Kb used=(\d+)Kb/g)) {
    maxKb += Number(m[1]);
    usedKb += Number(m[2]);
  }
  return {
    usedKb: text ? usedKb : NaN,
    maxKb: text ? maxKb : NaN,
    full: /full_count=[1-9]|compilation: disabled/.test(text),
  };
}

function processCpu(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

export function snapshotJvm(pid: number): JvmSnapshot {
  const threads = threadCpu(pid);
  return { total: processCpu(pid), threads, gc: gcOf(pid), codeCache: codeCacheOf(pid) };
}

/** What happened between two snapshots, as one line of text and as JSON for the report. */
export function jvmDelta(before: JvmSnapshot, after: JvmSnapshot, top = 8) {
  const live = [...after.threads].map(
    ([name, s]) => [name, s - (before.threads.get(name) ?? 0)] as const,
  );
  // Threads that ended in between (the importer's own) are only in the process's total.
  const ended = after.total - before.total - live.reduce((a, [, s]) => a + Math.max(0, s), 0);
  const threads = [...live, ['(threads that ended)', ended] as const]
    .filter(([, s]) => s >= 0.05)
    .sort((a, b) => b[1] - a[1])
    .slice(0, top);
  const gc = {
    collections: after.gc.collections - before.gc.collections,
    seconds: after.gc.seconds - before.gc.seconds,
    heapUsedMbBefore: before.gc.heapUsedMb,
    heapCapacityMbBefore: before.gc.heapCapacityMb,
  };
  const line =
    `GC ${gc.seconds.toFixed(2)}s in ${gc.collections} collections ` +
    `(heap ${gc.heapUsedMbBefore.toFixed(0)} of ${gc.heapCapacityMbBefore.toFixed(0)} MB in use before); ` +
    `code cache ${(before.codeCache.usedKb / 1024).toFixed(0)} → ${(after.codeCache.usedKb / 1024).toFixed(0)} of ` +
    `${(after.codeCache.maxKb / 1024).toFixed(0)} MB${after.codeCache.full ? ' (was full)' : ''}; threads (CPU s): ` +
    threads.map(([n, s]) => `${n} ${s.toFixed(1)}`).join(', ');
  return {
    line,
    json: { gc, codeCache: { before: before.codeCache, after: after.codeCache }, threads },
  };
}

/** Seconds Node spent collecting garbage from now until `stop()`. */
export function clientGc(): { stop: () => Promise<number> } {
  let ms = 0;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) ms += e.duration;
  });
  observer.observe({ entryTypes: ['gc'] });
  return {
    // Entries arrive on the event loop, which a synchronous CSV writer holds: let them in.
    stop: async () => {
      await new Promise((r) => setTimeout(r, 20));
      observer.disconnect();
      return ms / 1000;
    },
  };
}
