/** Named national measures of programs-measures.txt (recall38, issue 13): invented sentences. */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('named national measures', () => {
  it('reads no bond or fund (prog58: money that pays for programs, program-kinds.ts)', () => {
    expect(programs('某省用好超长期特别国债资金，改造了一批供水管网。')).toEqual([]);
    expect(programs('今年要设立国家创业投资引导基金，支持初创企业。')).toEqual([]);
  });
  it('reads the zero tariffs for the least developed countries', () => {
    expect(programs('我国继续给予某国等最不发达国家100%税目产品零关税待遇。')).toEqual([
      '最不发达国家100%税目产品零关税待遇',
    ]);
  });
  it('reads the reforms of named fields the Third Plenum set out', () => {
    expect(programs('会议强调，要深化文化体制机制改革，繁荣文艺创作。')).toEqual([
      '文化体制机制改革',
    ]);
    expect(programs('某省统筹推进教育科技人才体制机制一体改革。')).toEqual([
      '教育科技人才体制机制一体改革',
    ]);
  });
  it('reads the compulsory education funding mechanism printed without 城乡', () => {
    expect(programs('中央财政支持地方完善义务教育经费保障机制。')).toEqual([
      '城乡义务教育经费保障机制',
    ]);
  });
  it('reads “两重” before 政策 after “两新”, and the incremental policies without 一揽子', () => {
    expect(programs('某市加力实施“两新”“两重”政策。')).toEqual([
      '两重建设',
      '大规模设备更新和消费品以旧换新',
    ]);
    expect(programs('在一系列增量政策支持下，工业生产回升。')).toEqual(['一揽子增量政策']);
    // prog58: paired with the policies in force, the added ones are every policy of the time.
    expect(programs('随着存量政策和增量政策协同发力，工业生产回升。')).toEqual([]);
  });
});

describe('named national measures, housing and services', () => {
  it('reads the five-year action plan of people-centred urbanisation without 计划', () => {
    expect(programs('以人为本的新型城镇化战略五年行动深入实施，落户更便捷。')).toEqual([
      '以人为本的新型城镇化战略五年行动计划',
    ]);
  });
  it('reads the housing battle, the financing mechanism and the duty-free policy', () => {
    expect(programs('某省保交房攻坚战已交付住房3万套。')).toEqual(['保交房攻坚战']);
    expect(programs('某市已建立房地产融资协调机制，支持项目建设。')).toEqual([
      '城市房地产融资协调机制',
    ]);
    expect(programs('今年离岛免税购物金额再创新高。')).toEqual(['海南离岛免税政策']);
  });
});

describe('a quoted task of a list of reforms', () => {
  it('names the reform without the verb that carries it out', () => {
    expect(
      programs('随着“推进电网体制改革”“深化港口管理改革”等一系列改革举措落地，运输更顺畅。'),
    ).toEqual(['港口管理改革', '电网体制改革']);
  });
});

describe('named national programs printed short', () => {
  it('reads “考古中国” with 项目', () => {
    expect(programs('“考古中国”项目取得新进展。')).toEqual(['考古中国重大项目']);
  });
});

describe('central farm subsidies and pilot zones as printed (pjunk62)', () => {
  it('reads the subsidies of the farm list by their printed names', () => {
    expect(programs('东岭继续实施玉米和大豆生产者补贴，稳定农民收益。')).toEqual([
      '玉米大豆生产者补贴',
    ]);
    expect(programs('东岭继续实施耕地轮作休耕补助，扩大面积。')).toEqual(['耕地轮作补贴']);
    expect(programs('东岭落实大豆玉米带状复合种植补助，扩大面积。')).toEqual([
      '大豆玉米带状复合种植补助',
    ]);
    expect(programs('小麦“一喷三防”补助支持东岭农民喷施药剂。')).toEqual(['小麦一喷三防补助']);
  });
  it('reads the national pilot zones of the digital economy', () => {
    expect(programs('东岭将纵深推进国家数字经济创新发展试验区建设。')).toEqual([
      '国家数字经济创新发展试验区建设',
    ]);
  });
});
