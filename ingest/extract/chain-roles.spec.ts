/** Posts42 (issue 13): acting roles, a head of state after a party's title, 同 inside a word. */
import { describe, expect, it } from 'vitest';
import { holdsOf } from '../../tests/kit/articles.ts';

describe('title chains on fresh news (posts42)', () => {
  it('keeps the acting marker with the role, so a career list keeps its province', () => {
    // The story names another province more often (its home), as an obituary names a birthplace.
    const story =
      '方立群同志，浙江建德人，曾在浙江省建德县插队，后在浙江读书。1990年起，方立群同志历任湖南省委副书记、代省长、省长。';
    const holds = holdsOf(story);
    expect(holds).toContain('方立群|湖南省代省长');
    expect(holds).toContain('方立群|湖南省省长');
    expect(holds.some((h) => h.includes('浙江省省长') || h.endsWith('|代省长'))).toBe(false);
    expect(holdsOf('某市代理局长周文博表示，将加快审批。')).toContain('周文博|某市代理局长');
  });
  it('reads a bare head of state after a foreign party title as the country office', () => {
    const holds = holdsOf('喀麦隆人民进步联盟主席、总统杜兰表示，祝贺大会召开。');
    expect(holds).toContain('杜兰|喀麦隆总统');
    expect(holds.some((h) => h.endsWith('联盟总统'))).toBe(false);
  });
  it('does not read the 同 of 共同 as a meeting verb cutting the party name', () => {
    expect(holdsOf('韩国共同进步党党首金正浩发来贺电。')).toEqual(['金正浩|韩国共同进步党党首']);
  });
  it('keeps a body named by a country and a field before 与 whole', () => {
    const holds = holdsOf('法院要求美国移民与边境管理局代理局长约翰·卡特必须出庭。');
    expect(holds).toContain('约翰·卡特|美国移民与边境管理局代理局长');
  });
});

describe('an autonomous region’s acting chairman', () => {
  it('reads 自治区代主席 as the title before the name, not 区代 as a name before 主席', () => {
    const held = holdsOf('区党委副书记、自治区代主席苗青山主持座谈会。');
    expect(held).toContain('苗青山|自治区代主席');
    expect(held.some((h) => h.startsWith('区代|'))).toBe(false);
  });
});

describe('two people printed with no pause between them', () => {
  it('gives the second only the title after the first name (区委书记甲副市长乙)', () => {
    const held = holdsOf('市人大常委会副主任、金山区委书记苗青山副市长柯立新回答有关提问。');
    expect(held).toContain('苗青山|金山区委书记');
    expect(held).toContain('柯立新|副市长');
    expect(held.filter((h) => h.startsWith('柯立新|'))).toEqual(['柯立新|副市长']);
  });
});
