/**
 * Words glued before or after a park's word that leave no park, and a firm's name before a park's
 * (park-glued-words.ts; issue 13, lthings52-l; invented sentences).
 */
import { describe, expect, it } from 'vitest';
import { findParks } from './parks.ts';

const parks = (text: string) => findParks(text).map((m) => m.surface);

describe('a park word after verbs of work on it', () => {
  it('is no park when only verbs and an adverb stand before it', () => {
    expect(parks('会议要求做大强园区服务平台。')).toEqual([]);
    expect(parks('研究如何充分利用园区周边的闲置厂房。')).toEqual([]);
    expect(parks('各部门要聚焦聚力园区提质增效。')).toEqual([]);
  });
  it('is no park after a list closed by 等 (保障房等园区设施)', () => {
    expect(parks('完善路网、园区保障房等园区基础设施。')).toEqual([]);
  });
  it("is no park when a company's name runs on after it", () => {
    expect(parks('东岭云帆科技企业孵化器有限公司举办路演。')).toEqual([]);
  });
});

describe("a visiting group's 来 before a park", () => {
  it('is cut off, and a bare zone word left is a kind', () => {
    expect(parks('带领市财政局巡查组来经开区督查重点项目。')).toEqual([]);
    expect(parks('市委巡查组来东岭经开区督查。')).toEqual(['东岭经开区']);
  });
});

describe('中 at the start of a park name', () => {
  it('opens the name (中德, 中新…), no locative', () => {
    expect(parks('代表团考察了中德(东岭)产业园一期。')).toEqual(['中德(东岭)产业园']);
  });
});

describe("a firm's name before a park word", () => {
  it("leaves no park when only the firm's line is left (one firm's base)", () => {
    expect(parks('他走访了云帆公司智能装备产业园。')).toEqual([]);
  });
  it('leaves the park named by its place after the firm', () => {
    expect(parks('云帆动漫股份有限公司东岭文化创意产业园开工。')).toEqual(['东岭文化创意产业园']);
  });
});

describe('an investment project described by its aims', () => {
  it('is no park (健康农业产业园)', () => {
    expect(parks('南岭镇将投资2亿元建设健康农业产业园。')).toEqual([]);
  });
});

describe('more words glued before a park word (lthings54-l)', () => {
  it('is no park after 发展 and other verbs of work', () => {
    expect(parks('会议要求不断发展壮大开发区新材料产业。')).toEqual([]);
  });
  it('is no park when an area of it is said to be a kind (B区为产业合作区)', () => {
    expect(parks('园区分为三个片区，B区为产业合作区，C区为生活区。')).toEqual([]);
  });
  it("is no park when only a kind is left after a firm's name", () => {
    expect(parks('这是继云帆集团智慧制造园区项目落户后的又一大项目。')).toEqual([]);
  });
  it('is no park when the name would start after 及 joined to goods', () => {
    expect(parks('该园区获批“东岭省船舶及零部件产业基地”。')).toEqual([]);
    expect(parks('整合北山工业园和东岭工业园两大区域。')).toContain('东岭工业园');
  });
  it("is no park when it would start after a product's verb read after a proper noun", () => {
    expect(parks('东岭川味预制食材产业园开园。')).not.toContain('食材产业园');
  });
});

describe("a list's ordinal before a park word (二是, 三是)", () => {
  it('opens the clause: the name starts after it, and a kind left is no park', () => {
    expect(parks('二是明确云帆服饰产业园等项目领导小组由市领导担任组长。')).toEqual([
      '云帆服饰产业园',
    ]);
    expect(parks('三是产业工业园要加紧规划建设展示中心。')).toEqual([]);
  });
});

describe('firms that settle in the bare park word, and care for it (blocal-g, stop 45)', () => {
  it('is no park when only a subject and its verb stand before 高新区 or 园区', () => {
    expect(parks('希望企业扎根高新区，深耕细分领域。')).toEqual([]);
    expect(parks('希望干部群众一如既往地支持关心园区建设。')).toEqual([]);
  });
  it('keeps the named zone after such a verb', () => {
    expect(parks('希望企业扎根东岭高新区，深耕细分领域。')).toEqual(['东岭高新区']);
  });
});

describe('firms settling in a named zone, a modal before the verbs (blocal-j, stop 48)', () => {
  it('names the zone after 落户, not the firms before it', () => {
    expect(parks('着力引进优质企业落户东岭经开区。')).toEqual(['东岭经开区']);
  });
  it('is no park when a county, a modal and the verbs stand before 园区', () => {
    expect(parks('合肥市和舒城县要大力支持园区工作。')).toEqual([]);
  });
});

describe("a place and the county's own zone in one run (lthings62-l)", () => {
  it('新城区和县经济开发区: the place and a bare county zone, no park', () => {
    expect(parks('一行视察了东湖经济开发区、新城区和县经济开发区的规划建设情况。')).toEqual([
      '东湖经济开发区',
    ]);
  });
  it('but a city and its county 和县 name that county’s zone', () => {
    expect(parks('马鞍山市和县经济开发区新引进项目12个。')).toEqual(['和县经济开发区']);
  });
});

describe('an adverb and a two-character word before a bare park word (lthings63-l)', () => {
  it('takes the clause for no park, whatever the verb', () => {
    expect(parks('规划建设三条主干道，有效串联园区各片区。')).toEqual([]);
    expect(parks('主动对接园区企业需求。')).toEqual([]);
  });
});

describe('a park built strong (lstrat63-l)', () => {
  it('要建强开发园区载体平台: the verbs and the zones in general, no park', () => {
    expect(parks('县域要建强开发园区载体平台，用好存量。')).toEqual([]);
    expect(parks('全力建强高新区，做大产业。')).toEqual([]);
  });
});
