/** A program a body launches, named to the end of the clause (recall38, issue 13): invented sentences. */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';
import { launchedPrograms } from './launched-names.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('a program launched by a body or a place', () => {
  it('keeps a verb inside the name (组织, 促进, 推进)', () => {
    expect(programs('（2）某部部署开展社会组织年检和执法专项行动；')).toEqual([
      '社会组织年检和执法专项行动',
    ]);
    expect(programs('近日，天津发布促进机器人产业创新发展行动方案，提出到2027年')).toEqual([
      '促进机器人产业创新发展行动方案',
    ]);
  });
  it('keeps 和 inside the name to the clause end', () => {
    expect(programs('今天，广州启动稳就业送服务和夏季促进就业专项行动。')).toEqual([
      '稳就业送服务和夏季促进就业专项行动',
    ]);
  });
  it('keeps a name that opens with 重点 after 启动实施', () => {
    expect(programs('（4）六部门启动实施重点人群就业帮扶推进行动；')).toEqual([
      '重点人群就业帮扶推进行动',
    ]);
  });
  it('reads the name after 启动了, and a plan the State Council approves', () => {
    expect(programs('今年，农业农村部启动了主要蔬菜作物大面积提质行动。')).toEqual([
      '主要蔬菜作物大面积提质行动',
    ]);
    expect(
      programs('近日，国务院批复某省某市深化跨境贸易综合改革总体方案，支持该市先行先试。'),
    ).toEqual(['某省某市深化跨境贸易综合改革总体方案']);
  });
  it('reads no kind or count of programs, and no launch by a person', () => {
    const launched = (text: string) => launchedPrograms(text).map((m) => m.name);
    expect(launched('（3）某部启动一批道路安全专项整治行动；')).toEqual([]);
    expect(launched('老张启动村路修缮和路灯照明改造工程。')).toEqual([]);
  });
});
