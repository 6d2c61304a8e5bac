import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('set phrases and headlines in a name’s shape (people42)', () => {
  it('reads no name in a country’s short form and 称 heading a story (韩称将…)', () => {
    expect(names('韩称将严正回应邻国涉岛言论\n据报道，该国外交部今天表示反对。')).toEqual([]);
  });
  it('reads no name in the tail of a four-character phrase of parallel halves (缺林少绿)', () => {
    expect(names('专家指出，当地缺林少绿问题依然突出，需要持续植树。')).toEqual([]);
  });
  it('reads no name at the end of a four-character phrase beside another (夏韵方兴)', () => {
    expect(names('今日芒种，麦浪翻金、夏韵方兴。节目最后一起欣赏田园风光。')).toEqual([]);
  });
  it('reads no name in the rest of a company named after its country (中国某飞与…)', () => {
    expect(names('今天，中国商飞与多家航空公司签订了订单协议。')).toEqual([]);
  });
  it('reads no name after a country that is also a title, opening a clause (苏丹多地)', () => {
    expect(names('据报道，苏丹多地冲突仍在持续，救援受阻。')).toEqual([]);
  });
  it('keeps a name after a title and a name in a list of four-character clauses', () => {
    expect(names('文莱苏丹哈桑纳尔日前表示，将继续推进合作。')).toContain('哈桑纳尔');
    expect(names('校长王林、教师张明出席了典礼。')).toEqual(['王林', '张明']);
    expect(names('刘建设当即大吃一惊，告诉张捷，')).toContain('张捷');
  });
});
