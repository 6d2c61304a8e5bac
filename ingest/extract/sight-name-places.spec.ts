/** Name-like runs heading a place's, a zone's or a farm's name are no people (local48). */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';
import { classifyLine } from '../page/lines.ts';

const people = (text: string) => entityNames(text, 'person');

describe('a run of name sounds heading a place or a body', () => {
  it('is no person before a town or as the whole of a banner', () => {
    expect(people('调研组先后到格根苏木、阿日善都楞镇开展调研。')).toEqual([]);
    expect(people('旗委书记主持召开全旗新冠肺炎疫情防控工作调度会。')).toEqual([]);
  });
  it('is no person before a zone’s committee or a family farm', () => {
    expect(people('检查组一行前往东山-马家尖管委会检查。')).toEqual([]);
    expect(people('调研组察看了敖日戈养殖家庭牧场等经营情况。')).toEqual([]);
  });
  it('keeps a person who goes to a town', () => {
    expect(people('旗委书记韦成先后到乌兰镇调研。')).toEqual(['韦成']);
    // A name the dictionary knows before a town's name stays a person (the memorial's subject).
    expect(people('代表团参观了毛泽东青山乡旧居。')).toContain('毛泽东');
  });
});

describe("a credit line with a writer's label (撰稿)", () => {
  it('is a credit, not an editors’ boilerplate line', () => {
    expect(classifyLine('撰稿:柏明远 编辑:韦成 责编:王小川 审核:柯明', false).kind).toBe('credit');
  });
});

describe('a run of name sounds heading a park or naming a realm (blind cctv27b)', () => {
  it('is no person before a wetland park, a character between', () => {
    expect(people('位于某地的茅坪夜月湿地公园全新亮相。')).toEqual([]);
  });
  it('is no person when it ends in a realm’s word (王朝, 帝国)', () => {
    expect(people('这些器物展现了商王朝的政治格局。')).toEqual([]);
  });
});
