/**
 * A province's city's page is at home in its city (prefecture-home.ts, issue 13): its bare 市
 * bodies and posts are the city's, one node with the body printed with the city's name. Invented
 * sentences.
 */
import { describe, expect, it } from 'vitest';
import { entityNames, holdsOf, inventedArticle, nodeLabels } from '../../tests/kit/articles.ts';

describe('a city page’s bare 市 bodies', () => {
  it('are the city of the page’s outlet, one node with the long form', () => {
    const text =
      '据天水日报报道，市委常委、宣传部部长王建平出席会议并讲话。' +
      '天水市委宣传部副部长李春林主持会议。';
    // 市委 of 市委常委 is the city's committee too
    expect(nodeLabels([inventedArticle('a', text)], 'organization')).toEqual([
      '天水市委',
      '天水市委宣传部',
    ]);
    expect(holdsOf(text)).toContain('王建平|天水市委宣传部部长');
  });
  it('are the city a page speaking as its paper names most', () => {
    const text =
      '我市召开项目建设推进会。宝鸡市发展改革委通报了进展。市委书记赵志刚出席。' +
      '会议要求，宝鸡市各县区要抓好落实。';
    expect(holdsOf(text)).toEqual(['赵志刚|宝鸡市委书记']);
  });
  it('leave a visiting city’s list to that city', () => {
    const text =
      '渭南日报讯 榆林市委书记孙立军、市长周德明率榆林市党政考察团来我市考察。' +
      '市委书记吴文华陪同。';
    const held = holdsOf(text);
    expect(held).toContain('吴文华|渭南市委书记');
    expect(held).not.toContain('周德明|渭南市市长');
  });
  it('are the city a page names once in full and else by its short form (a river’s name too)', () => {
    const text =
      '黑河新闻网讯 全国人大调研组来到我市调研。市委书记赵志刚陪同调研。' +
      '调研组视察了黑河口岸，认为黑河市发展成效显著。';
    expect(holdsOf(text)).toEqual(['赵志刚|黑河市委书记']);
  });
  it('stay bare where the page’s own city sends the delegation to the city it names', () => {
    const text =
      '市委书记赵志刚率我市党政考察团抵达辽宁省铁岭市考察。铁岭市委书记孙立军会见了考察团。' +
      '孙立军介绍了铁岭的发展情况。铁岭市发展前景广阔。';
    const held = holdsOf(text);
    expect(held).toContain('赵志刚|市委书记');
    expect(held).toContain('孙立军|铁岭市委书记');
    expect(held).not.toContain('赵志刚|铁岭市委书记');
  });
  it('stay bare in a story that does not speak as a city', () => {
    const text = '宝鸡市举行项目签约活动。宝鸡市各县区负责人参加。市委书记赵志刚出席。';
    expect(holdsOf(text)).toEqual(['赵志刚|市委书记']);
  });
  it('stay the municipality’s on a municipality’s page', () => {
    expect(entityNames('重庆日报讯 市委书记赵志刚在我市宝鸡路调研。', 'post')).toEqual([
      '重庆市委书记',
    ]);
  });
});

describe('a county-level city’s page under its prefecture (lstrat63)', () => {
  it('is the county-level city where the prefecture is named only before its bodies', () => {
    const text =
      '采访团到禹州市采访。许昌市委宣传部有关负责同志陪同，我市市委常委、宣传部部长周文斌参加。' +
      '采访团到禹州市钧瓷文化园参观。许昌市委办公室负责人介绍了情况。' +
      '市委书记郑光明表示，我市将持续优化营商环境。';
    expect(holdsOf(text)).toEqual([
      '周文斌|禹州市委宣传部部长',
      '周文斌|禹州市委常委',
      '郑光明|禹州市委书记',
    ]);
  });
});
