/**
 * things34 (issue 13; invented sentences): junk industries, posts, organisations and districts by
 * the general causes read on the independent annotations' junk (cctv22m, cctv22x, cctv23a,
 * cctv23f, cctv24f, cctv24g, cctv24y, cctv24z, cctv25w).
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const industries = (text: string) => entityNames(text, 'industry');
const posts = (text: string) => entityNames(text, 'post');
const organizations = (text: string) => entityNames(text, 'organization');
const districts = (text: string) => entityNames(text, 'district');
const people = (text: string) => entityNames(text, 'person');

describe('industries, things34', () => {
  it('reads no sector inside a longer word (电子信息 of 光电子信息)', () => {
    expect(
      industries('在东岭高新区，以光电子信息产业、生物医药等为核心的一批主导产业正在加速发展。'),
    ).not.toContain('电子信息');
    expect(industries('东岭县大力发展电子信息、生物医药产业。')).toContain('电子信息');
  });
  it('cuts 高端 closing the phrase before 产业链', () => {
    expect(industries('东岭园区将推动新一代信息技术高端产业链集聚。')).not.toContain(
      '新一代信息技术高端',
    );
  });
  it('takes work done in a list of fields for no sector', () => {
    expect(industries('解决农村环境整治、物业服务等8个领域的问题。')).not.toContain('农村环境整治');
    expect(industries('协议涵盖了对地观测、深空探测、卫星研制等多个领域。')).not.toContain(
      '卫星研制',
    );
    expect(industries('标准覆盖食品、家政、职场技能培训等32个领域。')).toEqual(['家政', '食品']);
  });
  it('reads no sector before 产业 whose 产 is glued into a word (水产业)', () => {
    expect(industries('日韩渔业水产业反对核污染水排海')).toEqual(['渔业']);
  });
  it('takes a quoted slogan closed by a wish for no chain of trades', () => {
    expect(industries('今年，“山货富”全产业链带动万人就业。')).toEqual([]);
    expect(industries('东岭市着力打造“芯屏器核网”全产业链。')).toEqual(['芯屏器核网']);
  });
});

describe('posts and organisations, things34', () => {
  it('cuts 就 (about) before a country from the title', () => {
    expect(posts('李明就老挝前国家主席巴图逝世致唁电。')).toEqual(['老挝前国家主席']);
  });
  it('cuts 另据 (according to) from the title', () => {
    expect(posts('另据东岭市市长王刚发布的信息，暴雨已经停止。')).toEqual(['东岭市市长']);
  });
  it('reads 常任理事国 as a member state, no title', () => {
    expect(posts('两国在联合国安理会的常任理事国地位是历史形成的。')).toEqual([]);
  });
  it('takes a founder for no office, and keeps the person and the second title', () => {
    expect(posts('东岭公司创始人张大伟向记者介绍了新产品。')).toEqual([]);
    expect(people('东岭公司创始人张大伟向记者介绍了新产品。')).toEqual(['张大伟']);
    expect(posts('世界青年论坛创始人兼执行主席马克·贝尔通过视频致辞。')).toEqual([
      '世界青年论坛执行主席',
    ]);
  });
  it('cuts 创始 (founding) from the body of a founding dean', () => {
    expect(organizations('牛津大学某某学院创始院长史密斯在发言中表示感谢。')).toEqual([
      '牛津大学某某学院',
    ]);
  });
  it('cuts 就 after a central committee, and a time of day before a hall', () => {
    expect(posts('中共中央就越共中央总书记阮大同逝世致唁电。')).toEqual(['越共中央总书记']);
    expect(posts('王强下午在人民大会堂同中美洲议会议长巴图举行会谈。')).toEqual(['中美洲议会议长']);
  });
  it('ends a clause at 弹劾 (impeach) before a title', () => {
    expect(posts('韩国最大在野党提请国会弹劾总理韩大同。')).toEqual([]);
  });
});

describe('parks, things34', () => {
  const parks = (text: string) => entityNames(text, 'park');
  it('reads a verb glued to a one-character noun (预制菜) into the name', () => {
    expect(parks('在东岭县，占地500多亩的预制菜创新示范产业园正加快建设。')).not.toContain(
      '菜创新示范产业园',
    );
  });
});

describe('districts, things34', () => {
  it('takes a place name opening a lane (某某巷) for no mention of the place', () => {
    expect(districts('居民们在天山区固原巷社区参加了活动。')).toEqual(['天山区']);
  });
  it('reads no short form inside a common noun glued before it (黄河源区)', () => {
    expect(districts('牧民们在黄河源区种草护绿。')).toEqual([]);
    expect(districts('在重庆万州，游客络绎不绝。')).toContain('万州区');
    expect(districts('记者来到江西南昌，走进一家工厂。')).toContain('南昌市');
    expect(districts('列车从青岛发车后，将途经济南、北京等地。')).toContain('济南市');
  });
});
