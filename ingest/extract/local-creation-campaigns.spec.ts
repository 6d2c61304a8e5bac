/**
 * National and provincial campaigns that counties, towns and streets carry out (programs-local.txt
 * and beautiful-places.ts, issue 13): invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';
import { creationShortForms } from './creation-short-forms.ts';
import { listedProgram } from './named-programs.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('campaigns a place carries out to earn a national title', () => {
  it('reads the civilized city and district creation', () => {
    expect(programs('某区召开创建全国文明城区工作推进会。')).toEqual(['创建全国文明城区']);
    expect(programs('某市深入推进创建全国文明城市工作。')).toEqual(['创建全国文明城市']);
  });
  it('reads the sanitary city and township creation', () => {
    expect(programs('某县扎实开展国家卫生城市创建工作。')).toEqual(['国家卫生城市创建']);
    expect(programs('某镇全力推进国家卫生乡镇创建。')).toEqual(['国家卫生乡镇创建']);
  });
  it('reads 创文 and 创卫 only where the story names the campaign in full', () => {
    expect(programs('某区推进创建全国文明城区。会议要求做好创文各项工作。')).toEqual([
      '创建全国文明城区',
    ]);
    expect(programs('某县开展国家卫生城市创建，补齐创卫短板。')).toEqual(['国家卫生城市创建']);
    expect(programs('会议要求做好创文各项工作。')).toEqual([]);
    const short = (text: string) => creationShortForms(text).map((m) => `${m.surface}=${m.name}`);
    expect(short('某区推进创建全国文明城区，做好创文工作，争创文明家庭。')).toEqual([
      '创文=创建全国文明城区',
    ]);
    expect(short('某县开展国家卫生乡镇创建，补齐创卫短板。')).toEqual(['创卫=国家卫生乡镇创建']);
  });
});

describe('rural campaigns printed in a county story', () => {
  it('reads the village cleaning in its seasonal battle', () => {
    expect(programs('某县启动村庄清洁行动秋冬战役。')).toEqual(['村庄清洁行动']);
  });
  it('reads 人居环境整治 as the rural campaign, not after 城市', () => {
    expect(programs('某村扎实推进人居环境整治，村容村貌明显改善。')).toEqual(['农村人居环境整治']);
    expect(programs('某市部署城市人居环境整治。')).toEqual([]);
  });
  it('reads the consolidation of poverty alleviation as the poverty campaign, by that name too', () => {
    expect(programs('某县全面推进乡村振兴、巩固拓展脱贫攻坚成果。')).toEqual([
      '乡村振兴',
      '脱贫攻坚',
    ]);
    expect(listedProgram('巩固拓展脱贫攻坚成果')).toBe('脱贫攻坚');
  });
  it('reads the volunteer service of civilization practice, not its station', () => {
    expect(programs('某街道开展新时代文明实践志愿服务活动。')).toEqual(['新时代文明实践志愿服务']);
    expect(programs('某村新时代文明实践站开展活动。')).toEqual([]);
  });
  it('reads the beautiful market towns and liveable villages', () => {
    expect(programs('某镇扎实推进美丽圩镇建设。')).toEqual(['美丽圩镇建设']);
    expect(programs('某县大力推进美丽宜居乡村建设。')).toEqual(['美丽宜居乡村建设']);
  });
});
