/**
 * National programs as local news prints them (issue 13): the farmland, not its building; the
 * short name (新农合); a bare beautiful village only in quotation marks.
 */
import { describe, expect, it } from 'vitest';
import { extractStory } from './index.ts';

const programs = (text: string) =>
  extractStory(text)
    .entities.filter((e) => e.type === 'program')
    .map((e) => e.name)
    .sort();

describe('national programs in local news', () => {
  it('reads the farmland and its upgrading as the building of high-standard farmland', () => {
    expect(programs('今年该县新建高标准农田3万亩，完成高标准农田改造提升1万亩。')).toEqual([
      '高标准农田建设',
    ]);
  });
  it('reads a short or older name under the national program', () => {
    expect(programs('全镇新农合参合率达到98%。')).toEqual(['新型农村合作医疗']);
    expect(programs('省直单位定点帮扶工作推进会在县里召开。')).toContain('定点帮扶');
    expect(programs('县级融媒体中心建设取得新进展。')).toEqual(['县级融媒体中心建设']);
    expect(programs('实施京津风沙源治理工程，完成造林2万亩。')).toEqual(['京津风沙源治理工程']);
  });
  it('reads a bare beautiful village only where it is quoted', () => {
    expect(programs('扎实推进“美丽乡村”建设。')).toEqual(['美丽乡村建设']);
    expect(programs('村里开展“美丽乡村”评选。')).toEqual(['美丽乡村建设']);
    expect(programs('一条条道路通向生态宜居的美丽乡村。')).toEqual([]);
  });
  it('reads a metropolitan plan or a same-city integration, not a bare cluster', () => {
    expect(programs('加快南京都市圈建设，深化广佛同城化发展。')).toEqual(
      ['南京都市圈建设', '广佛同城化'].sort(),
    );
    expect(programs('促进长江中游城市群和中原城市群发展。')).toEqual([]);
  });
});
