/** A county's strategy named by the quality it builds (lstrat48, prog46-l; invented sentences). */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('平安, 法治, 干净 and a county’s name, built', () => {
  it('names the building of the quality of a county of districts.json', () => {
    expect(programs('全县要着力推进干净洛宁建设，改善人居环境。')).toEqual(['干净洛宁建设']);
    expect(programs('为建设平安郧西、法治郧西建设贡献力量。')).toEqual([
      '平安郧西建设',
      '法治郧西建设',
    ]);
  });
  it('leaves a quality of a kind of place (校园, 乡村) to other rules', () => {
    expect(programs('推进平安校园建设，创建平安单位。')).toEqual([]);
  });
});
