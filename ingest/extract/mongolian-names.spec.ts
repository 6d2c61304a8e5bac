/** Mongolian names printed without the dot, and a banner's titles (local48). Invented names. */
import { describe, expect, it } from 'vitest';
import { entityNames, holdsOf } from '../../tests/kit/articles.ts';

const people = (text: string) => entityNames(text, 'person');

describe('an undotted Mongolian name', () => {
  it('is read whole after a title, not cut at three characters', () => {
    expect(holdsOf('副旗长那仁满都拉表示，要抓好春季防火。')).toEqual(['那仁满都拉|副旗长']);
    expect(holdsOf('副旗长乌云其其格陪同。')).toEqual(['乌云其其格|副旗长']);
  });
  it('is read after 代表 and before 同志', () => {
    expect(people('调研组走访了人大代表苏和必力格时，听取意见。')).toContain('苏和必力格');
    expect(people('会议决定免去额尔敦图同志的职务。')).toEqual(['额尔敦图']);
  });
});

describe("a banner's and a district's government titles", () => {
  it('reads 政府代旗长 as the acting head (代旗长)', () => {
    expect(holdsOf('旗委副书记、政府代旗长韦成检查防疫工作。')).toEqual([
      '韦成|代旗长',
      '韦成|旗委副书记',
    ]);
  });
  it('cuts the clause before a level’s body after 在 (全体常委在区人民政府副区长)', () => {
    expect(
      holdsOf('区政协主席柏明远率全体常委在区人民政府副区长韦成的陪同下视察。').filter((h) =>
        h.startsWith('韦成'),
      ),
    ).toEqual(['韦成|区人民政府副区长']);
  });
});
