/** What a park's name and its sentence say about it (./park-links.ts): invented sentences. */
import { describe, expect, it } from 'vitest';
import { extractStory } from './index.ts';
import { sectorsInParkName } from './park-links.ts';

const edges = (text: string, type: string): string[] =>
  extractStory(text)
    .relations.filter((r) => r.type === type)
    .map((r) => `${r.source.name}->${r.target.name}`);

describe('ingest/extract/park-links: a park named after a sector', () => {
  it('focuses on the sector its name carries, when the story names that sector', () => {
    const text = '今天，青禾生物医药产业园举行项目签约仪式。当地生物医药产业产值增长两成。';
    expect(edges(text, 'FOCUSES_ON')).toContain('青禾生物医药产业园->生物医药');
    // printed only inside the name, the sector is no mention and gets no node
    const alone = extractStory('今天，青禾生物医药产业园举行项目签约仪式。');
    expect(alone.entities.filter((e) => e.type === 'industry')).toEqual([]);
  });
  it('reads every sector joined up to the park word, canonically named', () => {
    expect(sectorsInParkName('青禾电子信息和新材料产业园').map((s) => s.name)).toEqual([
      '电子信息',
      '新材料',
    ]);
    expect(sectorsInParkName('青禾数字软件园').map((s) => s.surface)).toEqual(['软件']);
  });
  it('reads no sector inside a brand or a place before the park word', () => {
    expect(sectorsInParkName('北斗星通智能孵化产业园')).toEqual([]);
    expect(sectorsInParkName('青禾国际物流枢纽园区')).toEqual([]);
    expect(sectorsInParkName('青禾自贸试验区')).toEqual([]);
  });
});

describe('ingest/extract/park-links: the district that builds a park', () => {
  it('places a park without a place in its name in the district building it', () => {
    expect(edges('沙坪坝区将加快建设青禾未来科技园，打造创新高地。', 'LOCATED_IN')).toContain(
      '青禾未来科技园->沙坪坝区',
    );
  });
  it('does not place a park by a visit, nor move a park its name places', () => {
    expect(edges('沙坪坝区代表团来到青禾未来科技园参观。', 'LOCATED_IN')).not.toContain(
      '青禾未来科技园->沙坪坝区',
    );
    const shared = edges(
      '秀山县与湖南省花垣县、贵州省松桃县谋划联合打造青禾合作区。',
      'LOCATED_IN',
    );
    expect(shared.filter((e) => e.startsWith('青禾合作区'))).toEqual([]);
    const named = edges('沙坪坝区将加快建设渝北区青禾科技城。', 'LOCATED_IN');
    expect(named.filter((e) => e.startsWith('青禾科技城'))).toEqual(['青禾科技城->渝北区']);
  });
});
