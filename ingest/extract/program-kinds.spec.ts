/** Kinds of thing a program-shaped name can be instead (program-kinds.ts): invented sentences. */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';
import { programKind } from './program-kinds.ts';

const programs = (text: string) => entityNames(text, 'program');

/** A name as a list (the gazetteer) would give it, printed alone. */
const listed = (name: string) =>
  programKind(name, { type: 'program', name, surface: name, start: 0, end: name.length });

describe('kinds that are no program', () => {
  it('refuse a listed name of a kind whatever list gives it', () => {
    for (const name of ['东岭河系统治理', '东岭发展理念', '东岭产业引导基金', '东岭专项债券'])
      expect(listed(name)).toBe(true);
    for (const name of [
      '东岭生态保护红线',
      '东岭国家公园建设',
      '东岭黑土地保护条例',
      '东岭河保护法',
    ])
      expect(listed(name)).toBe(true);
    for (const name of ['东岭时尚盛典', '东岭质量月', '东岭购物季'])
      expect(listed(name)).toBe(true);
    for (const name of ['东岭振兴战略', '东岭河长制', '东岭普法', '东岭国家公园体制试点'])
      expect(listed(name)).toBe(false);
    expect(listed('科技创新和技术改造再贷款')).toBe(false);
  });
  it('leave out a course or a concept to follow', () => {
    expect(programs('该省坚持山水林田湖草沙一体化保护和系统治理，改善生态。')).toEqual([]);
    expect(programs('东岭推进流域系统治理，打造幸福河湖。')).toEqual([]);
  });
  it('leave out a bond or a fund, and keep the program it pays for', () => {
    expect(programs('东岭用好超长期特别国债，支持设备更新和消费品以旧换新。')).toEqual([
      '大规模设备更新和消费品以旧换新',
    ]);
    expect(programs('国家创业投资引导基金启动，首期规模千亿元。')).toEqual([]);
  });
  it('leave out a designation or a control regime of land, not a pilot of a park', () => {
    expect(programs('该省科学划定“三区三线”，严守生态保护红线。')).toEqual([]);
    expect(programs('当地推进国家公园建设，保护旗舰物种。')).toEqual([]);
    expect(programs('东岭开展国家公园体制试点，十年来成效显著。')).toEqual(['国家公园体制试点']);
  });
  it("leave out one site's works, not the national program printed with a place", () => {
    expect(programs('东岭河大坝除险加固工程和东岭水库枢纽工程完工。')).toEqual([]);
    expect(programs('东岭镇老街改造提升工程近日完工。')).toEqual([]);
    expect(programs('各地实施小型水库除险加固工程。')).toEqual(['小型水库除险加固工程']);
    expect(programs('在东岭调水后续工程——引江济岭工程的施工现场，掘进机作业。')).toEqual([]);
  });
  it('leave out an event held, whatever program its name carries', () => {
    expect(programs('为期三天的2026央企消费帮扶聚力行动正在东岭举行。')).toEqual([]);
    expect(programs('东岭时尚盛典举行，东岭科技活动周开幕。')).toEqual([]);
    expect(programs('东岭开展消费帮扶，带动农户增收。')).toEqual(['消费帮扶']);
    expect(programs('第六届长三角一体化发展高层论坛在东岭举行。')).toEqual(['长三角一体化发展']);
  });
  it('leave out a name cited in a list of requirements (a principle)', () => {
    expect(programs('要贯彻依法治军、从严治军要求，严格教育管理。')).toEqual([]);
    expect(programs('全军深入实施依法治军战略。')).toEqual(['依法治军战略']);
  });
  it('leave out a name glued before a title of people, not before 管理', () => {
    expect(programs('东岭已累计培育乡村产业振兴带头人3400多人。')).toEqual([]);
    expect(programs('东岭严格耕地占补平衡管理。')).toEqual(['耕地占补平衡制度']);
  });
  it('leave out the policies in force and the added ones paired, not the package', () => {
    expect(programs('在存量增量政策叠加作用下，东岭楼市回稳。')).toEqual([]);
    expect(programs('全力推进存量政策和增量政策落地见效。')).toEqual([]);
    expect(programs('随着一揽子增量政策加力推出，经济向好。')).toEqual(['一揽子增量政策']);
  });
  it('leave out added policies still to come, said to be new (pjunk62)', () => {
    expect(programs('东岭将视情推出新的增量政策，稳住市场预期。')).toEqual([]);
    expect(programs('东岭用好增量政策，稳住市场预期。')).toEqual(['一揽子增量政策']);
  });
  it('leave out one power line between two places (pjunk62)', () => {
    expect(programs('今天，东岭至西川特高压直流输电工程启动带电调试。')).toEqual([]);
  });
  it("leave out one base's line out (pjunk62)", () => {
    expect(programs('该基地是首个“风光储一体化”东岭能源基地外送工程的起点。')).toEqual([]);
  });
  it("keeps a region's power sent out, the programme of many lines (at merge, held-out cctv25d)", () => {
    expect(programs('“疆电外送”工程启动于2010年，目前已建成多条外送通道。')).toEqual(['疆电外送工程']);
  });
  it('leave out a way two officers work together (pjunk62)', () => {
    expect(programs('东岭探索“山长”“湖长”联署办公机制，协同共治。')).toEqual([]);
  });
  it('leave out a mechanism kept up (pjunk59)', () => {
    expect(programs('东岭集体“三资”监管长效机制不断健全。')).toEqual([]);
    expect(programs('两地建立东岭河生态补偿机制。')).toEqual([]);
  });
  it('leave out a strategy named in a prize, a show or a course, not in its subsidies', () => {
    expect(programs('他获得全国脱贫攻坚奖，受到表彰。')).toEqual([]);
    expect(programs('东岭举办第三届乡村振兴成果展，展示各地成果。')).toEqual([]);
    expect(programs('学员参加乡村振兴专题培训班。')).toEqual([]);
    expect(programs('东岭组织乡村振兴主题研修班，学校开设“人工智能+”通识课程。')).toEqual([]);
    expect(programs('东岭用好乡村振兴奖补资金。')).toEqual(['乡村振兴']);
    expect(programs('东岭乡村振兴展开新画卷。')).toEqual(['乡村振兴']);
  });
});
