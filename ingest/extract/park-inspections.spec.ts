/**
 * A leader's act of inspection or use glued before a park (督导高新区重点工作, 利用某产业园内的厂房)
 * and a park named by its manner (体验式文创产业园区): no park's name (blind blocal-d, stop 42).
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const parks = (text: string) => entityNames(text, 'park');

describe('a verb of inspection or use before a park word', () => {
  it('is cut off, and a bare park word left is no park', () => {
    expect(parks('副书记带队到高新区考察调研，督导高新区重点工作。')).toEqual([]);
    expect(parks('项目一期利用东城智能制造产业园内已建成的厂房。')).toEqual(['东城智能制造产业园']);
  });
});

describe('a park named by its manner (…式)', () => {
  it('is a kind of park, not one park', () => {
    expect(parks('形成行业大师聚集的体验式文创产业园区。')).toEqual([]);
  });
  it('leaves a named park after a phrase with 式 elsewhere', () => {
    expect(parks('打造沉浸体验式消费场景，东城智能制造产业园加快建设。')).toEqual([
      '东城智能制造产业园',
    ]);
  });
});
