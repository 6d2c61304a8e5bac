/**
 * The test kit's fixture graphs: `loadFixture`, the hand-made graph of
 * tests/fixtures/web/ (explorer specs and browser tests), and `exportFixture`, the ego network
 * of a district ingested from the seeds (tests/fixtures/export/, export and report tests).
 * Paths are resolved from this file, so tests run from any folder.
 */
import { readFileSync } from 'node:fs';
import { parseGraphJson, type TupuGraph } from '../../graph/json/index.ts';

export const FIXTURE_PATH = new URL('../fixtures/web/fixture.json', import.meta.url);
export const EXPORT_FIXTURE_PATH = new URL('../fixtures/export/yubei.json', import.meta.url);

export function loadFixture(): TupuGraph {
  return parseGraphJson(readFileSync(FIXTURE_PATH, 'utf8'));
}

export function exportFixture(): TupuGraph {
  return parseGraphJson(readFileSync(EXPORT_FIXTURE_PATH, 'utf8'));
}
