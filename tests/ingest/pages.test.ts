/**
 * Real pages as they come: saved web pages of three site shapes, article identity from any
 * folder, and per-file faults (permissions, vanished files, interrupted writes).
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import {
  chmod,
  cp,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  symlink,
  unlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { NODE_RESERVED, splitProps } from '../../graph/neo4j/properties.ts';
import { ingestPaths } from '../../ingest/index.ts';

const run = promisify(execFile);
const CLI = resolve('bin/tupu.js');
const PAGES = resolve('tests/fixtures/pages');

describe('saved web pages', async () => {
  const { graph, report } = await ingestPaths([PAGES]);
  const article = (file: string) =>
    graph.findNode((_, a) => a.type === 'article' && a.file === `pages/${file}`);
  const attrs = (file: string) => graph.getNodeAttributes(article(file)!);

  it('reads title, date, outlet, address and byline of three site shapes', () => {
    expect(report.skipped).toEqual([]);
    expect(attrs('dongchuan-news.html')).toMatchObject({
      title: '青禾县智能制造产业园首批项目投产',
      date: '2026-05-04',
      outlet: '东川新闻网',
      url: 'https://www.example-dongchuan.cn/news/2026-05/04/c_1130.htm',
      byline: '记者 柯明远',
    });
    // GB2312 declared in the page's head, stored as GBK bytes
    expect(attrs('nanling-daily.htm')).toMatchObject({
      title: '南岭省出台支持民营经济发展二十条措施',
      date: '2026-03-01',
      outlet: '南岭日报',
      byline: '方晓岚',
    });
    expect(attrs('baishi-gov.html')).toMatchObject({
      title: '白石市召开优化营商环境工作推进会',
      date: '2025-12-30',
      outlet: '白石市人民政府办公室',
    });
  });

  it('keeps scripts, menus, related links, share bars and footers out of the text', () => {
    for (const file of ['dongchuan-news.html', 'nanling-daily.htm', 'baishi-gov.html']) {
      const text = attrs(file).text as string;
      expect(text.length, file).toBeGreaterThan(100);
      expect(text, file).not.toMatch(
        /首页|要闻|统计代码|广告|相关新闻|招商推介会|分享到|版权所有|ICP|网站地图|热门文章|专题专栏|公网安备|字号/,
      );
    }
  });

  it('stores url, outlet and byline as plain Neo4j properties (Cypher can read them)', () => {
    const props = splitProps(attrs('dongchuan-news.html'), NODE_RESERVED, (n) => n);
    expect(props).toMatchObject({
      url: 'https://www.example-dongchuan.cn/news/2026-05/04/c_1130.htm',
      outlet: '东川新闻网',
      byline: '记者 柯明远',
      date: '2026-05-04',
    });
    expect(props.tupuJson).toBeUndefined();
  });

  it('extracts people from a page’s main text', () => {
    expect(graph.hasNode('person:白若水')).toBe(true);
    expect(graph.hasNode('person:严知秋')).toBe(true);
  });
});

/** A small corpus of every kind: a digest, a plain text, a web page. */
async function corpus(): Promise<{ parent: string; dir: string }> {
  const parent = await mkdtemp(join(tmpdir(), 'tupu-id-'));
  const dir = join(parent, 'corpus');
  await mkdir(join(dir, 'sub'), { recursive: true });
  await cp(join(PAGES, 'baishi-gov.html'), join(dir, 'sub', 'baishi-gov.html'));
  await writeFile(
    join(dir, 'digest.md'),
    '# 要闻\n\n## 青禾县召开大会\n\n- 原文: https://x.example/1.html\n\n青禾县县长柯明远出席会议并讲话。\n\n---\n\n## 白石镇建冷链中心\n\n- 原文: https://x.example/2.html\n\n白石镇冷链物流中心投入使用。\n',
  );
  await writeFile(join(dir, 'flash.txt'), '东湾新区今年新增城镇就业三万人');
  return { parent, dir };
}

describe('article identity', () => {
  it('gives byte-identical output for one corpus ingested from two working directories', async () => {
    const { parent, dir } = await corpus();
    const outA = join(parent, 'a.json');
    const outB = join(parent, 'b.json');
    await run('node', [CLI, 'ingest', 'corpus', '-o', outA, '-q'], { cwd: parent });
    await run('node', [CLI, 'ingest', '.', '-o', outB, '-q'], { cwd: dir });
    const a = await readFile(outA, 'utf8');
    expect(await readFile(outB, 'utf8')).toBe(a);
    expect(a).toContain('"article:corpus/digest#2"');
    expect(a).toContain('"article:corpus/flash#1"'); // a one-line text is an article
    expect(a).not.toContain(parent);
  });

  it('reads a file named three ways, or through a link, once', async () => {
    const { parent, dir } = await corpus();
    await symlink(join(dir, 'flash.txt'), join(parent, 'link.txt'));
    const { report, graph } = await ingestPaths([
      join(dir, 'flash.txt'),
      `${dir}/../corpus/flash.txt`,
      join(parent, 'link.txt'),
    ]);
    expect(report.files).toBe(1);
    expect(graph.filterNodes((_, a) => a.type === 'article')).toEqual(['article:flash#1']);
  });
});

describe('per-file faults', () => {
  it('names and skips an unreadable file and folder, ingests the rest', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'tupu-acc-'));
    const dir = join(parent, 'in');
    await mkdir(join(dir, 'locked'), { recursive: true });
    await writeFile(join(dir, 'good.txt'), '标题\n东湾新区管委会主任钟明远表示，将加快发展。');
    await writeFile(join(dir, 'secret.txt'), '标题\n正文一段。');
    await writeFile(join(dir, 'locked', 'inner.txt'), '标题\n正文一段。');
    await chmod(join(dir, 'secret.txt'), 0o000);
    await chmod(join(dir, 'locked'), 0o000);
    await chmod(parent, 0o777);
    const out = join(parent, 'g.json');
    // root reads anything: run the CLI as root without the capabilities that override file
    // permissions (not as another user, who may not be able to read the checkout itself)
    const asUser =
      process.getuid?.() === 0 ? ['setpriv', '--bounding-set=-dac_override,-dac_read_search'] : [];
    const [cmd, ...args] = [...asUser, 'node', CLI, 'ingest', dir, '-o', out, '-q'];
    const result = await run(cmd!, args, { env: { ...process.env, HOME: parent } }).catch((e) => e);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`skipped ${join(dir, 'secret.txt')}: permission denied`);
    expect(result.stderr).toContain(`skipped ${join(dir, 'locked')}: permission denied`);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    const graph = JSON.parse(await readFile(out, 'utf8'));
    expect(graph.nodes.some((n: { key: string }) => n.key === 'person:钟明远')).toBe(true);
    await chmod(join(dir, 'locked'), 0o755);
  });

  it('names and skips a file that vanished during the run', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tupu-gone-'));
    for (let i = 0; i < 20; i++)
      await writeFile(
        join(dir, `p${String(i).padStart(2, '0')}.txt`),
        `标题${i}\n第${i}篇正文，内容充实。`,
      );
    const { report } = await ingestPaths([dir], {
      // after the first file, one far ahead of the read-ahead window disappears
      onProgress: (done) => {
        if (done === 1) void unlink(join(dir, 'p18.txt'));
      },
    });
    expect(report.skipped).toEqual([
      { path: join(dir, 'p18.txt'), reason: 'vanished since it was listed' },
    ]);
    expect(report.articles).toBe(19);
  });

  it('refuses --out into a missing folder in one line, before reading anything', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tupu-out-'));
    const result = await run('node', [CLI, 'ingest', PAGES, '-o', join(dir, 'no', 'g.json')]).catch(
      (e) => e,
    );
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      `tupu ingest: cannot write ${join(dir, 'no', 'g.json')}: the folder ${join(dir, 'no')} does not exist; create it or choose another --out`,
    );
    expect(result.stdout).toBe('');
  });

  it('removes its temp output file when interrupted', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tupu-sig-'));
    const out = join(dir, 'graph.json');
    // A write that never ends (a stream that stalls), interrupted while the temp file exists.
    const script = `
      import { writeFileAtomic } from ${JSON.stringify(resolve('graph/json/file.ts'))};
      setInterval(() => {}, 1000);
      await writeFileAtomic(${JSON.stringify(out)}, (async function* () {
        yield '{"partial":';
        await new Promise(() => {});
      })());
    `;
    const child = spawn('node', ['--import', 'tsx', '--input-type=module', '-e', script]);
    const tmp = join(dir, `.graph.json.${child.pid}.tmp`);
    for (let i = 0; i < 200 && !existsSync(tmp); i++) await new Promise((r) => setTimeout(r, 50));
    expect(existsSync(tmp)).toBe(true);
    child.kill('SIGINT');
    const code = await new Promise((r) => child.on('exit', (c) => r(c)));
    expect(code).toBe(130);
    expect(await readdir(dir)).toEqual([]);
  });
});
