/**
 * `npx tsx bench/profile-warm.ts <out.cpuprofile> <warm-up dir> <dir>...`: a CPU profile of
 * `ingestPaths` over each dir, taken after one untimed ingest of the warm-up dir, so the one-time
 * costs (jieba's dictionary load, the gazetteers' and the name model's tables, the optimiser's
 * first compiles) stay out of it: `--cpu-prof` profiles the whole process, where they took a
 * quarter of the samples of a small set. Read it with `bench/profile-top.ts`. Under tsx each
 * function keeps its name but not its line (a bundle keeps lines, but must sit in
 * ingest/gazetteer/ with ingest/extract/person-filter.json beside it: the modules read their
 * tables beside themselves, and without that file every article is skipped as unreadable).
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { ingestPaths } from '../ingest/index.ts';

const [out, warm, ...dirs] = process.argv.slice(2);
if (!out || !warm || dirs.length === 0) {
  console.error('usage: npx tsx bench/profile-warm.ts <out.cpuprofile> <warm-up dir> <dir>...');
  process.exit(2);
}
await ingestPaths([warm], { articleText: false });
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
const t0 = process.cpuUsage();
let articles = 0;
for (const dir of dirs)
  articles += (await ingestPaths([dir], { articleText: false })).report.articles;
const cpu = process.cpuUsage(t0);
const { profile } = await session.post('Profiler.stop');
writeFileSync(out, JSON.stringify(profile));
console.log(
  `${articles} articles, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} CPU-s profiled → ${out}`,
);
