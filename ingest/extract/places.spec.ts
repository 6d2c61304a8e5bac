/** Districts: no place from inside another word, short forms where the context is plain. */
import { describe, expect, it } from 'vitest';
import { findDistricts } from './places.ts';

const districts = (text: string) => [...new Set(findDistricts(text).map((m) => m.name))].sort();

describe('districts', () => {
  it('takes no city from a common noun ending in 市', () => {
    expect(districts('河南省城市更新行动加快推进。')).toEqual(['河南省']);
  });
  it('takes no county from the short form inside a township or a species name', () => {
    expect(districts('吉安镇的村民种植柑橘。')).toEqual([]);
    expect(districts('科研人员在湖边放流拉萨裸裂尻鱼。')).toEqual([]);
  });
  it('takes no city from a ship, an oil field, a basin or a launch centre named after it', () => {
    expect(districts('护卫舰岳阳舰和补给舰参加演练。')).toEqual([]);
    expect(districts('大庆油田推广新技术，鄂尔多斯盆地加大勘探。')).toEqual([]);
    expect(districts('新技术已在大庆、胜利、长庆等主力油田推广。')).toEqual([]);
    expect(districts('加大鄂尔多斯、渤海湾等重点含油气盆地勘探。')).toEqual([]);
    expect(districts('新线缩短京津冀和晋中两大城市群的时空距离。')).toEqual([]);
    expect(districts('飞船在酒泉卫星发射中心发射升空。')).toEqual([]);
    // An unlisted "county" cut from a peninsula's name after a province: 广东雷州半岛.
    expect(districts('广东雷州半岛灌区开工建设。')).toEqual(['广东省']);
  });
  it('reads the short form of a special administrative region', () => {
    expect(districts('澳门特区行政长官表示，规划是路线图。')).toEqual(['澳门特别行政区']);
  });
  it('accepts a refused short form where the sentence plainly names a place', () => {
    expect(districts('在大足，石刻游人如织。')).toEqual(['大足区']);
    expect(districts('活动今天上午在万盛举行。')).toEqual(['万盛经开区']);
    // Without that context the word is a word: 长寿 is long life, 大足 a big foot.
    expect(districts('祝老人健康长寿。')).toEqual([]);
  });
});
