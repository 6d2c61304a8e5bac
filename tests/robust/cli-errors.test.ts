/**
 * Every CLI error is one line with its module's prefix, no stack trace unless --debug; a
 * wrongly typed graph is refused by every command that reads one; an interrupted write
 * leaves no temp file. Runs the real `tupu` binary in a child process.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };

const TUPU = resolve('bin/tupu.js');
const dir = mkdtempSync(join(tmpdir(), 'tupu-robust-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function tupu(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)('node', [TUPU, ...args], { cwd: dir });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const r = e as { code: number; stdout: string; stderr: string };
    return { code: r.code, stdout: r.stdout, stderr: r.stderr };
  }
}

/** An invented graph; `label` lets a test give it a wrongly typed one. */
function graphText(label: unknown = '甲某'): string {
  return JSON.stringify({
    attributes: {},
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes: [{ key: 'person:甲某', attributes: { type: 'person', label } }],
    edges: [],
  });
}

const oneLine = (stderr: string) => stderr.trim().split('\n');

describe('tupu: errors are one line', () => {
  it('--version prints the package version', async () => {
    const r = await tupu('--version');
    expect(r.stdout.trim()).toBe(packageJson.version);
  });

  it('stats on a file that is not JSON', async () => {
    writeFileSync(join(dir, 'bad.json'), '{"nodes": [');
    const r = await tupu('stats', 'bad.json');
    expect(r.code).toBe(1);
    expect(oneLine(r.stderr)).toEqual([expect.stringMatching(/^graph\/json: bad\.json: not JSON/)]);
    const debug = await tupu('stats', 'bad.json', '--debug');
    expect(debug.stderr).toMatch(/\n\s+at /);
  });

  it('serve -g on a missing file says how to build one', async () => {
    const r = await tupu('serve', '-g', 'missing.json');
    expect(r.code).toBe(1);
    expect(oneLine(r.stderr)).toEqual([
      expect.stringMatching(/^tupu serve: no graph at .*tupu ingest/),
    ]);
  });

  it('ingest --out into a missing folder fails before reading anything', async () => {
    writeFileSync(join(dir, 'a.txt'), '本报讯 甲某在乙园调研。\n');
    const r = await tupu('ingest', 'a.txt', '--out', 'no/such/g.json', '-q');
    expect(r.code).toBe(1);
    expect(oneLine(r.stderr)).toEqual([
      expect.stringMatching(/^tupu ingest: cannot write .*: the folder .*no\/such does not exist/),
    ]);
  });

  it('a wrongly typed graph is refused by stats, export and report, naming key and field', async () => {
    writeFileSync(join(dir, 'typed.json'), graphText(12345));
    for (const args of [
      ['stats', 'typed.json'],
      ['export', '--from', 'typed.json', '--out', 'o.gexf'],
      ['report', '--from', 'typed.json', '--out', 'o.md'],
    ]) {
      const r = await tupu(...args);
      expect(r.code, args[0]).toBe(1);
      expect(oneLine(r.stderr)).toEqual([
        'graph/json: typed.json: node "person:甲某" field "label": expected text, got number 12345',
      ]);
    }
    expect(readdirSync(dir).filter((f) => f.startsWith('o.'))).toEqual([]);
  });
});

describe('graph/json: interrupted writes', () => {
  it('SIGINT during an atomic write removes the temp file', async () => {
    const out = join(dir, 'big.json');
    // 300 MB: long enough to be caught mid-write (the parent signals once the temp file exists).
    const script = `
      const { writeFileAtomic } = await import(${JSON.stringify(resolve('graph/json/file.ts'))});
      await writeFileAtomic(${JSON.stringify(out)}, Buffer.alloc(300e6, 32));
      console.log('finished');`;
    const child = spawn('node', ['--import', 'tsx', '--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    const tmp = () => readdirSync(dir).filter((f) => f.endsWith('.tmp'));
    while (tmp().length === 0 && child.exitCode === null)
      await new Promise((r) => setTimeout(r, 2));
    expect(tmp(), 'the write did not start').not.toEqual([]);
    child.kill('SIGINT');
    const [code, signal] = await new Promise<[number | null, string | null]>((r) =>
      child.once('exit', (c, s) => r([c, s])),
    );
    // Killed by the signal, or exited with the shell's code for it (128 + 2).
    expect(signal === 'SIGINT' || code === 130).toBe(true);
    expect(stdout).not.toContain('finished');
    expect(tmp()).toEqual([]);
    expect(readdirSync(dir)).not.toContain('big.json');
  });
});
