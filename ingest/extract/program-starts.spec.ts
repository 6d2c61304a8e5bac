/**
 * Programs, programs23 (issue 13): names cut at the wrong start, kinds and parts read as names,
 * and named strategies printed in forms the rules missed (cctv24y's junk and misses). Invented
 * sentences.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('programs23, where a name starts', () => {
  it('cuts the 好 after the verb and the whole verb 把握 before a party campaign', () => {
    expect(programs('东岭要组织开展好党纪学习教育，引导党员学纪。')).toEqual(['党纪学习教育']);
    expect(programs('会议要求准确把握党纪学习教育的目标要求。')).toEqual(['党纪学习教育']);
  });
  it('reads 开始 as carrying a pilot out', () => {
    expect(programs('（3）86个城市开始养老保险跨省异地待遇直接结算试点；')).toEqual([
      '养老保险跨省异地待遇直接结算试点',
    ]);
  });
  it('reads a national program printed with 国家 before it as the gazetteer program', () => {
    expect(programs('东岭将实施好国家服务业扩大开放综合试点。')).toEqual([
      '服务业扩大开放综合试点',
    ]);
  });
  it('takes no alternative after 或 into a quoted name', () => {
    expect(programs('毕业生可通过公众号“北部志愿汇”或登录北部计划官网报名。')).toEqual([]);
  });
  it('takes the tail of a list a carrying verb opens for no name', () => {
    expect(programs('公安部开展预防、打击利用离岸公司和地下钱庄向境外转移赃款专项行动，')).toEqual(
      [],
    );
    expect(programs('各地开展调研、实施乡村建设行动。')).toEqual(['乡村建设行动']);
  });
});

describe('programs23, kinds and parts', () => {
  it('takes the main works of one project, a subject of study and a flight timetable for none', () => {
    expect(programs('东河大桥近日正式开工，标志着东河航道改建项目主体工程正式启动。')).toEqual([]);
    // A storey counted before the main body: how far one building has risen (lthings63-l).
    expect(programs('该项目已经完成了三层主体工程的建设工作。')).toEqual([]);
    expect(programs('新增专业包括大功率半导体科学与工程、智能海洋装备等。')).toEqual([]);
    expect(programs('全国民航31日起执行夏秋航季航班计划。')).toEqual([]);
  });
  it('takes a members formula before 机制 and what a works is made into for none', () => {
    expect(programs('东岭成为“5+3”合作机制成员。')).toEqual([]);
    expect(programs('东岭加入“欧佩克+”机制。')).toEqual([]);
    expect(programs('要切实把惠民工程建设成优质工程。')).toEqual([]);
    expect(programs('实施成渝地区协同创新工程。')).toEqual(['成渝地区协同创新工程']);
  });
  it('takes a manner in quotes and a counted kind before a quote for none', () => {
    expect(programs('“东岭政务帮”推行“一对一”帮办机制。')).toEqual([]);
    expect(programs('东岭集聚14个国家级工业互联网“双联”平台。')).toEqual([]);
    expect(programs('全市12个区县开展“清河”行动。')).toEqual(['清河行动']);
  });
  it('takes a strategy named only by its rank for none', () => {
    expect(programs('十年来，自贸试验区推动了重大战略的深入实施。')).toEqual([]);
  });
  it('keeps a count quoted whole with its program word as a name', () => {
    expect(programs('两国就落实中非合作论坛“九项工程”加强对接。')).toEqual(['九项工程']);
    expect(programs('新开工11项重大水利工程。')).toEqual([]);
  });
});

describe('programs23, named strategies', () => {
  it('finds the overall reform, also before 开放 (recall34)', () => {
    expect(programs('坚持以全面深化改革增动力、添活力。')).toEqual(['全面深化改革']);
    // recall34: four of the five newest independent annotations that meet 全面深化改革开放 list it.
    expect(programs('东岭推进全面深化改革开放。')).toEqual(['全面深化改革']);
    // A commentary's title is no program, but a strategy it names is mentioned (cctv25h's
    // annotation counts 体育强国建设 printed only in such a title).
    expect(programs('本台播发快评《紧紧围绕东岭发展进一步全面深化改革》。')).toEqual([
      '全面深化改革',
    ]);
  });
  it('finds new-type industrialisation, not a demonstration base named after it', () => {
    expect(programs('东岭积极推进新型工业化，改造提升传统产业。')).toEqual(['新型工业化']);
    expect(programs('东岭获批国家新型工业化产业示范基地。')).toEqual([]);
  });
  it('finds the major-equipment works carried out alone', () => {
    expect(programs('今年将深入开展重大技术装备攻关工程。')).toEqual(['重大技术装备攻关工程']);
  });
});
