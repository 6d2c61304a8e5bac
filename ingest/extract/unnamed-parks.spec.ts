/**
 * Parks (things48-a/-l, issue 13): a zone printed by its kind alone, a part of an unnamed park,
 * and a common word before 等园区 are no park's name. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const parks = (text: string) => entityNames(text, 'park');

describe('parks printed with no name (things48)', () => {
  it('takes 高新技术产业开发区 with no name before it for a kind', () => {
    expect(parks('如今的东岭，高新技术产业开发区、自贸片区叠加发力。')).toEqual([]);
    expect(parks('东岭县高新技术产业开发区新增企业30家。')).toEqual(['东岭县高新技术产业开发区']);
  });
  it('takes a part of a park printed by its kind for no park', () => {
    expect(parks('县委书记还调研了工业园区B区园区规划情况。')).toEqual([]);
  });
  it('takes a common word before 等园区 for a kind of place', () => {
    expect(parks('村里已建成采摘园、儿童乐园等园区。')).toEqual([]);
  });
});
