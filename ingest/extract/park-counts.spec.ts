/**
 * Parks, things21 (issue 13; invented sentences): kinds of zones counted, quantified or pointed at,
 * zones named by kind words only, and designations given to a site are no park.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const parks = (text: string) => entityNames(text, 'park');

describe('parks, things21', () => {
  it('takes a zone counted in 片 for no park', () => {
    expect(parks('东岭市明确打造“南北”两片国际级消费集聚区。')).toEqual([]);
  });
  it('takes a zone counted with 多 inside its name for no park (十多个)', () => {
    expect(parks('东岭省今年将建成十多个省级以上绿色低碳工业园区。')).toEqual([]);
  });
  it('takes a zone after 各种/各类 or pointed at by 这一 for no park', () => {
    expect(parks('东岭市正打造各种国际消费集聚区的新场景。')).toEqual([]);
    expect(parks('他指出，建设这一示范区意义重大。')).toEqual([]);
  });
  it('takes zones named by kind words only for kinds of zone', () => {
    expect(parks('东岭县加快打造边境经济合作区、加工贸易产业园等开放平台。')).toEqual([]);
    expect(parks('东岭市通过低效工业园改造腾出发展空间。')).toEqual([]);
  });
  it('takes a designation given to a site for no park', () => {
    expect(parks('纪念馆被命名为全国爱国主义教育示范基地。')).toEqual([]);
  });
  it('takes the parks of places counted by a numeral for no park (ind61-l)', () => {
    expect(parks('东岭三县园区经济亮点纷呈。')).toEqual([]);
  });
  it('takes a rank (全省第二大…基地) for no park (ind61-l)', () => {
    expect(parks('东岭州已成为全省第二大中药材产业基地。')).toEqual([]);
  });
  it('keeps a named park', () => {
    expect(parks('东岭市苏溪工业园区新落户企业12家。').join()).toContain('苏溪工业园区');
  });
});
