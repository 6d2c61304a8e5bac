/**
 * Titles a city creates and annual campaigns a county carries out under a national or provincial
 * name (programs-local.txt, creation-short-forms.ts, title-creations.ts, campaign-events.ts; issue
 * 13): invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('a civilized city created without the word 全国', () => {
  it('reads 文明城市创建 and 创建文明城市 as the national creation', () => {
    expect(programs('某区持续深化文明城市创建，积极创建文明城市示范区。')).toEqual([
      '创建全国文明城市',
    ]);
  });
  it('reads the model civilized city as its own title', () => {
    expect(programs('某街道结合文明典范城市创建工作，整治背街小巷。')).toEqual([
      '创建全国文明典范城市',
    ]);
  });
  it('reads 创城 where the story names the civilized creation, not alone', () => {
    expect(programs('某部长到某街道调研创城工作，要求走好文明创建路。')).toEqual([
      '创建全国文明城市',
    ]);
    expect(programs('某部长到某街道调研创城工作。')).toEqual([]);
  });
});

describe('a place creating a national or provincial title', () => {
  it('reads the creation of any titled place, one node for both orders', () => {
    expect(programs('某市全力推进创建国家森林城市工作，国家森林城市创建成效明显。')).toEqual([
      '创建国家森林城市',
    ]);
    expect(programs('某县争创国家生态文明建设示范县。')).toEqual(['创建国家生态文明建设示范县']);
    expect(programs('某县召开创建省级文明县城动员大会。')).toEqual(['创建省级文明县城']);
  });
  it('reads the title held, or a creation with no level, as no campaign', () => {
    expect(programs('某市荣获国家森林城市称号。')).toEqual([]);
    expect(programs('某市创建学习型城市。')).toEqual([]);
    expect(programs('某县争创国家农业科技示范区。')).toEqual([]);
  });
});

describe('annual campaigns of a county', () => {
  it('reads the culture, science and health campaign, short or in full', () => {
    expect(programs('某县2019年文化科技卫生“三下乡”活动在某镇启动。')).toEqual([
      '文化科技卫生三下乡',
    ]);
    expect(programs('区“三下乡”各成员单位送来图书。')).toEqual(['文化科技卫生三下乡']);
  });
  it('reads its day of joint service as an event', () => {
    expect(programs('某县文化科技卫生“三下乡”集中服务活动在某村举行。')).toEqual([]);
  });
  it('reads a village creation as the beautiful-village programme', () => {
    expect(programs('某市全力创建美丽乡村，打造示范带。')).toEqual(['美丽乡村建设']);
  });
  it('reads a capital district’s short form of its easing campaign', () => {
    expect(programs('某区持续抓好“疏整促”，提升街区环境。')).toEqual(['疏解整治促提升专项行动']);
  });
  it('reads the creation of themed model villages without a level (prog56)', () => {
    expect(programs('某县召开乡村振兴示范村创建工作推进会。')).toEqual(['创建乡村振兴示范村']);
    expect(programs('某县召开示范村创建工作推进会。')).toEqual([]);
  });
});
