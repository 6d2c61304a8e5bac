/**
 * Named campaigns of desertification control, of the seas and of connected vehicles, and a
 * zero-tariff measure by their printed short forms (gazetteer programs-campaigns.txt): invented
 * sentences.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('desertification battles and zero tariffs (programs-campaigns.txt)', () => {
  it('reads the three landmark battles printed together', () => {
    expect(programs('今年某盟全力打好三大标志性战役，治沙300万亩。')).toEqual([
      '荒漠化综合防治三大标志性战役',
    ]);
  });
  it('reads the Taklimakan battle by its desert alone', () => {
    expect(programs('某县打响塔克拉玛干沙漠边缘阻击战，栽下红柳。')).toEqual([
      '河西走廊—塔克拉玛干沙漠边缘阻击战',
    ]);
  });
  it('reads the sandy-lands battle printed with 和 between its two lands (prog54)', () => {
    expect(programs('某旗打好科尔沁和浑善达克两大沙地歼灭战。')).toEqual([
      '科尔沁、浑善达克两大沙地歼灭战',
    ]);
  });
  it('reads the Blue Bay action, the harmonious-islands demonstration and the vehicle–road–cloud pilots by their short forms (prog54)', () => {
    expect(programs('某市推进“蓝色海湾”整治、“和美海岛”创建示范。')).toEqual([
      '和美海岛创建示范',
      '蓝色海湾整治行动',
    ]);
    expect(programs('某市铺开车路云一体化试点。')).toEqual(['车路云一体化应用试点']);
  });
  it('reads the zero-tariff measure printed with its count', () => {
    expect(programs('某国企业期待分享对53个非洲建交国全面实施零关税举措的红利。')).toEqual([
      '对非洲建交国全面实施零关税举措',
    ]);
  });
});
