/**
 * Industries, parks and districts (things42, issue 13; invented sentences): a graded research item, an
 * owner, a park's short form and a public duty printed as sectors; a scenic valley and a park by what
 * it stores printed as parks; a street, a reservoir and a corridor named after a city.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const industries = (text: string) => entityNames(text, 'industry');
const parks = (text: string) => entityNames(text, 'park');
const districts = (text: string) => entityNames(text, 'district');

describe('industries, things42', () => {
  it('reads a graded item of a research list as goods to develop, not a trade', () => {
    const found = industries('东岭省在高端量子芯片、柔性显示等领域实施20个攻关项目。');
    expect(found).not.toContain('高端量子芯片');
    expect(industries('青岭县聚焦优质种源、关键植保装备等领域，加强科技创新。')).toEqual([]);
    // the other items, and a graded sector the vocabulary knows, stay sectors (guards)
    const plain = industries('东岭省在集成电路、工业母机、智能传感装备等领域实施重点研发项目。');
    expect(plain).toEqual(expect.arrayContaining(['集成电路', '智能传感装备']));
    const known = industries('东岭省在高端装备、新材料等领域实施重点研发项目。');
    expect(known).toEqual(expect.arrayContaining(['高端装备', '新材料']));
  });
  it('takes an alliance or an association before 产业 for the owner, no sector', () => {
    expect(industries('银行针对商会产业特点推出了专属信贷产品。')).toEqual([]);
    expect(industries('保险机构针对联盟产业特点设计险种。')).toEqual([]);
  });
  it('takes a park’s short form before 产业园 for the park’s name', () => {
    const text = '记者来到石门精细化工循环产业园。石门产业园的副产品全部进入管道。';
    expect(industries(text)).not.toContain('石门');
  });
  it('reads environmental protection among fields of cooperation as a public duty', () => {
    expect(industries('双方同意深化经贸投资、环保等领域务实合作。')).not.toContain('环保');
    expect(industries('东岭市大力发展环保产业。')).toContain('环保');
  });
});

describe('parks, things42', () => {
  it('takes a valley named by its flowers for a scenic spot, no zone', () => {
    expect(parks('湖南衡山白石镇樱花谷将赏花与康养相结合。')).toEqual([]);
  });
  it('takes a park named by what it stores for a kind of park', () => {
    expect(parks('快递物流、仓储园区等领域企业加快数字化改造。')).toEqual([]);
  });
});

describe('districts, things42', () => {
  it('reads a street named after a city with its direction as the street', () => {
    expect(districts('这家老字号位于北京东路步行街。')).toEqual([]);
  });
  it('reads the items of a list of reservoirs as reservoirs', () => {
    expect(districts('在上游，刘家峡、三门峡、龙羊峡等六座水库联合调度。')).toEqual([]);
  });
  it('reads a corridor named by its ends’ initials as no city', () => {
    expect(districts('包南通道是高速铁路网的重要组成部分。')).toEqual([]);
    expect(districts('在南通，船厂订单排到了后年。')).toEqual(['南通市']);
  });
});
