/**
 * A possessive before a firm's unit (甲的项目管理部): the owner is a firm, no person, unless a
 * title or a speech verb says otherwise (issue 11, people57). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const people = (text: string) => entityNames(text, 'person');

describe('a name read by sight before 的 and a firm’s unit (owned-units.ts)', () => {
  it('reads no person in a firm’s short name before its research centre or department', () => {
    expect(people('在金鹏的研发中心，工程师正在调试设备。')).toEqual([]);
    expect(people('陈志刚的项目管理部今年完成了三个项目。')).toEqual([]);
  });
  it('keeps a person before what a person owns', () => {
    expect(people('王春梅的合作社今年收入翻番。')).toEqual(['王春梅']);
  });
});
