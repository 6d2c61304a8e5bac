import { describe, expect, it } from 'vitest';
import { extractStory } from './index.ts';
import { spellingAfter } from './latin-names.ts';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('names in Latin letters', () => {
  it('reads a Latin-letter name after a role or occupation, or before an address or a speech verb', () => {
    expect(names('某游戏公司的首席设计师Anna Berg表示，新版本将在明年推出。')).toEqual([
      'Anna Berg',
    ]);
    expect(names('学生maxwell说，他们在教室里等到了深夜。')).toEqual(['maxwell']);
    expect(names('项目负责人tomas女士介绍了展会的安排。')).toEqual(['tomas']);
  });
  it('reads no name from acronyms, things, bodies or titles of works (CEO, pos机, 机构postcomm, 《…》)', () => {
    expect(names('公司CEO表示，新品将在下月上市。')).toEqual([]);
    expect(names('商户pos机的安装由银行负责。')).toEqual([]);
    expect(names('api称，上周原油库存减少。')).toEqual([]);
    expect(names('监管邮政的机构postcomm表示，价格将上涨。')).toEqual([]);
    expect(names('这部《魔法少女KIRARIN》的主角深受欢迎。')).toEqual([]);
  });
});

describe('a spelling in letters in brackets after a name', () => {
  const surfaces = (text: string) =>
    extractStory(text)
      .entities.filter((e) => e.type === 'person')
      .map((e) => e.surfaces);
  it('is another surface of the person named right before it, never a name by itself', () => {
    expect(surfaces('主裁判阿特金森（martinatkinson）在下半场判罚了点球。')).toEqual([
      ['阿特金森', 'martinatkinson'],
    ]);
    expect(spellingAfter('顾问韦尔登（Tom Weldon）表示', 5)).toBe('Tom Weldon');
  });
  it('leaves acronyms and bracketed letters after no name alone (CEO, WTO)', () => {
    expect(spellingAfter('董事马林（CEO）表示', 4)).toBeUndefined();
    expect(surfaces('世界贸易组织（wto）发布了新的报告。')).toEqual([]);
  });
});
