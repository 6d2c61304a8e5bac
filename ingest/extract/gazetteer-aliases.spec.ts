/**
 * Programs, recall35 (issue 13, recall of named strategies): a gazetteer program's node carries the
 * gazetteer's other names for it, more printed forms of known strategies, a gazetteer action ordered
 * by a directive, and reforms of the party's own building. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../build.ts';
import { entityNames, inventedArticle } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('recall35, one node found by any of its gazetteer names', () => {
  it('keeps the other names of a gazetteer program on its node', () => {
    const g = buildGraph([inventedArticle('a', '去年南岭省新型城镇化稳步推进。')]);
    const node = g.filterNodes((_, a) => a.type === 'program').map((k) => g.getNodeAttributes(k));
    expect(node.map((a) => a.label)).toEqual(['新型城镇化']);
    expect(node[0]!.aliases).toContain('新型城镇化战略');
  });
});

describe('recall35, printed forms of known strategies', () => {
  it('reads short names and directives the gazetteer lists', () => {
    expect(programs('两省加强与中部崛起等区域战略对接。')).toEqual(['中部地区崛起']);
    expect(programs('会议强调，要坚持就业优先，稳住岗位。')).toEqual(['就业优先战略']);
    expect(programs('东岭县推进农村危房改造和农房抗震改造。')).toEqual([
      '农房抗震改造',
      '农村危房改造',
    ]);
  });

  it('reads the desert wind and solar bases by their quoted short name', () => {
    expect(programs('西岭省加快“沙戈荒”新能源基地建设。')).toEqual(['沙戈荒大型风电光伏基地建设']);
    expect(programs('新线路为“沙戈荒”风电光伏基地送出电力。')).toEqual([
      '沙戈荒大型风电光伏基地建设',
    ]);
  });
});

describe('recall35, a gazetteer action ordered by a directive', () => {
  it('reads the stem opening a clause before 要', () => {
    expect(programs('他指出，城市更新要尊重历史，留住街巷记忆。')).toEqual(['城市更新行动']);
    // Not opening a clause: the stem is part of other words.
    expect(programs('东岭区的城市更新要素保障更足了。')).toEqual([]);
  });
});

describe('recall35, reforms of the party building', () => {
  it('reads 党的建设制度改革 and a reform taken as a lever', () => {
    expect(programs('南岭市深化党的建设制度改革，激发基层活力。')).toEqual(['党的建设制度改革']);
    expect(programs('以深化机关党建制度改革为抓手，提升机关效能。')).toEqual(['机关党建制度改革']);
  });
});

describe('recall35, more names of known programs', () => {
  it('reads the official and short names the gazetteer adds', () => {
    const g = buildGraph([inventedArticle('b', '这是我国载人航天工程的又一次成功飞行。')]);
    const node = g.filterNodes((_, a) => a.type === 'program').map((k) => g.getNodeAttributes(k));
    expect(node[0]!.aliases).toContain('中国载人航天工程');
    expect(programs('部队全面实施科技强军战略。')).toEqual(['科技强军战略']);
  });
});

describe('recall35, law enforcement inside a campaign name', () => {
  it('reads 执法 as part of the name, not a verb opening the clause', () => {
    expect(programs('有关负责人介绍规范涉企行政执法专项行动有关情况。')).toEqual([
      '规范涉企行政执法专项行动',
    ]);
  });
});

describe('recall35, named national subsidies and relending', () => {
  it('reads the subsidies and relending facilities the gazetteer lists', () => {
    expect(programs('中央财政拨付农业保险保费补贴300亿元。')).toEqual(['农业保险保费补贴']);
    expect(programs('南岭省延续实施一次性扩岗补助政策。')).toEqual(['一次性扩岗补助']);
    expect(programs('东岭市兑现社会保险补贴、职业培训补贴等政策。')).toEqual([
      '社会保险补贴',
      '职业培训补贴',
    ]);
    expect(programs('支农支小再贷款额度增加1000亿元。')).toEqual(['支农支小再贷款']);
    expect(programs('西岭县农机报废补贴品目增至20种。')).toEqual(['农机报废更新补贴']);
  });
});

describe('recall35, the bare SOE reform and a pilot a meeting studies', () => {
  it('reads 国企改革, not a place’s push on it', () => {
    expect(programs('国企改革进一步走深走实。')).toEqual(['国有企业改革']);
    expect(programs('东岭区扎实推动国企改革攻坚、园区改革攻坚。')).toEqual([]);
  });

  it('reads a pilot studied by a meeting, 高等 inside its name', () => {
    expect(programs('会议研究高等教育综合改革试点工作。')).toEqual(['高等教育综合改革试点']);
    expect(programs('会议研究综合改革试点工作。')).toEqual([]);
  });
});

describe('recall35, joining the Greater Bay Area and the investigation campaign', () => {
  it('reads the building joined and the campaign by its short name', () => {
    expect(programs('南岭市加快融入粤港澳大湾区，发展外向型经济。')).toEqual(['粤港澳大湾区建设']);
    expect(programs('要大兴调查研究之风，摸清实情。')).toEqual(['在全党大兴调查研究']);
  });
});

describe('recall35, campaigns and systems the annotations list', () => {
  it('reads the campaign against misconduct, waste sorting and rural living environments', () => {
    expect(programs('南岭市纪委深入整治群众身边不正之风和腐败问题。')).toEqual([
      '群众身边不正之风和腐败问题集中整治',
    ]);
    expect(programs('东岭市已全面实施生活垃圾分类。')).toEqual(['生活垃圾分类制度']);
    expect(programs('西岭县持续深化农村人居环境整治。')).toEqual(['农村人居环境整治']);
  });
});

describe("prog48, the Northeast's formula and the science cooperation initiative", () => {
  it('reads 全面振兴全方位振兴 as the Northeast strategy and knows the initiative', () => {
    expect(programs('北岭省全面振兴全方位振兴取得新突破。')).toEqual(['东北全面振兴']);
    expect(programs('要加快推进北岭全面振兴、全方位振兴。')).toEqual(['东北全面振兴']);
    expect(programs('双方携手践行国际科技合作倡议，深化交流。')).toEqual(['国际科技合作倡议']);
  });
});
