/**
 * The explorer's file picker refuses a wrongly typed graph (graph/validate.ts, the same check
 * as the CLI's) with the first offending key and field, and keeps the graph it shows: a label
 * 12345, aliases "notalist", node keys __proto__ and constructor. Debian Chromium.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../web/server/config.ts';
import { useExplorer } from './use-explorer.ts';

const FIXTURE = resolve(REPO_ROOT, 'tests/fixtures/web/fixture.json');
const pageErrors: string[] = [];

const { page } = useExplorer(
  () => ({ graphPath: FIXTURE, cypherReason: 'test server without Neo4j' }),
  { watch: (page) => page.on('pageerror', (e) => pageErrors.push(e.message)) },
);

/** The fixture's JSON text with one change (text, so __proto__ stays an ordinary key). */
async function variant(change: (text: string) => string): Promise<Buffer> {
  return Buffer.from(change(await readFile(FIXTURE, 'utf8')));
}

const shown = () =>
  page().evaluate(() => {
    const g = window.__tupu.graph as {
      order: number;
      size: number;
      nodes(): string[];
      getNodeAttribute(k: string, a: string): unknown;
    };
    const first = g.nodes()[0]!;
    return { order: g.order, size: g.size, label: typeof g.getNodeAttribute(first, 'label') };
  });

describe('explorer file picker: wrongly typed graphs', () => {
  it('refuses each with the key and field named, the current graph untouched', async () => {
    const before = await shown();
    expect(before.order).toBeGreaterThan(2);
    const fixture = JSON.parse(await readFile(FIXTURE, 'utf8')) as {
      nodes: { key: string; attributes: { label: string } }[];
    };
    const [a, b] = fixture.nodes;
    const cases: Array<[string, Buffer, RegExp]> = [
      [
        'label.json',
        await variant((t) => t.replace(JSON.stringify(a!.attributes.label), '12345')),
        /field "label": expected text, got number 12345/,
      ],
      [
        'aliases.json',
        Buffer.from(
          JSON.stringify({
            ...fixture,
            nodes: [{ ...a, attributes: { ...a!.attributes, aliases: 'notalist' } }, b],
          }),
        ),
        /field "aliases": expected a list of text/,
      ],
      [
        'proto.json',
        await variant((t) => t.split(JSON.stringify(a!.key)).join('"__proto__"')),
        /key "__proto__", which is not allowed/,
      ],
      [
        'constructor.json',
        await variant((t) => t.split(JSON.stringify(b!.key)).join('"constructor"')),
        /key "constructor", which is not allowed/,
      ],
    ];
    for (const [name, buffer, reason] of cases) {
      await page().setInputFiles('[data-testid=file-input]', {
        name,
        mimeType: 'application/json',
        buffer,
      });
      const message = page().locator('[data-testid=message].error', { hasText: name });
      await message.waitFor();
      expect(await message.textContent()).toMatch(reason);
      expect(await shown()).toEqual(before);
    }
    expect(pageErrors).toEqual([]);
  });
});
