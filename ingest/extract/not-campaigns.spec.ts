/** Things printed like campaigns that are not (not-campaigns.ts, prog46): invented sentences. */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const programs = (text: string) => entityNames(text, 'program');

describe('not campaigns', () => {
  it('refuses one waterway, dike or power link, not a national programme on a kind of facility', () => {
    expect(programs('加快推进某河航道升级改造工程建设进度。')).toEqual([]);
    expect(programs('某江防洪堤工程今天完工。')).toEqual([]);
    expect(programs('国家重点能源工程某某电力联网工程启动送电。')).toEqual([]);
    expect(programs('某省实施病险水库除险加固工程。')).toEqual(['病险水库除险加固工程']);
  });
  it("refuses a station's reporting series and a county's counted ways of working", () => {
    expect(programs('某台启动“乡村新气象”新闻行动。')).toEqual([]);
    expect(programs('要进一步完善“六种工作机制”，保障落实。')).toEqual([]);
  });
  it('refuses generic operations', () => {
    expect(programs('当地民众抗议联邦机构的移民执法行动。')).toEqual([]);
    expect(programs('推动形成机关依法指导、部队依法行动的局面。')).toEqual([]);
  });
  it('refuses a field’s five-year plan printed without its field', () => {
    expect(programs('会议研究了县妇女、儿童工作《“十四五”发展规划》等事宜。')).toEqual([]);
  });
  it('refuses a gazetteer name at the start of a longer quoted event', () => {
    expect(programs('节日期间，“丝路电商年货季”等系列活动将陆续开展。')).toEqual([]);
  });
  it('refuses a strategy’s region printed as the place', () => {
    expect(programs('建设范围综合考虑某江干流区域和长江经济带区域。')).toEqual([]);
  });
});
