/**
 * The public NER sets `npm run bench:ner` reads from a folder (never committed: not ours):
 *   <dir>/clue/test.json      CLUENER2020 dev split (1,343 examples; hemingkx/CLUENER2020
 *                             BERT-CRF/data/clue/test.json is the official dev.json)
 *   <dir>/msra/test/          MSRA NER test split, one sentence a line, characters and BIO tags
 *                             space-separated (lemonhu/NER-BERT-pytorch data/msra/test/)
 * Each example becomes its text and the gold strings per class.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Example {
  text: string;
  /** Gold strings per class (person, position), as printed. */
  gold: { person: string[]; position: string[] };
  /** CLUENER's other label classes present (game, movie, book…), for the subsets. */
  labels: string[];
}

export const HOW_TO_GET = `bench/ner: the data is not in the repository. Fetch the public copies, e.g.:
  git clone --depth 1 https://github.com/hemingkx/CLUENER2020 /tmp/clue-src
  git clone --depth 1 https://github.com/lemonhu/NER-BERT-pytorch /tmp/msra-src
  mkdir -p <dir>/clue <dir>/msra
  cp /tmp/clue-src/BERT-CRF/data/clue/test.json <dir>/clue/       # = CLUENER2020 dev.json
  cp -r /tmp/msra-src/data/msra/test <dir>/msra/                  # sentences.txt, tags.txt
then: npm run bench:ner -- --data <dir>`;

export function readClue(file: string): Example[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((line) => {
      const row = JSON.parse(line) as {
        text: string;
        label?: Record<string, Record<string, unknown>>;
      };
      const label = row.label ?? {};
      return {
        text: row.text,
        gold: {
          person: Object.keys(label.name ?? {}),
          position: Object.keys(label.position ?? {}),
        },
        labels: Object.keys(label),
      };
    });
}

export function readMsra(dir: string): Example[] {
  const sentences = readFileSync(join(dir, 'sentences.txt'), 'utf8').split('\n');
  const tags = readFileSync(join(dir, 'tags.txt'), 'utf8').split('\n');
  const out: Example[] = [];
  sentences.forEach((line, n) => {
    if (!line.trim()) return;
    const chars = line.trim().split(' ');
    const bio = tags[n]!.trim().split(' ');
    if (chars.length !== bio.length)
      throw new Error(
        `bench/ner: ${dir} line ${n + 1}: ${chars.length} characters, ${bio.length} tags`,
      );
    const person: string[] = [];
    let current = '';
    bio.forEach((t, k) => {
      if (t === 'B-PER' || (t === 'I-PER' && !current)) {
        if (current) person.push(current);
        current = chars[k]!;
      } else if (t === 'I-PER') current += chars[k];
      else if (current) {
        person.push(current);
        current = '';
      }
    });
    if (current) person.push(current);
    out.push({ text: chars.join(''), gold: { person, position: [] }, labels: [] });
  });
  return out;
}

export interface Dataset {
  name: string;
  examples: Example[];
  classes: ('person' | 'position')[];
}

/** The sets found under dir (with their subsets); a clear error naming how to get them if none. */
export function readDatasets(dir: string, split: 'test' | 'dev' = 'test'): Dataset[] {
  const sets: Dataset[] = [];
  const msraDir = join(dir, 'msra', split === 'test' ? 'test' : 'val');
  if (existsSync(join(msraDir, 'sentences.txt')))
    sets.push({
      name: `MSRA ${split === 'test' ? 'test' : 'val'}`,
      examples: readMsra(msraDir),
      classes: ['person'],
    });
  const clue = join(dir, 'clue', split === 'test' ? 'test.json' : 'train.json');
  if (existsSync(clue)) {
    const examples = readClue(clue);
    const label = split === 'test' ? 'CLUENER dev' : 'CLUENER train';
    sets.push({ name: label, examples, classes: ['person', 'position'] });
    sets.push({
      name: `${label}, name + position, no game/movie/book`,
      examples: examples.filter(
        (e) =>
          e.labels.includes('name') &&
          e.labels.includes('position') &&
          !e.labels.some((l) => l === 'game' || l === 'movie' || l === 'book'),
      ),
      classes: ['person', 'position'],
    });
  }
  if (sets.length === 0) throw new Error(`bench/ner: no data under ${dir}\n${HOW_TO_GET}`);
  return sets;
}
