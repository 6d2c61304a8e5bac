/**
 * Local campaigns named by counted slogans in forms the other slogan rules miss (lstrat54-l, issue
 * 13; invented sentences): a quoted list of counted names, short counted quotes sharing the work
 * after them, counted battles fought and a hundred days' push; goals and tasks stay out.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('counted slogans in lists and runs', () => {
  it('reads each counted name of a quoted list as its own campaign', () => {
    expect(programs('县委深入推进“四大战略、六大行动”，奋力追赶。').sort()).toEqual(
      ['六大行动', '四大战略'].sort(),
    );
  });
  it('reads a quoted list of goals as nothing', () => {
    expect(programs('全区要实现“两大高地、五大中心”目标。')).toEqual([]);
  });
  it('gives adjacent counted quotes the work printed after the last one', () => {
    expect(programs('各乡镇扎实开展“五边”“三清”环境治理。').sort()).toEqual(
      ['三清环境治理', '五边环境治理'].sort(),
    );
  });
  it('leaves counted tasks without a word of work out', () => {
    expect(programs('全镇要落实“五边”“三清”任务。')).toEqual([]);
  });
  it('reads counted battles a verb fights', () => {
    expect(programs('全县聚力打好“六场硬仗”，确保完成目标。')).toEqual(['六场硬仗']);
  });
  it('reads a hundred days push a verb fights, a festival between them', () => {
    expect(programs('坚决打赢迎国庆“百日会战”，确保平稳。')).toEqual(['百日会战']);
    // Named by its field of work, no verb before it (blocal-j).
    expect(programs('东岭县召开项目“百日攻坚”推进会。')).toEqual(['项目百日攻坚']);
    // The rural living environments' clean-up printed with 综合 (programs-local.txt).
    expect(programs('要深入推进农村人居环境综合整治，科学规划。')).toEqual(['农村人居环境整治']);
  });
  it('leaves counted battles no verb fights out', () => {
    expect(programs('他回顾了那“六场硬仗”的经历。')).toEqual([]);
  });
  it('reads a code of digits a verb carries out, not one a noun follows', () => {
    expect(programs('东岭县深入实施“2456”，推动高质量发展。')).toEqual(['2456']);
    expect(programs('拨打“12345”热线，聚焦“3+2”现代产业体系。')).toEqual([]);
  });
  it('reads parallel tasks longer than four characters before an action word', () => {
    expect(programs('全县开展“严明工作纪律、提升服务效能”专项行动。')).toEqual([
      '严明工作纪律、提升服务效能专项行动',
    ]);
  });
  it('reads paired assistance as a work, not as a verb', () => {
    expect(programs('东岭县扎实做好对口帮扶工作，巩固脱贫成果。')).toEqual(['对口帮扶']);
    expect(programs('东岭市对口帮扶西岭州，每年提供岗位。')).toEqual([]);
  });
  it('reads counted quotes side by side before a special action as so many actions (prog56)', () => {
    expect(programs('某镇开展“两拆”“三清”“四化”专项行动，改善人居环境。').sort()).toEqual([
      '三清专项行动',
      '两拆专项行动',
      '四化专项行动',
    ]);
  });
});
