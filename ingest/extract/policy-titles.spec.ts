/** Named strategies the development annotations list (recall40, issue 13): invented sentences. */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../build.ts';
import { entityNames, inventedArticle } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');
const aliasesOf = (text: string) => {
  const g = buildGraph([inventedArticle('a', text)]);
  return g
    .filterNodes((_, a) => a.type === 'program')
    .flatMap((k) => g.getNodeAttributes(k).aliases ?? []);
};

describe('titles of policy documents', () => {
  it('reads an opinion of several points (若干意见) as the policy it sets', () => {
    expect(programs('三部门印发《关于加强湖区渔业转型发展的若干意见》，明确任务。')).toEqual([
      '关于加强湖区渔业转型发展的若干意见',
    ]);
  });
  it('reads a guiding opinion printed without 的', () => {
    expect(programs('七部门发布《关于加快推动纺织业数字化发展指导意见》，提出目标。')).toEqual([
      '关于加快推动纺织业数字化发展指导意见',
    ]);
  });
  it('reads a policy title printed in quotation marks, longer than a quoted name', () => {
    expect(
      programs('某市文旅局推出“关于促进本市会展行业恢复和高质量发展的若干措施”，减免房租。'),
    ).toEqual(['关于促进本市会展行业恢复和高质量发展的若干措施']);
  });
  it('reads a title the story declares it will shorten (以下简称《意见》)', () => {
    expect(
      programs('今天，教育部发布全面推进阳光校园建设的指导意见（以下简称《意见》），要求落实。'),
    ).toEqual(['全面推进阳光校园建设的指导意见']);
  });
});

describe('campaigns listed before their kind (等专项行动)', () => {
  it('reads each item of the list the verb carries out as one campaign', () => {
    expect(
      programs('工程有效助力了东岭地区地下水超采综合治理、南河全线贯通补水等专项行动。'),
    ).toEqual(['东岭地区地下水超采综合治理', '南河全线贯通补水']);
    expect(programs('五部门联合开展清理涉考网络谣言等专项行动。')).toEqual(['清理涉考网络谣言']);
  });
  it('takes short kinds of work before 等专项行动 for no campaign', () => {
    expect(programs('各地开展安全检查、隐患排查等专项行动。')).toEqual([]);
  });
});

describe('national programs of the gazetteer', () => {
  it("takes China's global initiatives counted together for no program (prog52: a pool)", () => {
    expect(programs('来宾赞赏并支持中方提出的三大全球倡议。')).toEqual([]);
    expect(programs('他高度评价四大全球倡议。')).toEqual([]);
  });
  it('reads the lunar programme before the task it runs', () => {
    expect(programs('载人月球探测工程登月阶段各项工作正在推进。')).toEqual(['载人月球探测工程']);
  });
  it('reads a quoted short name the gazetteer writes in quotation marks', () => {
    expect(programs('某省全面推行“新八级工”职业技能等级制度。')).toEqual([
      '新八级工职业技能等级制度',
    ]);
  });
  it('keeps the outline of a five-year plan on the plan', () => {
    expect(aliasesOf('会议讨论了“十五五”规划纲要草案，要集思广益。')).toContain('十五五规划纲要');
  });
});

describe('policies issued or carried out', () => {
  it('reads a policy named by what it does, eight characters or more', () => {
    expect(programs('各地要落实好青年创业担保贷款及贴息政策。')).toEqual([
      '青年创业担保贷款及贴息政策',
    ]);
    expect(programs('本省出台残疾人助听器具适配补贴政策。')).toEqual([
      '残疾人助听器具适配补贴政策',
    ]);
  });
  it('takes a short kind of support or a year’s policy for no name', () => {
    expect(programs('各地要落实就业创业扶持政策。')).toEqual([]);
    expect(programs('部门将制定明年小型农机具购置补贴政策。')).toEqual([]);
  });
});

describe('policy titles a county meeting reviews', () => {
  it('reads an opinion reviewed or discussed, printed without 《》 (lstrat52)', () => {
    expect(programs('县委常委会审议了关于加快发展林下经济的实施意见。')).toEqual([
      '关于加快发展林下经济的实施意见',
    ]);
    expect(programs('会议讨论了关于做好春季森林防火工作的意见，听取了各方意见。')).toEqual([
      '关于做好春季森林防火工作的意见',
    ]);
  });
  it('reads a reviewed title without its draft mark (lstrat54)', () => {
    expect(programs('会议研究了《关于加快东岭茶园建设的实施方案（审议稿）》。')).toEqual([
      '关于加快东岭茶园建设的实施方案',
    ]);
    expect(programs('会议讨论了《东岭县关于推进林下经济发展的意见(征求意见稿)》。')).toEqual([
      '东岭县关于推进林下经济发展的意见',
    ]);
  });
  it('reads a title with two notes in brackets, a trial and a draft (blocal-i)', () => {
    expect(programs('会议讨论通过《东岭县加快茶产业发展实施方案(试行)(讨论稿)》。')).toEqual([
      '东岭县加快茶产业发展实施方案(试行)',
    ]);
  });
  it("leaves a decision a people's congress votes, a local law (prog56)", () => {
    expect(
      programs('甲省、乙省人大常委会分别表决通过《关于促进两省生态保护协同发展的决定》。'),
    ).toEqual([]);
  });
  it('reads a document issued under its quoted theme and its kind, without 《》 (prog56)', () => {
    expect(programs('东岭三部门印发“数据+文旅”实施意见，推动服务升级。')).toEqual([
      '数据+文旅实施意见',
    ]);
  });
});

describe('titled guides that are policy documents (prog57)', () => {
  it("reads a field's working guide", () => {
    expect(programs('教育部发布《中小学劳动实践工作指南》，明确课时。')).toEqual([
      '中小学劳动实践工作指南',
    ]);
  });
  it('reads a guide issued on trial or for a period', () => {
    expect(programs('国家医保局印发《眼科类医疗服务价格项目立项指南（试行）》。')).toEqual([
      '眼科类医疗服务价格项目立项指南(试行)',
    ]);
    expect(
      programs('五部门印发《园区零碳电网建设与应用指南（2026—2030年）》，扩大绿电应用。'),
    ).toEqual(['园区零碳电网建设与应用指南(2026—2030年)']);
  });
  it("leaves a consumer's or a builder's how-to", () => {
    expect(programs('某局发布《智慧工地建设指南》。')).toEqual([]);
  });
});
