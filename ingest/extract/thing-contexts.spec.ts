import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('no name right after a plural demonstrative (这些古柏中)', () => {
  it('drops a name by sight after 这些', () => {
    expect(names('山上现有古柏7778株，这些古柏中最高树龄约230年。')).toEqual([]);
  });
  it('keeps a name after 这位 (one person)', () => {
    expect(names('这位老人叫王建国，今年八十岁。')).toContain('王建国');
  });
});

describe('no name inside 在…的…中 (在核心舱的高微柜中完成实验)', () => {
  it('drops a name by sight between 的 and 中 in a 在 frame', () => {
    expect(names('航天员近期还在核心舱的高微柜中完成了空间冷原子实验。')).toEqual([]);
  });
});

describe('no person in a place named after one (某某·某某医院)', () => {
  it('drops a dotted name before 医院 or 大学, also with a part cut off between', () => {
    expect(names('当地的萨利姆·阿德万医院遭到炮击，多人受伤。')).toEqual([]);
    expect(names('总统约翰·史密斯到医院看望伤员。')).toEqual(['约翰·史密斯']);
  });
  it('keeps a foreign name before a verb that brings people along (…戈麦斯|携夫人)', () => {
    expect(names('代表团团长玛丽亚·戈麦斯携夫人出席了招待会。')).toEqual(['玛丽亚·戈麦斯']);
  });
});

describe('no name from a flower that enters its blooming season (people40: 白玉兰进入花期)', () => {
  it('drops a name by sight said to enter or reach its 花期', () => {
    expect(names('随着气温回升，市花白玉兰进入花期，公园里游人如织。')).toEqual([]);
    expect(names('随着气温回升，园中金玉兰迎来花期。')).toEqual([]);
  });
  it('keeps a person before another verb', () => {
    expect(names('随着气温回升，白玉兰表示，公园将延长开放时间。')).toContain('白玉兰');
  });
});
