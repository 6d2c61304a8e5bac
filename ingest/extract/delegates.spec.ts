/**
 * Members named in a session's list of speeches (某某常委建议, 某某常委代表某党中央发言): people
 * with the title printed after the name (issue 11, people57-a). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { entityNames, holdsOf } from '../../tests/kit/articles.ts';

const people = (text: string) => entityNames(text, 'person');

describe('a name before 常委 and a verb (delegates.ts)', () => {
  it('reads the member and the title as printed', () => {
    const text =
      '中共中央政治局常委王明远出席。赵立群常委建议，深化农业科技创新。钱海波常委代表某党中央发言提出，加强基础研究。';
    expect(holdsOf(text)).toEqual(expect.arrayContaining(['赵立群|常委', '钱海波|常委']));
    expect(holdsOf(text)).not.toContain('赵立群|中央政治局常委');
  });
  it('reads a member in a story that prints no 代表 or 委员, and a Tibetan name with no surname', () => {
    expect(
      holdsOf(
        '中共中央政治局常委王明远出席。刘建新常委提出，深化农业科技创新。次仁央宗常委表示，牢记嘱托。',
      ),
    ).toEqual(expect.arrayContaining(['刘建新|常委', '次仁央宗|常委']));
  });
  it('reads no person in a body before 常委 in a chain or a meeting', () => {
    expect(people('区委常委会召开会议。')).toEqual([]);
  });
});

describe('a community’s people before 代表 (delegates.ts, community-roles.txt)', () => {
  it('reads no person in 师生代表', () => {
    expect(people('他还与企业职工、师生代表互动交流。')).toEqual([]);
  });
});
