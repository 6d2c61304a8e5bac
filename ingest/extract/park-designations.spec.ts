/**
 * things26 (issue 13; invented sentences): junk parks, industries, organisations, posts and
 * people that are no names, by the general causes found on the cctv24z annotation.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const parks = (text: string) => entityNames(text, 'park');
const industries = (text: string) => entityNames(text, 'industry');
const posts = (text: string) => entityNames(text, 'post');
const organizations = (text: string) => entityNames(text, 'organization');
const people = (text: string) => entityNames(text, 'person');

describe('parks, things26', () => {
  it('takes a reform-and-opening title given to a province for no park', () => {
    expect(parks('东岭省围绕建设全面深化改革开放试验区，推进各项工作。')).toEqual([]);
  });
  it('takes the zones of 国家和地区 for no park', () => {
    expect(parks('东岭市将加强同周边国家和地区自由贸易园区的对接。')).toEqual([]);
  });
  it('cuts a verb of judging before a bare park word, leaving no name', () => {
    expect(parks('要保持定力。检验合作区建设的成效，要看群众是否满意。')).toEqual([]);
  });
  it('takes a herb jieba reads as a given name, alone before 产业园, for a kind of park', () => {
    expect(parks('东岭县通过建设石斛产业园，吸引了加工企业入驻。')).toEqual([]);
    expect(parks('东岭县通过建设灵芝产业园，吸引了加工企业入驻。')).toEqual([]);
  });
  it('keeps a park named by its place', () => {
    expect(parks('东岭县石斛产业园吸引了加工企业入驻。').join()).toContain('石斛产业园');
    expect(parks('东岭市苏溪工业园区新落户企业12家。').join()).toContain('苏溪工业园区');
  });
});

describe('industries, things26', () => {
  it('takes ways of developing for no sector', () => {
    expect(industries('东岭市大力发展绿色经济、数字经济等产业。')).toEqual(['数字经济']);
  });
  it('takes public services for no sector', () => {
    expect(industries('东岭新区人才目录包括医药产业、公共服务行业和传统产业等分目录。')).toEqual([
      '医药',
    ]);
  });
  it('takes occupations whose licences are recognised for no sectors', () => {
    expect(industries('目前，医师、教师、导游等八个领域已实现执业资格互认。')).toEqual([]);
  });
  it('takes the countryside whose industries grow for no sector', () => {
    expect(industries('东岭县建设农业产业强镇，拓宽乡村产业融合发展平台。')).toEqual([]);
    expect(industries('实施金融服务乡村产业发展等五大专项行动。')).toEqual([]);
  });
  it('leaves 领域 out of a sector before 产业链', () => {
    expect(industries('新产品带动消费，半导体领域产业链实现加速跑。')).toEqual(['半导体']);
  });
  it('keeps a list of sectors whose last item is a way of developing', () => {
    expect(industries('深化高技术制造、大数据、绿色经济等领域合作。')).toEqual([
      '大数据',
      '高技术制造',
    ]);
  });
  it('takes traditional manufacturing for a grouping of sectors', () => {
    expect(industries('传统制造、高技术制造等多个领域均呈现回升态势。')).toEqual(['高技术制造']);
  });
});

describe('organisations and posts, things26', () => {
  it('takes the heads of the main bodies of a kind for no office', () => {
    const text = '主席在会见主要国际经济组织负责人时再次强调，要团结协作。';
    expect(posts(text)).toEqual([]);
    expect(organizations(text)).toEqual([]);
  });
  it('cuts a time clause before a body and a portfolio after it', () => {
    const text = '媒体报道称，导弹袭来时欧洲理事会主席米歇尔正在该市。';
    expect(posts(text)).toEqual(['欧洲理事会主席']);
    expect(organizations(text)).toEqual(['欧洲理事会']);
    expect(organizations('东岭学院分管日常工作的副院长赵明达近日作报告。')).toEqual(['东岭学院']);
  });
  it('takes the heads of bare international bodies for no office', () => {
    const text = '连日来，多国领导人和国际组织负责人祝贺东岭新春佳节。';
    expect(posts(text)).toEqual([]);
    expect(organizations(text)).toEqual([]);
  });
  it('takes a leader of a revolution and a gang member for no office', () => {
    expect(posts('东岭革命领导人劳尔·桑切斯也出席了集会。')).toEqual([]);
    expect(posts('检察院对南山犯罪集团成员赵明达等被告人提起公诉。')).toEqual([]);
  });
});

describe('people that are things, things26', () => {
  it('takes a stage genre before a work for no person', () => {
    expect(people('评剧《春草》、黄梅戏《天仙配》等选段各具韵味。')).toEqual([]);
  });
  it('takes a bill or a case for no person', () => {
    expect(people('议会今天表决通过了三名法官的任命案。')).toEqual([]);
  });
  it('takes a flower grown by the mu or coming into full bloom for no person', () => {
    expect(people('在东岭州，万寿菊迎来盛花期，收购公司直接上门。')).toEqual([]);
    expect(people('当地已经发展了34.5万亩万寿菊。')).toEqual([]);
  });
  it('takes a thing defined by its kind for no person', () => {
    expect(people('唐三彩烧制技艺焕发新光彩。唐三彩是一种风格独特的陶器。')).toEqual([]);
  });
  it('keeps a person whose given name ends in 案', () => {
    expect(people('任立案表示，这是好事。')).toEqual(['任立案']);
  });
});

describe('a town’s honours (park-kinds.ts honourOfTown, blocal-g, stop 45)', () => {
  it('takes a title among a town’s other honours for no park', () => {
    expect(
      parks('东岭镇是全国重点镇、东岭省中心镇、东岭省五金产业集群升级示范区、东岭省改革试点镇。'),
    ).toEqual([]);
  });
  it('takes quoted titles closed by 等称号 for no park', () => {
    expect(parks('这个有着“东岭化纤机械产业基地”“东岭省创新型试点乡镇”等称号的小镇。')).toEqual([]);
  });
  it('keeps the parks a town has built, beside its honour', () => {
    expect(parks('东岭镇建有东岭五金产业园、东岭物流园，是全国重点镇。')).toEqual([
      '东岭五金产业园',
      '东岭物流园',
    ]);
  });
});
