/**
 * The peer in `npm run bench:ner`: HanLP portable 1.8.4 run by TupuHanlp.java (source-file mode)
 * over the same examples. Its jars are fetched once with Maven into ~/.cache/tupu (bench only:
 * ingest never needs them).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const VERSION = 'portable-1.8.4';

function jarDir(): string {
  const cache = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(cache, 'tupu', `hanlp-${VERSION}`);
}

/** The folder of HanLP portable's jars, fetched with Maven on first use (bench and build scripts only). */
export function ensureJars(): string {
  const dir = jarDir();
  if (existsSync(dir) && readdirSync(dir).some((f) => f.startsWith('hanlp-'))) return dir;
  console.error(`bench/ner: fetching HanLP ${VERSION} from Maven Central into ${dir}`);
  execFileSync(
    'mvn',
    [
      '-B',
      '-q',
      '-f',
      join(HERE, 'pom.xml'),
      'dependency:copy-dependencies',
      `-DoutputDirectory=${dir}`,
    ],
    { stdio: 'inherit' },
  );
  return dir;
}

/** Person names per example, and the seconds HanLP spent segmenting (JVM start-up excluded). */
export function hanlpPeople(texts: string[]): { people: string[][]; seconds: number } {
  const dir = ensureJars();
  const run = spawnSync('java', ['-cp', `${dir}/*`, join(HERE, 'TupuHanlp.java')], {
    input: texts.map((t) => t.replace(/\n/g, ' ')).join('\n') + '\n',
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (run.status !== 0)
    throw new Error(`bench/ner: HanLP failed (exit ${run.status}): ${run.stderr.slice(-2000)}`);
  const lines = run.stdout.split('\n');
  const last = lines.findIndex((l) => l.startsWith('TUPU_HANLP SECONDS '));
  if (last !== texts.length)
    throw new Error(`bench/ner: HanLP answered ${last} lines for ${texts.length} examples`);
  return {
    people: lines.slice(0, last).map((l) => (l ? l.split('\t') : [])),
    seconds: Number(lines[last]!.slice('TUPU_HANLP SECONDS '.length)),
  };
}
