/**
 * Programs: kinds of program-shaped words that name no program, met on prog42's fresh days and on
 * the development sets (invented sentences; figures in docs/extraction-rounds.md).
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('a number read inside a longer number', () => {
  it('reads no gazetteer name starting with a numeral out of a larger count (二十条 holds 十条)', () => {
    expect(programs('各地要落实二十条优化措施，不得层层加码。')).toEqual([]);
    // The name printed alone is still found.
    expect(programs('各地要落实十条优化措施，不得层层加码。')).toEqual([
      '进一步优化落实新冠肺炎疫情防控措施',
    ]);
  });
});

describe('verb phrases and duties read as programs', () => {
  it('takes serving the national strategy for a verb phrase, no program', () => {
    expect(programs('他要求推动地方国企更好服务国家战略。')).toEqual([]);
    expect(programs('推动企业主动融入国家战略。')).toEqual([]);
  });
  it("takes troops' and ships' duties (突击, 演训, 维权, 巡逻) for activities, no program", () => {
    expect(programs('对方不断发动突击行动，城区交火激烈。')).toEqual([]);
    expect(programs('该舰多次参加重大演训任务和海上维权行动。')).toEqual([]);
    expect(programs('海警船在附近海域开展巡逻行动。')).toEqual([]);
    // A named law-enforcement campaign stays a program.
    expect(programs('海关总署部署“净海2030”打击走私专项行动。')).toEqual([
      '净海2030打击走私专项行动',
    ]);
  });
  it("takes a year's routine plan (年度…计划) of any length for a working document", () => {
    expect(programs('按照年度城乡绿化植树造林计划，今年任务不低于1亿亩。')).toEqual([]);
  });
  it('takes a plan named only by a common object and its work (岗位开发计划) for a kind of plan', () => {
    expect(programs('该省推进实施岗位开发计划，扩大就业。')).toEqual([]);
  });
  it('takes an emergency works (应急供水工程) for one construction, no program', () => {
    expect(programs('某调水工程北延应急供水工程启动年度调水。')).toEqual([]);
  });
});
