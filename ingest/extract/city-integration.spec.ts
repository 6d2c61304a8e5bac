/** A city pair's 同城化 and a city's metropolitan circle (lstrat48-l, issue 13; invented sentences). */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('the integration of neighbouring cities', () => {
  it("names a city pair's 同城化 by the cities' characters", () => {
    expect(programs('两市将加快洛济同城化，共建交通走廊。')).toEqual(['洛济同城化']);
    expect(programs('会议研究推进太晋同城化发展的具体举措。')).toEqual(['太晋同城化']);
    expect(programs('两市决定深化洛济同城化。')).toEqual(['洛济同城化']);
  });
  it('names cities integrated or merged by their characters (lstrat60)', () => {
    expect(programs('洛阳、济源两市将加快洛济一体化发展，共建交通走廊。')).toContain(
      '洛济一体化发展',
    );
    expect(programs('太原与晋中研究推动太晋融合发展的具体举措。')).toContain('太晋融合发展');
    expect(programs('株洲、湘潭两市持续深化株潭融合，共建产业走廊。')).toContain('株潭融合');
    expect(programs('会议要求加快推进南昌九江一体化发展。')).toContain('南昌九江一体化发展');
    expect(programs('推进产城融合发展，推动江海一体化发展。')).toEqual([]);
    // Characters of cities the story does not name: a way of watering, no pair.
    expect(programs('合作社推广水肥一体化，节水增效。')).toEqual([]);
  });
  it('names a city’s metropolitan circle built', () => {
    expect(programs('该县主动融入合肥都市圈建设，承接产业转移。')).toEqual(['合肥都市圈建设']);
  });
  it('leaves kinds of places and a circle no city names', () => {
    expect(programs('要推进城乡同城化，加快都市圈同城化进程。')).toEqual([]);
    expect(programs('现代化都市圈建设需要各方合力。')).toEqual([]);
  });
});

describe('regions joined before one integration (lstrat61-l)', () => {
  it('reads the first region where the gazetteer integrates it', () => {
    expect(programs('随着长三角和洛济一体化等战略实施，洛阳、济源两市加快发展。')).toContain(
      '长三角一体化发展',
    );
  });
});

describe('neighbouring counties integrated (lstrat62-l)', () => {
  it('reads a pair of counties the story prints in full', () => {
    expect(programs('会议听取内黄县、汤阴县汇报，加快推进内汤一体化工作。')).toEqual([
      '内汤一体化',
    ]);
  });
  it('leaves a pair of characters no county printed opens', () => {
    expect(programs('会议要求加快推进内汤一体化工作。')).toEqual([]);
  });
});
