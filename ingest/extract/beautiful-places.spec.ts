/** A campaign making one kind of place beautiful (lstrat48-l, issue 13; invented sentences). */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('a campaign named 美丽 and a kind of place', () => {
  it('reads its work and its lever as the campaign', () => {
    expect(programs('副县长到两个乡检查美丽集镇工作。')).toEqual(['美丽集镇建设']);
    expect(programs('要以美丽城镇为抓手，补齐基础设施短板。')).toEqual(['美丽城镇建设']);
    expect(programs('妇联在各村开展美丽庭院创建。')).toEqual(['美丽庭院创建']);
  });
  it('leaves beautiful places described or built', () => {
    expect(programs('全县今年建成一批美丽庭院，打造美丽的集镇。')).toEqual([]);
  });
});

describe('Guangdong’s greening campaign under a county’s name (lstrat61-l)', () => {
  it('reads 绿美 and a district before 生态建设', () => {
    expect(programs('会议要求突出绿美阳山生态建设，应绿尽绿。')).toEqual(['绿美阳山生态建设']);
    expect(programs('要推进绿美乡村生态建设。')).toEqual([]);
  });
});
