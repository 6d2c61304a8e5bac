/**
 * Industries (things39, issue 13): goods in a market's stock, a product group named by its users, a
 * storage technique and transport glued before a sector. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const industries = (text: string) => entityNames(text, 'industry');

describe('industry kinds (things39)', () => {
  it('reads foodstuffs listed with their stock as goods, not trades', () => {
    expect(industries('全市农贸市场粮油、肉类、禽蛋、水果库存充足，价格平稳。')).toEqual([]);
    // a list closed by a sector word stays a list of sectors
    expect(industries('东岭县做强粮油、肉类等优势产业。')).toEqual(['粮油', '肉类']);
    // a sector printed with its sector word before a list of chains (供应链 is no supply of goods)
    expect(industries('如今，北斗产业链和供应链已实现规模量产。')).toEqual(['北斗']);
  });
  it('takes goods named by who uses them for no sector', () => {
    expect(industries('东岭市着力发展儿童用药产业。')).toEqual([]);
  });
  it('takes a way of storing energy for the one storage sector', () => {
    expect(industries('东岭市发展智慧储能、电化学储能产业。')).toEqual(['新型储能']);
    expect(industries('东岭市大力发展新型储能产业。')).toEqual(['新型储能']);
  });
  it('splits transport glued before a sector into two sectors', () => {
    expect(industries('东岭市推动交通旅游产业融合发展。')).toEqual(['交通', '文化旅游']);
  });
  it('reads 汽车工业 as the motor-vehicle sector (GB/T 4754 汽车制造业)', () => {
    expect(industries('东岭市举办物流、汽车工业行业招聘会。')).toEqual(['汽车制造业', '物流业']);
  });
  it('reads the block of a zone named by what it hosts as no sector (lthings56)', () => {
    expect(industries('开发区分为中德科创产业核心区、青禾产业集聚区两大区块。')).not.toContain(
      '科创',
    );
  });
  it('reads the goods after a firm’s short name and kind as the sector (lthings56)', () => {
    expect(industries('投资9亿元的湖南青禾食品槟榔产业项目建成投产。')).toEqual(['槟榔']);
  });
});
