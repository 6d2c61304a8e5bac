/**
 * Page quality on a folder of real pages (kept outside the repository, e.g. /tmp/tupu-data):
 * stories found against the story sections that hold text, and the share of article text that
 * is site furniture.
 *
 *   npx tsx bench/pages-quality.ts <folder> [--graph g.json]
 *
 * With --graph, a graph ingested earlier (by another version) is measured instead of ingesting.
 *
 * The furniture check is this script's own, line by line over the input, so it does not simply
 * agree with the ingest's rules: a line is furniture when it is only links or an address, a
 * notice (copyright, disclaimer, share, app), a menu bar, a contents entry (it repeats a heading
 * of its file), or a short line found in at least 3 files and 2% of the folder's files. Article
 * text lines equal to a furniture line count as furniture characters, and so do addresses.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readGraphFile } from '../graph/json/file.ts';
import { ingestPaths } from '../ingest/index.ts';
import { decodeBytes } from '../ingest/text/decode.ts';

const NOTICE =
  /版权|Copyright|©|免责|转载|分享到|扫一扫|扫码|ICP|客户端|关注我们|责任编辑|网站地图|联系我们|上一篇|下一篇|返回顶部|本期节目主要内容/i;

function files(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) return files(p);
      return /\.(md|markdown|txt)$/i.test(f) ? [p] : [];
    });
}

const plain = (line: string) =>
  line
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/^\s*[-+>]\s+/, '')
    .trim();
const entryKey = (line: string) =>
  plain(line)
    .replace(/^(\d+[.、．)]|[（(]\d+[)）])\s*/, '')
    .replace(/[；;。：:，\s]+$/, '');
const han = (s: string) => (s.match(/\p{Script=Han}/gu) ?? []).length;

interface Section {
  file: string;
  title: string;
  lines: string[];
}

async function main(): Promise<void> {
  const [dir, flag, graphPath] = process.argv.slice(2);
  if (!dir) throw new Error('usage: tsx bench/pages-quality.ts <folder> [--graph g.json]');
  const paths = files(dir);
  const texts = paths.map((p) => decodeBytes(readFileSync(p), p).text.replace(/\r\n?/g, '\n'));

  // Sections: headings of level 2 and deeper with at least one line of 15+ Han characters that
  // is neither a link line nor a contents entry.
  const sections: Section[] = [];
  const counts = new Map<string, number>();
  texts.forEach((text, i) => {
    let current: Section | undefined;
    const seen = new Set<string>();
    for (const raw of text.split('\n')) {
      const h = /^(#{2,6})\s+(.*)$/.exec(raw);
      if (h) sections.push((current = { file: paths[i]!, title: plain(h[2]!), lines: [] }));
      else if (current) current.lines.push(raw);
      const line = plain(raw);
      if (line && line.length <= 80 && !h) seen.add(line);
    }
    for (const l of seen) counts.set(l, (counts.get(l) ?? 0) + 1);
  });
  const minFiles = Math.max(3, Math.ceil(paths.length * 0.02));
  const furniture = new Set<string>();
  texts.forEach((text) => {
    const headings = new Set(
      text
        .split('\n')
        .map((l) => /^#{1,6}\s+(.*)$/.exec(l)?.[1])
        .filter((t): t is string => !!t)
        .map(entryKey),
    );
    for (const raw of text.split('\n')) {
      const line = plain(raw);
      if (!line || /^#/.test(raw)) continue;
      const linkOnly =
        raw.includes('](') && raw.replace(/!?\[[^\]]*\]\([^)]*\)|[-*\s|·]/g, '') === '';
      if (
        linkOnly ||
        /^https?:\/\//.test(line) ||
        (line.length < 120 && NOTICE.test(line)) ||
        /^(\S{1,8}\s*[|｜>]\s*){3,}/.test(line) ||
        (!/。$/.test(line) && headings.has(entryKey(line))) ||
        (line.length <= 80 && (counts.get(line) ?? 0) >= minFiles)
      )
        furniture.add(line);
    }
  });
  const withText = sections.filter((s) =>
    s.lines.some((l) => {
      const p = plain(l);
      return han(p) >= 15 && !furniture.has(p);
    }),
  );

  const graph =
    flag === '--graph' && graphPath
      ? await readGraphFile(graphPath)
      : (await ingestPaths([dir])).graph;
  let chars = 0;
  let furnitureChars = 0;
  let glued = 0;
  const titles = new Set<string>();
  let articles = 0;
  graph.forEachNode((_, a) => {
    if (a.type !== 'article') return;
    articles++;
    titles.add(`${a.file}\u0000${a.title}`);
    const text = String(a.text ?? '');
    chars += text.length;
    for (const line of text.split('\n')) {
      if (furniture.has(line.trim())) furnitureChars += line.length;
      else {
        const urls = line.match(/https?:\/\/\S+|\S+\.s?html?\b/g) ?? [];
        if (urls.length) glued++;
        furnitureChars += urls.join('').length;
      }
    }
  });
  const missing = withText.filter((s) => ![...titles].some((t) => t.endsWith(`\u0000${s.title}`)));
  const pct = (a: number, b: number) => `${((100 * a) / Math.max(b, 1)).toFixed(2)}%`;
  console.log(`files: ${paths.length}`);
  console.log(`sections (## or deeper): ${sections.length}, with text: ${withText.length}`);
  console.log(`articles: ${articles}`);
  console.log(`sections with text and no article of that title: ${missing.length}`);
  for (const s of missing.slice(0, 10)) console.log(`  ${s.file}: ${s.title}`);
  console.log(
    `furniture in article text: ${furnitureChars} of ${chars} characters (${pct(furnitureChars, chars)})`,
  );
  console.log(`article text lines with an address or file name glued in: ${glued}`);
}

await main();
