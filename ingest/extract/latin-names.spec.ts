import { describe, expect, it } from 'vitest';
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
