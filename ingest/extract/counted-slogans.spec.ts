/** Local campaigns named by a quoted counted slogan (lstrat48-l, issue 13; invented sentences). */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('a quoted counted slogan of a local campaign', () => {
  it('reads a count of things done jointly as a campaign', () => {
    expect(programs('某县召开会议，部署开展“四城同创”工作。')).toEqual(['四城同创']);
    expect(programs('全市上下要持续深化“五水共治”，守护一江清水。')).toEqual(['五水共治']);
  });
  it('reads a doubled pair carried out as a campaign', () => {
    expect(programs('今年某区要打响“双招双引”攻坚战，引进一批项目。')).toEqual(['双招双引']);
  });
  it('names the creation of a counted title with its holder', () => {
    expect(programs('各乡镇要扎实推进“五星”支部创建，夯实基层基础。')).toEqual(['五星支部创建']);
  });
  it('leaves party formulas and a slogan no campaign carries', () => {
    expect(programs('统筹推进“五位一体”总体布局，坚持“一国两制”。')).not.toContain('一国两制');
    expect(programs('他说，“三城联创”这个提法很好记。')).toEqual([]);
  });
  it('reads a doubled pair a city mainly attacks (主攻, lstrat54)', () => {
    expect(programs('全区主攻“双引双育”，加强项目攻坚。')).toEqual(['双引双育']);
  });
});
