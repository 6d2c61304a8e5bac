/**
 * Programs: shapes the development sets' annotations list and the last round left unread
 * (prog41, redone by prog42 without 体制机制 reforms and quoted calls; invented sentences, figures in
 * docs/extraction-rounds.md).
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe("a field's 体系 reform carried out", () => {
  it('leaves a reform of one field’s institutions and mechanisms (the seeds’ gold lists none)', () => {
    expect(programs('某省要深化人才发展体制机制改革，为科研人员松绑。')).toEqual([]);
  });
  it('names a reform of one field’s system', () => {
    expect(programs('某市深化综合交通运输体系改革，降低物流成本。')).toEqual([
      '综合交通运输体系改革',
    ]);
  });
  it("keeps the world's system and the whole economy's mechanisms for stances", () => {
    expect(programs('双方愿共同推进全球治理体系改革，维护多边主义。')).toEqual([]);
    expect(programs('两国主张推动国际金融体系改革，提高新兴市场代表性。')).toEqual([]);
    expect(programs('会议强调深化经济体制机制改革，释放市场活力。')).toEqual([]);
  });
});

describe('a numbered package of measures a body issues', () => {
  it('names the package by its purpose and its count', () => {
    expect(programs('某省今年出台支持外贸稳定发展8条措施，引导企业开拓市场。')).toEqual([
      '支持外贸稳定发展8条措施',
    ]);
    expect(programs('某省出台了促进民营经济高质量发展的32条措施，降低企业成本。')).toEqual([
      '促进民营经济高质量发展的32条措施',
    ]);
  });
  it('names a second package joined to the first, and leaves the round out', () => {
    expect(
      programs('某署相继出台促进外贸保稳提质的十条措施和助企纾困降成本七条措施，落实政策。'),
    ).toEqual(['促进外贸保稳提质的十条措施', '助企纾困降成本七条措施']);
    expect(programs('某署公布新一轮支持某区域一体化发展16项措施，包括试点。')).toEqual([
      '支持某区域一体化发展16项措施',
    ]);
  });
  it('names no package without a purpose', () => {
    expect(programs('某市出台了一系列措施，支持企业。')).toEqual([]);
    expect(programs('某市出台某市十条措施。')).toEqual([]);
  });
});
