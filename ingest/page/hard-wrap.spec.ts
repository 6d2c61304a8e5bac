/** Hard-wrapped pages: a column's breaks inside a word or a name are joined (invented text). */
import { describe, expect, it } from 'vitest';
import { readStories } from './index.ts';
import { columnWidth, joinHardWrapped } from './hard-wrap.ts';
import { extractStory } from '../extract/index.ts';

// Every line of the story stops at one column's width, inside 白云市, a name and a title.
const wrapped = `青山日报讯 6月1日上午,白云市党政考察团抵达我市考察,白
云市委书记甘立新,市委副书记、市长周文远率领考察团一行
参观了南湖区新材料产业园。 青山市委书记吴东海,市委副书
记、市长林中华,市人大常委会主任程国栋等领导同志在宾馆
迎接考察团。据悉,考察团在我市期间将赴北湖区考察,两市将
签订合作协议。
(记者 王小明)`;

describe('a hard-wrapped page', () => {
  it('joins the lines a column broke inside a sentence, and keeps a credit on its line', () => {
    const lines = joinHardWrapped(wrapped).split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('考察,白云市委书记甘立新');
    expect(lines[0]).toContain('市委副书记、市长林中华,');
    expect(lines[1]).toBe('(记者 王小明)');
  });
  it('reads the city and the name whole', () => {
    const [story] = readStories(wrapped).stories;
    const { entities } = extractStory(story!.text);
    const names = (type: string) => entities.filter((e) => e.type === type).map((e) => e.name);
    expect(names('person')).toEqual(expect.arrayContaining(['甘立新', '林中华', '王小明']));
    expect(names('post')).toContain('白云市委书记');
    expect(names('post')).not.toContain('云市委书记');
  });
});

describe('a page with one line a paragraph is left as it is', () => {
  // Paragraphs of any length, a headline and a credit: no column, nothing is joined.
  const page = `青山市召开经济工作会议
6月1日,青山市召开经济工作会议,市委书记吴东海出席会议并讲话,市长林中华主持
会议要求,各地各部门要抓好项目建设,推动经济高质量发展,确保完成全年目标任务,为全市发展作出新贡献
会上,各区县主要负责同志作了交流发言,市直有关部门负责同志参加会议
编辑:王小明`;
  it('finds no column and keeps every line', () => {
    expect(columnWidth(page.split('\n'))).toBeUndefined();
    expect(joinHardWrapped(page)).toBe(page);
  });
  it('keeps a guest list of titles and names above paragraphs wider than it', () => {
    const interview = `访谈嘉宾：
市商务委党组书记、主任 柯明远
金山区委副书记、区长 苗青山
市人大代表、银河区委书记 韦成青
柯明远：“我们将深入实施外贸主体倍增计划，力争全年新增有进出口实绩的企业八百家，同时用好各类开放平台。”
苗青山：“金山综保区去年封关运营，目前已有二十三家企业入驻，我们正围绕两大特色产业推动产品进入欧洲市场。”`;
    expect(joinHardWrapped(interview)).toBe(interview);
  });
  it('keeps a headline and a sentence end apart on a wrapped page', () => {
    const titled = `青山白云两市签订合作协议\n${wrapped}`;
    const lines = joinHardWrapped(titled).split('\n');
    expect(lines[0]).toBe('青山白云两市签订合作协议');
    // 签订合作协议。 ends its sentence: the credit after it is not glued to it.
    expect(lines.at(-1)).toBe('(记者 王小明)');
  });
});
