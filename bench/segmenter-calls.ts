/**
 * `npx tsx bench/segmenter-calls.ts <dir> [checkout]`: how often extraction calls jieba natively
 * (cut, tag, characters cut) over the articles of a folder, behind the segmenter's caches. A count
 * does not swing with the machine's load as CPU time does: a rule that stops asking the segmenter
 * shows here exactly (each call costs about 10 µs inside an ingest, see docs/benchmarks.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const [dir, root = '.'] = process.argv.slice(2);
if (!dir) {
  console.error('bench/segmenter-calls: usage: npx tsx bench/segmenter-calls.ts <dir> [checkout]');
  process.exit(2);
}
const { segmenter } = (await import(
  resolve(root, 'ingest/text/segmenter.ts')
)) as typeof import('../ingest/text/segmenter.ts');
const { articlesFromText } = (await import(
  resolve(root, 'ingest/index.ts')
)) as typeof import('../ingest/index.ts');
const jieba = segmenter();
const calls = { cut: 0, tag: 0, characters: 0 };
const cut = jieba.cut.bind(jieba);
const tag = jieba.tag.bind(jieba);
jieba.cut = (text, hmm) => {
  calls.cut++;
  calls.characters += text.length;
  return cut(text, hmm);
};
jieba.tag = (text, hmm) => {
  calls.tag++;
  return tag(text, hmm);
};
// Per clause (text between ，。；！？：、 or line breaks): how far the rules' windows are from one
// segmentation per clause (docs/benchmarks.md, eighth round).
const text = { stories: 0, characters: 0, clauses: 0 };
for (const f of readdirSync(dir)
  .filter((f) => /\.(txt|md)$/.test(f))
  .sort())
  try {
    const { records } = articlesFromText(
      readFileSync(`${dir}/${f}`, 'utf8'),
      f,
      f.endsWith('.md') ? 'markdown' : 'text',
    );
    for (const r of records) {
      text.stories++;
      text.characters += r.text.length;
      text.clauses += r.text.split(/[，。；！？：、\n]/).filter((c) => c.trim()).length;
    }
  } catch {
    // a file without articles
  }
console.log(
  JSON.stringify({
    ...calls,
    text,
    cutsPerClause: +(calls.cut / text.clauses).toFixed(2),
    tagsPerClause: +(calls.tag / text.clauses).toFixed(2),
    cutPerCharacter: +(calls.characters / text.characters).toFixed(2),
  }),
);
