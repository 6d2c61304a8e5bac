/**
 * Parks (things40, issue 13): a name's boundary at a particle, and kinds of park that name none —
 * a level's (乡镇工业园), an owner's (区属孵化器) and an aim's (世界级…基地). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const parks = (text: string) => entityNames(text, 'park');

describe('park names (things40)', () => {
  it('never start at the particle 的 (命名的乡镇工业园: a kind, no park)', () => {
    expect(parks('东升科技园是第一个以“青岭”命名的乡镇工业园。')).toEqual(['东升科技园']);
  });
  it('take a township level after a city and 的 for a kind (guard)', () => {
    expect(parks('株洲市的乡镇工业园去年新增企业百余家。')).toEqual([]);
  });
  it('take an owner level (市属、区属孵化器) for a kind', () => {
    expect(parks('东岭市市属、区属科技型孵化器已全部落实房租减免。')).toEqual([]);
  });
  it('take a world-class aim (建设世界级某产业基地) for no park', () => {
    expect(parks('东岭省将加快建设世界级盐湖产业基地。')).toEqual([]);
  });
  it('keep a named park after a place and 的 (guard)', () => {
    expect(parks('位于东岭市的青溪高新技术产业园区今年引进项目30个。')).toContain(
      '青溪高新技术产业园区',
    );
  });
});
