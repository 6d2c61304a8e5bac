/**
 * Extraction quality against our own annotations. The bars are the levels reached so far (a
 * regression guard); the targets are in the README next to the measured figures.
 */
import { describe, expect, it } from 'vitest';
import { ingestPaths } from '../../ingest/index.ts';
import { precision, readGold, recall, scoreAll } from './score.ts';

describe('extraction quality on the seeds', async () => {
  const { graph } = await ingestPaths(['seeds']);
  const s = scoreAll(graph, readGold('tests/fixtures/gold'));
  it('finds people and their posts', () => {
    expect(recall(s.people)).toBeGreaterThanOrEqual(0.95);
    expect(precision(s.people)).toBeGreaterThanOrEqual(0.95);
    expect(recall(s.posts)).toBeGreaterThanOrEqual(0.9);
  });
  it('finds districts, parks, industries and programs', () => {
    expect(recall(s.districts)).toBeGreaterThanOrEqual(0.95);
    expect(precision(s.districts)).toBeGreaterThanOrEqual(0.95);
    expect(recall(s.parks)).toBeGreaterThanOrEqual(0.95);
    expect(precision(s.parks)).toBeGreaterThanOrEqual(0.95);
    expect(recall(s.industries)).toBeGreaterThanOrEqual(0.95);
    expect(precision(s.industries)).toBeGreaterThanOrEqual(0.85);
    expect(recall(s.programs)).toBeGreaterThanOrEqual(0.85);
    expect(precision(s.programs)).toBeGreaterThanOrEqual(0.95);
  });
  it('has no duplicate entities', () => {
    for (const t of Object.values(s)) expect(t.duplicates).toBe(0);
  });
});

describe('extraction quality on held-out articles', async () => {
  const { graph } = await ingestPaths(['tests/fixtures/heldout']);
  const s = scoreAll(graph, readGold('tests/fixtures/heldout/gold'));
  it('generalises for people, posts and districts', () => {
    expect(recall(s.people)).toBeGreaterThanOrEqual(0.95);
    expect(precision(s.people)).toBeGreaterThanOrEqual(0.95);
    expect(recall(s.posts)).toBeGreaterThanOrEqual(0.95);
    expect(recall(s.districts)).toBeGreaterThanOrEqual(0.9);
  });
  it('finds most parks and programs, and some industries', () => {
    expect(recall(s.parks)).toBeGreaterThanOrEqual(0.8);
    expect(recall(s.programs)).toBeGreaterThanOrEqual(0.85);
    expect(recall(s.industries)).toBeGreaterThanOrEqual(0.6);
    expect(precision(s.industries)).toBeGreaterThanOrEqual(0.9);
  });
  it('has no duplicate entities', () => {
    for (const t of Object.values(s)) expect(t.duplicates).toBe(0);
  });
});

describe('extraction quality on the second held-out set (never used for tuning)', async () => {
  const { graph } = await ingestPaths(['tests/fixtures/heldout2']);
  const s = scoreAll(graph, readGold('tests/fixtures/heldout2/gold'));
  it('stays at the measured levels', () => {
    expect(recall(s.people)).toBeGreaterThanOrEqual(0.85);
    expect(precision(s.people)).toBeGreaterThanOrEqual(0.95);
    expect(recall(s.posts)).toBeGreaterThanOrEqual(0.9);
    expect(recall(s.districts)).toBeGreaterThanOrEqual(0.9);
    expect(recall(s.parks)).toBeGreaterThanOrEqual(0.8);
    expect(recall(s.programs)).toBeGreaterThanOrEqual(0.75);
    expect(recall(s.industries)).toBeGreaterThanOrEqual(0.55);
  });
});

describe('extraction quality on the third held-out set (written blind; never used for tuning)', async () => {
  const { graph } = await ingestPaths(['tests/fixtures/heldout3']);
  const s = scoreAll(graph, readGold('tests/fixtures/heldout3/gold'));
  it('stays at the measured levels', () => {
    expect(recall(s.people)).toBeGreaterThanOrEqual(0.95);
    expect(precision(s.people)).toBeGreaterThanOrEqual(0.95);
    expect(recall(s.posts)).toBeGreaterThanOrEqual(0.9);
    expect(recall(s.districts)).toBeGreaterThanOrEqual(0.95);
    expect(precision(s.districts)).toBeGreaterThanOrEqual(0.95);
    expect(recall(s.parks)).toBeGreaterThanOrEqual(0.8);
    expect(precision(s.parks)).toBeGreaterThanOrEqual(0.95);
    expect(recall(s.industries)).toBeGreaterThanOrEqual(0.75);
    expect(precision(s.industries)).toBeGreaterThanOrEqual(0.9);
    expect(recall(s.programs)).toBeGreaterThanOrEqual(0.85);
  });
  it('has no duplicate entities', () => {
    for (const t of Object.values(s)) expect(t.duplicates).toBe(0);
  });
});

describe('extraction quality on the fourth held-out set (outside Chongqing, written blind; used once to find bugs)', async () => {
  const { graph } = await ingestPaths(['tests/fixtures/heldout4']);
  const s = scoreAll(graph, readGold('tests/fixtures/heldout4/gold'));
  it('stays at the measured levels', () => {
    expect(recall(s.people)).toBeGreaterThanOrEqual(0.9);
    expect(precision(s.people)).toBeGreaterThanOrEqual(0.95);
    expect(recall(s.posts)).toBeGreaterThanOrEqual(0.95);
    expect(recall(s.districts)).toBeGreaterThanOrEqual(0.95);
    expect(precision(s.districts)).toBeGreaterThanOrEqual(0.95);
    expect(recall(s.parks)).toBeGreaterThanOrEqual(0.75);
    expect(recall(s.industries)).toBeGreaterThanOrEqual(0.7);
    expect(recall(s.programs)).toBeGreaterThanOrEqual(0.85);
  });
});

describe('extraction quality on the fifth held-out set (eastern and southern China, written blind; used once to find bugs)', async () => {
  const { graph } = await ingestPaths(['tests/fixtures/heldout5']);
  const s = scoreAll(graph, readGold('tests/fixtures/heldout5/gold'));
  it('stays at the measured levels', () => {
    expect(recall(s.people)).toBeGreaterThanOrEqual(0.9);
    expect(precision(s.people)).toBeGreaterThanOrEqual(0.95);
    expect(recall(s.posts)).toBeGreaterThanOrEqual(0.9);
    expect(recall(s.districts)).toBeGreaterThanOrEqual(0.95);
    expect(precision(s.districts)).toBeGreaterThanOrEqual(0.9);
    expect(recall(s.parks)).toBeGreaterThanOrEqual(0.85);
    expect(recall(s.industries)).toBeGreaterThanOrEqual(0.5);
    expect(recall(s.programs)).toBeGreaterThanOrEqual(0.9);
  });
});

describe('extraction quality on the sixth held-out set (across China, written blind after the last rule changes; never used for tuning)', async () => {
  const { graph } = await ingestPaths(['tests/fixtures/heldout6']);
  const s = scoreAll(graph, readGold('tests/fixtures/heldout6/gold'));
  it('stays at the measured levels', () => {
    expect(recall(s.people)).toBeGreaterThanOrEqual(0.85);
    expect(precision(s.people)).toBeGreaterThanOrEqual(0.95);
    expect(recall(s.posts)).toBeGreaterThanOrEqual(0.85);
    expect(recall(s.districts)).toBeGreaterThanOrEqual(0.95);
    expect(precision(s.districts)).toBeGreaterThanOrEqual(0.9);
    expect(recall(s.parks)).toBeGreaterThanOrEqual(0.9);
    expect(recall(s.industries)).toBeGreaterThanOrEqual(0.5);
    expect(recall(s.programs)).toBeGreaterThanOrEqual(0.9);
  });
});
