/**
 * Writes name-stats.json: how much more often each character stands in a Chinese given name than
 * in ordinary words, from jieba's own dictionary (@node-rs/jieba dict.txt, MIT; already a
 * dependency, so nothing is fetched). Names there are the entries tagged `nr`; of those, the
 * three-character ones starting with a surname of surnames.txt give the given-name characters
 * (positions 2 and 3, each entry counted once: its frequency is noisy). Ordinary text is every
 * other entry, each character weighted by the entry's frequency. Deterministic; run when jieba or
 * surnames.txt change:
 *   npx tsx ingest/gazetteer/build-name-stats.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const dictPath = join(dirname(require.resolve('@node-rs/jieba/dict.js')), 'dict.txt');

const surnames = new Set(
  readFileSync(join(HERE, 'surnames.txt'), 'utf8')
    .split('\n')
    .filter((l) => !l.startsWith('#'))
    .flatMap((l) => l.split(/\s+/))
    .filter((s) => s.length === 1),
);

/** jieba frequencies: 幸福 3342, 高端 499, 满天 161 are words; 江泽 2 and 温家 56 start names. */
const COMMON_PAIR = 100;
/** Two-character entries tagged nr that are ordinary words (文明 6584, 阳光 3451; 朱德 902). */
const COMMON_NAME_TAGGED = 1000;
const inName = [new Map<string, number>(), new Map<string, number>()];
const inText = new Map<string, number>();
const bump = (m: Map<string, number>, k: string, n: number) => m.set(k, (m.get(k) ?? 0) + n);
/** Two-character words frequent enough that a "name" made of them is a word (幸福感, 高+水平). */
const commonPairs: string[] = [];
/** Characters of jieba's transliterated names (tag nrt: 内塔尼亚胡, 麦克纳马拉), and of other words. */
const inForeign = new Map<string, number>();
let foreignChars = 0;
let names = 0;
let textChars = 0;
for (const line of readFileSync(dictPath, 'utf8').split('\n')) {
  const [word, freq, tag] = line.split(' ');
  if (!word || !/^\p{Script=Han}+$/u.test(word)) continue;
  if (word.length === 2 && Number(freq) >= (tag === 'nr' ? COMMON_NAME_TAGGED : COMMON_PAIR))
    commonPairs.push(word);
  if (tag === 'nrt') {
    for (const ch of word) bump(inForeign, ch, 1);
    foreignChars += word.length;
    continue;
  }
  if (tag === 'nr') {
    if (word.length === 3 && surnames.has(word[0]!)) {
      bump(inName[0]!, word[1]!, 1);
      bump(inName[1]!, word[2]!, 1);
      names++;
    }
    continue;
  }
  for (const ch of word) bump(inText, ch, Number(freq));
  textChars += word.length * Number(freq);
}

/**
 * log10 of (share among given-name characters) / (share in ordinary words), add-one smoothed,
 * rounded to one decimal; characters seen in fewer than 3 names are left out (they score as
 * unseen).
 */
function scores(counts: Map<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [ch, n] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (n < 3) continue;
    const ratio = n / names / (((inText.get(ch) ?? 0) + 1) / textChars);
    out[ch] = Math.round(Math.log10(ratio) * 10) / 10;
  }
  return out;
}

/**
 * Characters at least twice as common in transliterations as in ordinary words, seen in 8
 * or more of them; less a few that end places or titles there (王, 岛, 堡, 圣).
 */
const NOT_FOREIGN = new Set('王岛堡圣宗崇慈邦'.split(''));
const transliteration = [...inForeign]
  .filter(
    ([ch, n]) =>
      n >= 8 &&
      !NOT_FOREIGN.has(ch) &&
      n / foreignChars / (((inText.get(ch) ?? 0) + 1) / textChars) >= Math.pow(10, 0.3),
  )
  .map(([ch]) => ch)
  .sort()
  .join('');

const file = {
  source:
    "Given-name character scores: log10 of a character's share among the given-name characters " +
    "of jieba's `nr` entries (three characters, surname from surnames.txt) over its share in " +
    "jieba's other entries weighted by frequency. jieba dictionary (MIT, @node-rs/jieba). " +
    'Written by build-name-stats.ts.',
  names,
  commonPairs: commonPairs.sort().join(''),
  transliteration,
  second: scores(inName[0]!),
  third: scores(inName[1]!),
};
writeFileSync(join(HERE, 'name-stats.json'), JSON.stringify(file) + '\n');
console.log(
  `name-stats.json: ${names} names, ${Object.keys(file.second).length} + ${Object.keys(file.third).length} characters`,
);
