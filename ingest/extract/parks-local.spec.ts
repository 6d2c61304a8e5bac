/** Parks of local economic news (lthings44-a, issue 13): glued verbs, prepositions, cut names. */
import { describe, expect, it } from 'vitest';
import { extractStory } from './index.ts';

const parks = (text: string) =>
  extractStory(text)
    .entities.filter((e) => e.type === 'park')
    .map((e) => e.name)
    .sort();

describe('parks of local news', () => {
  it('takes an adverb and a verb before the bare park word for no park', () => {
    expect(parks('会议要求全面提升园区管理水平，认真谋划园区布局。')).toEqual([]);
    expect(parks('要助推园区提质增效，开发园区是经济发展的主阵地。')).toEqual([]);
    expect(parks('县里将优先推荐竞争国家级现代农业产业园。')).toEqual([]);
  });
  it('starts the name after a preposition or 赴, a bare 区 or 市 then naming a kind', () => {
    expect(parks('记者从区经济开发区获悉，林海峰赴市经开区调研。')).toEqual([]);
    expect(parks('记者从东岭经济开发区获悉，项目已签约。')).toEqual(['东岭经济开发区']);
  });
  it('takes the park inside a bracket left open', () => {
    expect(parks('南岭市青河区（南岭经济技术开发区）产业大会举行。')).toEqual([
      '南岭经济技术开发区',
    ]);
  });
  it('keeps a county park whole past fourteen characters and across 休闲', () => {
    expect(parks('湄潭县兴隆现代高效农业（茶叶）产业示范园区名列全省第一。')).toEqual([
      '兴隆现代高效农业(茶叶)产业示范园区',
    ]);
    expect(parks('东岭特色经果休闲观光产业示范园区进入省级行列。')).toEqual([
      '东岭特色经果休闲观光产业示范园区',
    ]);
  });
  it('reads incubator and start-up parks', () => {
    expect(parks('青禾工业孵化园开工，南溪湾创业园投用。')).toEqual([
      '南溪湾创业园',
      '青禾工业孵化园',
    ]);
    expect(parks('加强留学人员创业园建设。')).toEqual([]);
  });
  it('reads a county’s zone by the county’s short form, and its goods park by both (lthings56)', () => {
    // jieba reads 安化 as a verb; before the bare kind of its zone it is the county.
    expect(parks('记者从安化经开区了解到，该区今年签约项目4个。')).toEqual(['安化经开区']);
    expect(parks('要推动经开区高质量发展。')).toEqual([]);
    expect(parks('某企业在桃江县农副产品加工园区竣工投产。')).toEqual(['桃江县农副产品加工园区']);
  });
  it('cuts a verb of landing and its adverb, and reads the zones of advanced places as a kind', () => {
    expect(parks('签约项目将全部落地桃江县青禾装备制造产业园。')).toEqual(['青禾装备制造产业园']);
    expect(parks('学习先进地区开发区建设、管理经验。')).toEqual([]);
  });
  it('reads a national kind of zone spelt with verbs after the zone’s own name (lthings56)', () => {
    expect(parks('充分放大青禾国家自主创新示范区金字招牌。')).toEqual(['青禾国家自主创新示范区']);
    expect(parks('支持建设国家自主创新示范区。')).toEqual([]);
  });
});

describe('a rating of the item before a park (lthings63-l)', () => {
  it('keeps a park joined by 和 after a rated plant', () => {
    expect(parks('该乡毗邻东岭石化百万吨乙烯项目和东岭高新区。')).toEqual(['东岭高新区']);
  });
  it('still takes a zone rated in its own phrase for no park', () => {
    expect(parks('东岭将建设百万千瓦级光伏发电示范区。')).toEqual([]);
  });
});
