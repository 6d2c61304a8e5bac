/**
 * Autonomous prefectures' and provinces' pages (issue 13, lthings59-l; invented sentences): a
 * list's bare 州 title at the prefecture it named, a prefecture's page's bare 州 titles, a
 * province's bare title in a headline beside its placed twin, 邀请到 before a title, and a piece
 * of a credited name.
 */
import { describe, expect, it } from 'vitest';
import { extractStory } from './index.ts';
import { entityNames, holdsOf } from '../../tests/kit/articles.ts';

describe('a bare 州 title at the autonomous prefecture a list or the page titles', () => {
  it('reads 州政府副州长 after 黔南州委常委 as that prefecture’s, in a list of two prefectures', () => {
    expect(
      holdsOf(
        '会上，黔南州委常委、州政府副州长柯明远，黔东南州委常委、州政府副州长韩立新介绍情况。',
      ),
    ).toEqual([
      '柯明远|黔南州副州长',
      '柯明远|黔南州委常委',
      '韩立新|黔东南州副州长',
      '韩立新|黔东南州委常委',
    ]);
  });
  it('gives a prefecture’s page its bare 州 titles, the province before it cut', () => {
    expect(
      holdsOf('4月1日，湖南省湘西州政协主席柯明远主持召开州政协常委会议。州政协副主席韩立新出席。'),
    ).toEqual(['柯明远|湘西州政协主席', '韩立新|湘西州政协副主席']);
  });
  it('leaves them bare where the page titles two prefectures', () => {
    expect(
      holdsOf('4月1日，湘西州政协主席柯明远与黔南州政协主席孙海平座谈。州政协副主席韩立新出席。'),
    ).toContain('韩立新|州政协副主席');
  });
});

describe('a province’s bare title beside its placed twin', () => {
  it('folds the headline’s 省委宣传部部长 into the text’s 贵州省委宣传部部长', () => {
    const facts = extractStory(
      '5月20日，贵州省委宣传部部长柯明远出席理论研讨会，强调要增强理论自觉。',
      undefined,
      {
        title: '省委宣传部部长柯明远出席研讨会',
      },
    );
    const held = facts.relations.filter((r) => r.type === 'HOLDS').map((r) => r.target.name);
    expect([...new Set(held)]).toEqual(['贵州省委宣传部部长']);
  });
});

describe('words before a title and after a credit’s label', () => {
  it('reads 邀请到 as the verb before the title, no body of it', () => {
    const text = '我们很荣幸邀请到黔南州委常委、州政府常务副州长柯明远，向大家介绍有关情况。';
    expect(entityNames(text, 'organization')).not.toContain('到黔南州委');
    expect(holdsOf(text)).toContain('柯明远|黔南州委常委');
  });
  it('reads no person inside a credited four-character name', () => {
    const names = entityNames(
      '近日，调研组深入各乡镇调研。\n摄像:才项仁增 撰稿:张丽娜 编辑:秦敏华',
      'person',
    );
    expect(names).not.toContain('项仁增');
    expect(names).toContain('张丽娜');
  });
});
