/** `npm run quality`: ingest the seeds and the held-out articles, print the quality tables. */
import { ingestPaths } from '../../ingest/index.ts';
import { formatTable, readGold, scoreAll, SCORED } from './score.ts';

const verbose = process.argv.includes('--verbose');
for (const [title, dir, gold] of [
  ['Seeds (5 pages, rules tuned on them)', 'seeds', 'tests/fixtures/gold'],
  [
    'Held-out 1 (6 articles written apart from the rules; used once to find bugs)',
    'tests/fixtures/heldout',
    'tests/fixtures/heldout/gold',
  ],
  [
    'Held-out 2 (6 more articles written apart from the rules, never used for tuning)',
    'tests/fixtures/heldout2',
    'tests/fixtures/heldout2/gold',
  ],
  [
    'Held-out 3 (6 articles written blind by another person; used once to find bugs)',
    'tests/fixtures/heldout3',
    'tests/fixtures/heldout3/gold',
  ],
  [
    'Held-out 4 (6 articles outside Chongqing, written blind; used once to find bugs on 2026-12-01)',
    'tests/fixtures/heldout4',
    'tests/fixtures/heldout4/gold',
  ],
  [
    'Held-out 5 (6 articles in eastern and southern China, written blind; used once to find bugs on 2026-12-01)',
    'tests/fixtures/heldout5',
    'tests/fixtures/heldout5/gold',
  ],
  [
    'Held-out 6 (6 articles across China, written blind after the 2026-12-01 rule changes; never used for tuning)',
    'tests/fixtures/heldout6',
    'tests/fixtures/heldout6/gold',
  ],
] as const) {
  const { graph } = await ingestPaths([dir]);
  const scores = scoreAll(graph, readGold(gold));
  console.log(formatTable(title, scores) + '\n');
  if (verbose)
    for (const k of SCORED) {
      console.log(`## ${k} missed:`, scores[k].missed.join('; '));
      console.log(`## ${k} spurious:`, scores[k].spurious.join('; '));
    }
}
