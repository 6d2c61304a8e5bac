/**
 * `npx tsx bench/profile-top.ts <file.cpuprofile> [rows] [--under <function:line>]`: a CPU profile's
 * functions by self time and by total time (a function counted once per sample however often it
 * recurs), as name file:line, then self time by source file (a profile taken under tsx keeps each
 * module's file name, which a bundle loses; there each function is one line of its file). With --under, only the samples beneath that frame (e.g.
 * `withHeadlinePairs:9757` of a bundle): what one caller costs. Make the profile with `node
 * --cpu-prof` over an esbuild bundle (docs/benchmarks.md): tsx puts each module on one line.
 * Samples are wall-clock on the main thread: on a loaded machine read shares, not seconds.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
const args = process.argv.slice(2);
const under = args.includes('--under') ? args[args.indexOf('--under') + 1] : undefined;
const [file, rowsArg] = args.filter((a, i) => a !== '--under' && args[i - 1] !== '--under');
if (!file) {
  console.error('usage: npx tsx bench/profile-top.ts <file.cpuprofile> [rows] [--under fn:line]');
  process.exit(2);
}
const rows = Number(rowsArg ?? 30);
const profile = JSON.parse(readFileSync(file, 'utf8')) as {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
};
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const short = (n: ProfileNode) =>
  `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber + 1}`;
const key = (n: ProfileNode) =>
  `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
const time = new Map<number, number>();
profile.samples.forEach((id, i) =>
  time.set(id, (time.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
);
const self = new Map<string, number>();
const byFile = new Map<string, number>();
const total = new Map<string, number>();
let all = 0;
for (const [id, t] of time) {
  const stack: ProfileNode[] = [];
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur))
    stack.push(byId.get(cur)!);
  let cut = under ? -1 : stack.length;
  if (under)
    for (let k = stack.length - 1; k >= 0 && cut < 0; k--) if (short(stack[k]!) === under) cut = k;
  if (cut < 0) continue;
  all += t;
  const k = key(stack[0]!);
  self.set(k, (self.get(k) ?? 0) + t);
  const file = stack[0]!.callFrame.url.split('/').pop() || stack[0]!.callFrame.functionName;
  byFile.set(file, (byFile.get(file) ?? 0) + t);
  for (const f of new Set(stack.slice(0, cut).map(key))) total.set(f, (total.get(f) ?? 0) + t);
}
for (const [title, m] of [
  ['self', self],
  ['total', total],
  ['self by file', byFile],
] as const) {
  console.log(`== ${title} time${under ? ` under ${under}` : ''} (of ${(all / 1e6).toFixed(2)} s)`);
  for (const [k, t] of [...m].sort((a, b) => b[1] - a[1]).slice(0, rows))
    console.log(
      `${((100 * t) / all).toFixed(1).padStart(5)} % ${(t / 1e3).toFixed(0).padStart(6)} ms  ${k}`,
    );
}
