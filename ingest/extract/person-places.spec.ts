/** Places and halves of a country's name read as people, and 互 of 互致 (junk16; invented). */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const people = (text: string) => entityNames(text, 'person');

describe('places and country halves read as people', () => {
  it('takes a name by sight before 社区, 乡 or 难民营 for the place’s own name', () => {
    expect(people('据当地媒体报道，炮火波及城北的卡萨鲁社区和邻近的难民营。')).toEqual([]);
    expect(people('考察组来到阿布提乡某某村，了解果园管护。')).toEqual([]);
  });
  it('keeps a name before 村民 or 村长 of the place', () => {
    expect(people('王建华村长介绍了果园管护经验。')).toContain('王建华');
  });
  it('takes either half of a country joined by 和 for no person', () => {
    expect(people('安哥拉总统甲某某、安提瓜和巴布达总理布朗等与会。')).not.toContain('安提瓜');
    expect(people('圣文森特和格林纳丁斯总理出席会议。')).toEqual([]);
  });
  it('leaves 互 of 互致贺电 out of the name after a title', () => {
    expect(people('同日，国务院总理同某国总理罗利互致贺电。')).toEqual(['罗利']);
  });
});
