import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseGraphJson } from '../../../../graph/json/index.ts';
import {
  buildSearchIndex,
  groupHitsByType,
  normalizeText,
  pinyinInitials,
  searchNodes,
} from './index.ts';

const fixture = parseGraphJson(
  readFileSync(new URL('../../../../tests/fixtures/web/fixture.json', import.meta.url), 'utf8'),
);
const index = buildSearchIndex(fixture);

describe('search', () => {
  it('finds a person by Chinese name first', () => {
    expect(searchNodes(index, '于会文')[0]).toMatchObject({
      key: 'person:于会文',
      field: 'label',
      score: 100,
    });
  });
  it('matches pinyin with or without spaces and initials', () => {
    expect(searchNodes(index, 'yu hui wen')[0]?.key).toBe('person:于会文');
    expect(searchNodes(index, 'yuhuiwen')[0]?.key).toBe('person:于会文');
    expect(searchNodes(index, 'yhw')[0]).toMatchObject({ key: 'person:于会文', field: 'initials' });
    expect(searchNodes(index, 'YHW')[0]?.key).toBe('person:于会文');
  });
  it('matches aliases, including full-width brackets', () => {
    const hit = searchNodes(index, '西永微电子产业园区（西永综保区）')[0];
    expect(hit).toMatchObject({ key: 'park:西永微电园', field: 'alias' });
    expect(searchNodes(index, '西永微电子产业园区(西永综保区)')[0]?.key).toBe('park:西永微电园');
  });
  it('ranks exact over prefix over substring', () => {
    const keys = searchNodes(index, '渝北区').map((h) => h.key);
    expect(keys[0]).toBe('district:渝北区');
    expect(keys).toEqual(expect.arrayContaining(['organization:渝北区委', 'post:渝北区委书记']));
    expect(searchNodes(index, '渝北区委').map((h) => h.key)).toEqual([
      'organization:渝北区委',
      'post:渝北区委书记',
    ]);
    expect(searchNodes(index, '书记')[0]?.field).toBe('label');
  });
  it('groups suggestions by type, best group first', () => {
    const groups = groupHitsByType(searchNodes(index, '渝北区'));
    expect(groups[0]?.type).toBe('district');
    expect(groups.map((g) => g.type)).toEqual(expect.arrayContaining(['post', 'organization']));
    expect(new Set(groups.map((g) => g.type)).size).toBe(groups.length);
  });
  it('returns nothing for an empty query and normalises text', () => {
    expect(searchNodes(index, '   ')).toEqual([]);
    expect(normalizeText('ＡＢＣ（１）')).toBe('abc(1)');
    expect(pinyinInitials('yu hui wen')).toBe('yhw');
  });
});
