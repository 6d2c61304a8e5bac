/**
 * e2e: the Cypher box against the test Neo4j (tests/setup/neo4j.ts): results merge into the
 * view, write clauses and server errors are shown as errors.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../graph/neo4j/loader.ts';
import { edgeKey } from '../../graph/schema.ts';
import { loadFixture } from '../kit/fixtures.ts';
import { useTestDatabase } from '../neo4j/helpers.ts';
import { runnerFor } from '../../web/server/cypher.ts';
import { FIXTURE_GRAPH } from '../../web/server/config.ts';
import { useExplorer } from './use-explorer.ts';

const connection = useTestDatabase();
const DONG = 'person:董建国';
const POST = 'post:市发展和改革委员会主任';

const { page } = useExplorer(async () => {
  // Neo4j holds the fixture plus one person the explorer's graph does not have yet.
  const graph = loadFixture();
  graph.addNode(DONG, { type: 'person', label: '董建国', pinyin: 'dong jian guo' });
  graph.addNode(POST, { type: 'post', label: '市发展和改革委员会主任', role: '主任' });
  const sentence =
    '市五届人大五次会议列席人员、市发展和改革委员会主任董建国在发布会上首先亮出了成绩单。';
  graph.addEdgeWithKey(edgeKey('HOLDS', DONG, POST), DONG, POST, {
    type: 'HOLDS',
    evidence: [{ article: 'article:000_8574181c69006930#1', sentence }],
  });
  await loadGraph(graph, connection());
  return { graphPath: FIXTURE_GRAPH, cypher: runnerFor(connection()) };
});

beforeAll(async () => {
  await page().click('[data-testid=cypher] summary');
});

async function run(query: string): Promise<string> {
  const tab = page();
  await tab.fill('[data-testid=cypher] textarea', query);
  const before = await tab.evaluate(
    () => document.querySelector('[data-testid=cypher-output]')?.textContent ?? null,
  );
  await tab.click('[data-testid=cypher-run]');
  await tab.waitForFunction((prev) => {
    const out = document.querySelector('[data-testid=cypher-output]');
    return out && out.textContent !== prev;
  }, before);
  return (await tab.locator('[data-testid=cypher-output]').textContent()) ?? '';
}

describe('Cypher box with Neo4j', () => {
  it('merges returned paths into the view with their evidence', async () => {
    const out = await run(`MATCH p=(:Person {key: '${DONG}'})-[:HOLDS]->(:Post) RETURN p`);
    expect(out).toMatch(/2.*1/);
    const merged = await page().evaluate(
      (k) => (window.__tupu.graph as { hasNode(k: string): boolean }).hasNode(k),
      DONG,
    );
    expect(merged).toBe(true);
    await page().fill('[data-testid=search]', '董建国');
    await page().press('[data-testid=search]', 'Enter');
    await page().waitForSelector('[data-testid=evidence]');
    expect(await page().textContent('[data-testid=node-panel]')).toContain(
      '市发展和改革委员会主任',
    );
  });

  it('refuses writes and shows server errors as given', async () => {
    expect(await run("CREATE (n:Person {key: 'person:x', label: 'x'}) RETURN n")).toContain(
      'read-only',
    );
    const syntax = await run('MATC (n) RETURN n');
    expect(syntax).toMatch(/Invalid input|SyntaxError|syntax/i);
  });
});
