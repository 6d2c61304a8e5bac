/**
 * Named strategies of county and city pages in forms main missed, and programme junk there
 * (lstrat58-l, pages of Henan, Shandong, Hebei, Shanxi and Jiangxi, issue 13; invented sentences).
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('local strategies printed in local forms', () => {
  it('keeps 发展 of a county strategy of quoted tasks', () => {
    expect(
      programs('县长要求，围绕“兴文化、活商贸、强项目、美乡村”发展战略，争取更多项目落地。'),
    ).toEqual(['兴文化、活商贸、强项目、美乡村发展战略']);
  });
  it("reads a province's counted approach whose last part holds two characters", () => {
    expect(programs('全面落实省委“三为三高两同步”总体思路和要求，推动发展。')).toEqual([
      '三为三高两同步',
    ]);
  });
  it('leaves a counted requirement of the same shape', () => {
    expect(programs('全面落实省委“一改两为五做到”要求，推动发展。')).toEqual([]);
  });
  it('takes no count of characters of a way of working for a campaign', () => {
    expect(programs('认真落实省委“三十二字”工作思路，抓好各项工作。')).toEqual([]);
  });
  it('reads quoted campaigns carried on without end before 等活动, not a one-off listing', () => {
    expect(programs('持续开展“清洁庭院·美丽家园”“文明大讲堂”等活动，群众内生动力增强。')).toEqual([
      '文明大讲堂',
      '清洁庭院·美丽家园',
    ]);
    expect(programs('开展“清洁庭院·美丽家园”“文明大讲堂”等活动。')).toEqual([]);
  });
  it('reads counted acts in one pair of quotes that a meeting mobilises', () => {
    expect(programs('某某县召开“三深化、三提升”暨重点项目工作动员会。')).toEqual([
      '三深化、三提升',
    ]);
    expect(programs('要增强“四个意识”、坚定“四个自信”。')).toEqual([]);
  });
  it('reads a counted set of works quoted whole, not the idiom it ends with', () => {
    expect(programs('全市“十大暖民心工程”推进会召开，部署下步工作。')).toEqual(['十大暖民心工程']);
    expect(programs('这是一项民心工程，群众满意。')).toEqual([]);
  });
  it('reads so many visions of a place built, not a goal', () => {
    expect(programs('要把学习贯彻会议精神与建设“五个东城”紧密结合起来。')).toEqual([
      '五个东城建设',
    ]);
    expect(programs('加快实现建设“三个高地”的目标。')).toEqual([]);
    expect(programs('为全市建设“三个文明”融合发展的现代化城市作出贡献。')).toEqual([]);
  });
  it("reads a city's two creation campaigns printed short", () => {
    expect(programs('保持“创文创卫”强度，集中精力办好自己的事情。')).toEqual(['创文创卫']);
  });
  it('takes no share of a planned sum for a programme', () => {
    expect(programs('全县12个重点项目完成总投资计划的80%。')).toEqual([]);
  });
  it('takes no chain of facilities joined by dashes for a programme', () => {
    expect(programs('加快构建“众创空间—孵化器—加速器”链条孵化体系。')).toEqual([]);
  });
});

describe("a place's own five-year plan", () => {
  it("names a county's plan and its committee's proposal apart from the national plan", () => {
    expect(
      programs(
        '某某县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要，根据《中共某某县委关于制定全县国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》编制。',
      ),
    ).toEqual([
      '中共某某县委关于制定全县国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议',
      '某某县国民经济和社会发展第十四个五年规划',
    ]);
  });
  it('leaves the whole county’s plan to the national words', () => {
    expect(programs('全县国民经济和社会发展第十四个五年规划纲要提出新目标。')).not.toContain(
      '全县国民经济和社会发展第十四个五年规划',
    );
  });
});

describe('provincial strategies of the gazetteer (programs-local.txt)', () => {
  it("reads Shandong's pilot zone and its Qilu model of rural revitalization", () => {
    expect(programs('全省加快建设绿色低碳高质量发展先行区，打造乡村振兴齐鲁样板。')).toEqual([
      '乡村振兴齐鲁样板',
      '绿色低碳高质量发展先行区建设',
    ]);
  });
  it('reads the revitalization of the former Central Soviet Area printed short', () => {
    expect(programs('县里要推进原中央苏区振兴发展。')).toEqual(['赣南等原中央苏区振兴发展']);
  });
  it('reads the rural living environment put in order all at once', () => {
    expect(programs('抓好农村人居环境集中整治，改善村容村貌。')).toEqual(['农村人居环境整治']);
  });
});
