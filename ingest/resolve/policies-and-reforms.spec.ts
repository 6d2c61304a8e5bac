/** Programs, junk18 (issue 13): named national policies and reforms, glued verbs, kinds of works (invented sentences). */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('named national policies and reforms, junk18', () => {
  it('reads the job, tax and farm policies of the gazetteer as printed', () => {
    expect(programs('东岭市为企业办理社保费缓缴。')).toEqual(['阶段性缓缴社会保险费政策']);
    expect(programs('东岭县今年发放稳岗返还资金两千万元。')).toEqual(['失业保险稳岗返还']);
    expect(programs('东岭县加大农机补贴力度，农户购机更积极。')).toEqual(['农机购置补贴']);
    expect(programs('该省安排产粮大县奖励资金。')).toEqual(['产粮大县奖励']);
    expect(programs('东岭省大力实施大豆和油料产能提升工程。')).toEqual(['大豆和油料产能提升工程']);
    expect(programs('东岭乡亲们实施易地搬迁后住进新房。')).toEqual(['易地扶贫搬迁']);
  });
  it('reads reforms and agendas of the gazetteer as printed', () => {
    expect(programs('东岭省深化国家监察体制改革。')).toEqual(['国家监察体制改革']);
    expect(programs('东岭法院推进以审判为中心的诉讼制度改革。')).toEqual([
      '以审判为中心的诉讼制度改革',
    ]);
    expect(programs('东岭市建议深化电力市场化改革。')).toEqual(['电力体制改革']);
    expect(programs('东岭代表表示将落实2030年可持续发展议程。')).toEqual([
      '联合国2030年可持续发展议程',
    ]);
    expect(programs('东岭师要加快推进兵团改革。')).toEqual(['新疆生产建设兵团改革']);
  });
});

describe('programs, junk18', () => {
  it('cuts a verb of use with its manner before a name (充分运用某某工程)', () => {
    expect(programs('该片充分运用东岭古城探源工程等研究成果。')).toEqual(['东岭古城探源工程']);
    // 合理利用 cut off leaves a kind of facility (人防工程), no name.
    expect(programs('要合理利用人防工程、公园绿地地下空间等。')).toEqual([]);
  });
  it('cuts 把 before a party campaign put before its verb (必须把…学习教育融入日常)', () => {
    expect(programs('我们必须把党史学习教育融入日常、抓在经常。')).toEqual(['党史学习教育']);
  });
  it('takes a plan after 其 (its plan) for no name', () => {
    expect(programs('某国将联盟用作实现其海洋霸权计划的工具。')).toEqual([]);
  });
  it('takes a count before a quote for many of a kind (80多项“微改革”)', () => {
    expect(programs('近年来，东岭县还推出了30多项“微改革”。')).toEqual([]);
  });
  it('ends a quoted name before 由 and its clause (“某某”由政府搭建…平台)', () => {
    expect(programs('“云上敬老院”由政府搭建网络平台，企业提供服务。')).toEqual([]);
  });
  it('takes what a thing counts as (作为某地重大…工程) for no name', () => {
    expect(programs('作为东岭重大文化惠民工程，新馆面积扩大了5倍。')).toEqual([]);
  });
  it('reads a national park building glued to a cut noun as that park (某江源国家公园建设)', () => {
    expect(programs('听取东岭省三江源国家公园建设情况汇报。')).not.toContain('国家公园建设');
  });
});

describe('one program per real thing, junk18', () => {
  it('takes a program printed beside its own 《…总体方案》 for that plan', () => {
    const text = '东岭充分利用东岭湾合作区建设带来的机遇。去年，《东岭湾合作区建设总体方案》公布。';
    expect(programs(text)).toEqual(['东岭湾合作区建设总体方案']);
  });
  it('reads 新时代兴边富民行动 as the gazetteer program', () => {
    expect(programs('东岭县深入实施新时代兴边富民行动。')).toEqual(['兴边富民行动']);
  });
});

describe('a plan beside the program it sets up, junk18', () => {
  it('keeps a program apart from its 《…实施方案》 (the cctv22f annotation counts two)', () => {
    const text = '《东岭技能根基工程实施方案》印发。今年起实施东岭技能根基工程，培训百万人。';
    expect(programs(text)).toEqual(['东岭技能根基工程', '东岭技能根基工程实施方案']);
  });
});

describe("a region's part of a strategy, junk18", () => {
  it('reads the Silk Road Economic Belt core area as the belt (cctv22s and cctv22u agree)', () => {
    expect(programs('东岭将积极推进丝绸之路经济带核心区建设。')).toEqual(['丝绸之路经济带']);
  });
});
