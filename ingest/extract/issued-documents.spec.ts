/** Named strategies the development annotations list (recall42, issue 13): invented sentences. */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('documents a body issues, printed without 《》 (issued-documents.ts)', () => {
  it('reads the title after the issuer and the verb of issuing', () => {
    expect(
      programs('三部门近日联合印发促进家居服务业提质扩容2024年工作要点，提出十项任务。'),
    ).toEqual(['促进家居服务业提质扩容2024年工作要点']);
  });
  it('reads a document a court or a ministry carries out (落实)', () => {
    expect(programs('各级人民法院落实完善审判监督工作机制指导意见，提升质效。')).toEqual([
      '完善审判监督工作机制指导意见',
    ]);
  });
  it('reads the plan of the country for a year with its year', () => {
    expect(
      programs(
        '大会将审查2031年国民经济和社会发展计划执行情况与2032年国民经济和社会发展计划草案。',
      ),
    ).toEqual(['2031年国民经济和社会发展计划', '2032年国民经济和社会发展计划']);
  });
  it('reads 进一步…的意见 issued without its 关于 (pjunk62)', () => {
    expect(
      programs('东岭省五部门今天联合发布进一步优化数据领域营商环境的意见，提出十项举措。'),
    ).toEqual(['进一步优化数据领域营商环境的意见']);
    expect(programs('东岭发布了群众反映的意见，逐一回应。')).toEqual([]);
  });
  it("reads a ministry's list of policies for a year (pjunk62)", () => {
    expect(programs('近日，东岭省农业厅发布2031年强农惠农政策清单，包括9项补贴政策。')).toEqual([
      '2031年强农惠农政策清单',
    ]);
  });
  it('reads a headline that says the document is out', () => {
    expect(programs('中小学劳动教育工作指南发布')).toEqual(['中小学劳动教育工作指南']);
  });
  it('leaves out the first of its kind before the title', () => {
    expect(
      programs('两部门今天（3月2日）联合发布我国首个电动自行车保险指导意见，提出优化定价。'),
    ).toEqual(['电动自行车保险指导意见']);
  });
  it('reads the implementation plan of a named program as that program', () => {
    expect(programs('今天，商务部等9部门发布便民市场提质升级工程实施方案，方案包括三项。')).toEqual(
      ['便民市场提质升级工程'],
    );
  });
  it('reads no technical guide and no rule book', () => {
    expect(programs('某局发布智慧工地建设指南，指导施工。')).toEqual([]);
    expect(programs('五部门近日联合印发老字号门店管理办法，加大保护力度。')).toEqual([]);
  });
});

describe('measure packages named by purpose and count (issued-documents.ts)', () => {
  it('reads a package issued with what it is for and how many it holds', () => {
    expect(programs('某省出台了促进夜间经济发展的18条措施，拿出专项资金。')).toEqual([
      '促进夜间经济发展的18条措施',
    ]);
  });
  it('reads a second package joined to the first', () => {
    expect(
      programs('海关相继出台支持跨境电商发展的八条措施和助企降本增效五项措施，落实减税。'),
    ).toEqual(['助企降本增效五项措施', '支持跨境电商发展的八条措施']);
  });
  it('reads no count without a purpose, nor examples before 等', () => {
    expect(programs('某省出台96项举措，从投资增长等方面发力。')).toEqual([]);
    expect(programs('公安机关推出包括便利换证、便利代办等6项措施，方便群众。')).toEqual([]);
  });
});

describe('an action plan carried out (carried-out.ts ACTION)', () => {
  it('reads 行动计划 whole after the verb, not 行动 cut before 计划', () => {
    expect(programs('该国将继续推进国家禁毒行动计划，维护社会稳定。')).toEqual([
      '国家禁毒行动计划',
    ]);
  });
});

describe('a batch of a pilot fixed (designated-pilots.ts)', () => {
  it('reads the pilot of a headline that says its first batch is fixed', () => {
    expect(programs('首批国家数字林业创新试点确定')).toEqual(['数字林业创新试点']);
  });
});

describe('short forms of gazetteer programs (programs-measures.txt, programs.txt)', () => {
  it('reads the third plenary decision printed as 重大决定, and the debt package as policies', () => {
    expect(programs('全会作出进一步全面深化改革、推进中国式现代化的重大决定，开启新篇。')).toEqual([
      '中共中央关于进一步全面深化改革、推进中国式现代化的决定',
    ]);
    expect(programs('随着一揽子化债政策落地，某行业回款加快。')).toEqual(['一揽子化债方案']);
  });
  it('reads military-civil fusion by its development', () => {
    expect(programs('必须深入推进军民融合发展，提高国防水平。')).toEqual(['军民融合发展战略']);
  });
  it('reads the connectivity initiative and the consumption centre cities by short forms', () => {
    expect(programs('某市依托中新互联互通项目，汇聚开放要素。')).toEqual(['中新互联互通示范项目']);
    expect(programs('深化国际消费中心城市建设，扩大服务消费。')).toEqual([
      '国际消费中心城市培育建设',
    ]);
  });
  it('reads the large-scale application action past the length of a carried-out name', () => {
    expect(
      programs('某省将实施发展制造业新技术新产品新场景大规模应用示范行动，培育新兴产业。'),
    ).toEqual(['新技术新产品新场景大规模应用示范行动']);
  });
  it('reads the full-cost insurance of the staple grains', () => {
    expect(programs('三大主粮完全成本保险和种植收入保险政策实现主产省全覆盖。')).toEqual([
      '三大粮食作物完全成本保险和种植收入保险',
    ]);
  });
});

describe('an outline issued without 《》 (prog57)', () => {
  it('reads 行动纲要 and 规划纲要 after the verb of issuing or before 发布', () => {
    expect(programs('某委印发数字乡村发展行动纲要，部署重点任务。')).toEqual([
      '数字乡村发展行动纲要',
    ]);
    expect(programs('全民海洋素养行动规划纲要发布。')).toEqual(['全民海洋素养行动规划纲要']);
  });
});
