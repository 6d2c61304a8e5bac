/**
 * Writes person-roles.json: the role statistics of HanLP's person-name recogniser (HanLP portable
 * 1.8.4, Apache-2.0, com.hankcs:hanlp:portable-1.8.4 on Maven Central), read out of its jar by
 * DumpPersonRoles.java. Two tables: how often each word plays each role around a Chinese name
 * (B surname, C/D first/second given character, E single given name, K before a name, L after
 * it, M between two names, Z a two-character given name that is a word, U/V context fused with
 * the name's first/last character, X/G, F, S the sentence start, A anything else), and how often
 * one role follows another. Counted by HanLP's author on annotated People's Daily text. Build time
 * only (the jar is fetched once with Maven into ~/.cache/tupu); deterministic; run when the
 * HanLP version changes:
 *   npx tsx ingest/gazetteer/build-person-roles.ts
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureJars } from '../../bench/ner/hanlp.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const dump = execFileSync(
  'java',
  ['-cp', `${ensureJars()}/*`, join(HERE, 'DumpPersonRoles.java')],
  { encoding: 'utf8', maxBuffer: 1 << 28 },
);
const [, trPart, rolesPart] = dump.split(/^#(?:tr|roles)\n/m);
if (!trPart || !rolesPart) throw new Error('ingest/gazetteer: DumpPersonRoles printed no tables');
const [header, ...rows] = trPart.trim().split('\n');
const labels = header!.split(',').slice(1);
const transitions: Record<string, number[]> = {};
for (const row of rows) {
  const [from, ...counts] = row.split(',');
  transitions[from!] = counts.map(Number);
}
const roles: Record<string, string> = {};
for (const line of rolesPart.trim().split('\n')) {
  const [word, item] = line.split('\t');
  // Numbers (1000万 K 2) never come out of the segmenter as they were counted: dropped.
  if (!word || !item || /[0-9０-９.%]/.test(word)) continue;
  roles[word] = item.replace(/ (\d+)/g, '$1');
}
writeFileSync(
  join(HERE, 'person-roles.json'),
  JSON.stringify({
    source: 'HanLP portable 1.8.4 (Apache-2.0): data/dictionary/person/nr.txt.bin, nr.tr.txt',
    labels,
    transitions,
    roles,
  }) + '\n',
);
console.log(`person-roles.json: ${Object.keys(roles).length} words, ${labels.length} roles`);
