/**
 * How local news prints a campaign's name: quoted names sharing one program word, a clean-up named
 * by what it cleans up, an action named by its period cut from its fields (quoted-list-heads.ts,
 * clean-up-campaigns.ts, period-only-actions.ts; issue 13): invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('quoted names listed before one program word', () => {
  it('gives each quoted name the word printed after the last', () => {
    expect(programs('某镇深入落实全县“项目推进攻坚年”、“营商环境提升年”活动要求。')).toEqual([
      '营商环境提升年活动',
      '项目推进攻坚年活动',
    ]);
    expect(programs('某县实施“绿水青山”、“金山银山”和“美丽田园”工程。')).toEqual([
      '绿水青山工程',
      '美丽田园工程',
      '金山银山工程',
    ]);
  });
  it('reads no list where the quotes are examples of a kind', () => {
    expect(programs('会议提出“稳增长”、“促改革”等要求。')).not.toContain('稳增长');
  });
});

describe('clean-up campaigns named by what they clean up', () => {
  it('reads a quoted kind of place with its rectification', () => {
    expect(programs('某街道召开“城中村”综合整治工作协调会。')).toEqual(['城中村综合整治']);
  });
  it('reads the environment of town and country cleaned up at large', () => {
    expect(programs('某街道巩固深化城乡环境大整治工作。')).toEqual(['城乡环境大整治']);
    expect(programs('某镇做好环境整治工作。')).toEqual([]);
  });
});

describe('actions named by their period', () => {
  it('reads the joined fields before the period as the name', () => {
    expect(programs('围绕城市更新和城市建设三年攻坚行动，某街道召开调度会。')).toEqual([
      '城市更新和城市建设三年攻坚行动',
    ]);
  });
  it('reads a period alone as no name, unless quoted', () => {
    expect(programs('某县启动三年攻坚行动。')).toEqual([]);
    expect(programs('某市开展消防安全“百日行动”。')).toEqual(['百日行动']);
  });
});

describe('programmes listed before the word they share', () => {
  it('reads a gazetteer programme among the things built together', () => {
    expect(programs('某县把招商引资与产业园区、美丽乡村等建设相结合。')).toEqual(['美丽乡村建设']);
  });
  it('reads each field and what is done to it as one works of the list', () => {
    expect(programs('某区实施链主企业培育、专精特新企业成长、传统产业数字化改造等工程。')).toEqual([
      '专精特新企业成长工程',
      '传统产业数字化改造工程',
      '链主企业培育工程',
    ]);
    expect(programs('某区实施人才引进倍增、研发投入提升、科技成果转化“三大工程”。')).toContain(
      '研发投入提升工程',
    );
  });
  it('reads no works in a list of kinds of things', () => {
    expect(programs('某县推进道路管网、水电气暖等工程。')).toEqual([]);
  });
});
