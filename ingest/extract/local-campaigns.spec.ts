/**
 * National campaigns that local news carries out under their national names (programs-local.txt,
 * prog46, issue 13): invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('national campaigns carried out locally', () => {
  it('reads the rural roads and the village video network in quotes', () => {
    expect(programs('某县人大常委会视察“四好农村路”示范县创建工作。')).toEqual(['四好农村路']);
    expect(programs('县委政法委书记调研我县“雪亮工程”建设进度。')).toEqual(['雪亮工程']);
  });
  it('reads the short names of a county work list', () => {
    expect(programs('县长要求抓好危房改造，部署“两区”划定和土地确权工作。')).toEqual([
      '农村危房改造',
      '农村土地承包经营权确权登记颁证',
      '粮食生产功能区和重要农产品生产保护区划定',
    ]);
    expect(programs('某镇推进信息进村入户，服务农户。')).toEqual(['信息进村入户工程']);
  });
  it('reads the county-seat urbanization printed without 建设', () => {
    expect(programs('会议要求扎实推进以县城为重要载体的城镇化。')).toEqual([
      '以县城为重要载体的城镇化建设',
    ]);
    // lstrat63: the in-place urbanization the opinions aim at.
    expect(programs('积极推动以县城为重要载体的就地城镇化。')).toEqual([
      '以县城为重要载体的城镇化建设',
    ]);
  });
  it('reads the county senior high schools revived (lstrat63)', () => {
    expect(programs('要突出抓好县中振兴，培育产业工人。')).toEqual(['县中振兴']);
  });
  it('reads a national cultural park by its river and the city-level governance pilots', () => {
    expect(programs('领导小组部署启动某某、长江国家文化公园建设。')).toEqual([
      '长江国家文化公园建设',
    ]);
    expect(programs('代表们出席某市市域社会治理现代化试点工作推进会。')).toEqual([
      '市域社会治理现代化试点',
    ]);
  });
  it('reads the housing, river and financing programmes of the ministries', () => {
    expect(programs('某市有序推动“好房子”建设，发挥好房地产融资“白名单”制度作用。')).toEqual([
      '城市房地产融资协调机制',
      '好房子建设',
    ]);
    expect(programs('某省启动实施幸福河湖建设。')).toEqual(['幸福河湖建设']);
    expect(programs('某县建立支持小微企业融资协调工作机制。')).toEqual([
      '支持小微企业融资协调工作机制',
    ]);
  });
});
