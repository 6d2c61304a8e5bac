/**
 * things36 (issue 13; invented sentences): junk and duplicate organisations, posts, industries and
 * districts by general kind — a federation or a coordinating minister read as a ministry, a
 * numbered session read as a body, a kind of body, a grade, a country's leader and a portfolio
 * read as offices, a ruler's title read as a state, a republic's 主席 and a tenure inside the
 * office, two sectors glued, a season before a sector, a district's short form that
 * names something else where it stands.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const posts = (text: string) => entityNames(text, 'post');
const organizations = (text: string) => entityNames(text, 'organization');
const industries = (text: string) => entityNames(text, 'industry');
const districts = (text: string) => entityNames(text, 'district');
const people = (text: string) => entityNames(text, 'person');

describe('no ministry from a federation, a coordinator or a session, things36', () => {
  it('takes 联邦 left before 部长 once the portfolios were cut for no ministry', () => {
    const text = '李明同联邦副主席兼经济、教研部长彼得·汉森举行会谈。';
    expect(organizations(text)).toEqual([]);
    expect(people(text)).toContain('彼得·汉森');
  });
  it('keeps a coordinating minister as an office with no ministry', () => {
    const text = '李明会见南岭国务资政兼国家安全统筹部长马克·伊万诺夫。';
    expect(organizations(text)).toEqual([]);
    expect(posts(text)).toContain('国家安全统筹部长');
  });
  it('takes a numbered session of a conference for no standing body', () => {
    const text =
      '《联合国海洋公约》第十二次缔约方大会首席执行官马克·伊万诺夫表示，会议将如期举行。';
    expect(organizations(text)).toEqual([]);
  });
});

describe('descriptions that are no office, things36', () => {
  it('takes the heads of a kind of body (全国性…团体) for no office', () => {
    expect(posts('王明出席全国性宗教团体负责人迎春座谈会。')).toEqual([]);
  });
  it('takes a portfolio left after 与 before 大臣 for no office', () => {
    expect(posts('李明会见东岭国副首相兼气候与绿色增长大臣马克·伊万诺夫。')).not.toContain(
      '绿色增长大臣',
    );
    expect(posts('英国外交大臣马克·伊万诺夫表示，双方将加强合作。')).toEqual(['英国外交大臣']);
    // A bare ministry of one word in a line of one state's officials is no list's remnant.
    expect(posts('沙特利雅得省省长马克·伊万诺夫、外交大臣彼得·汉森等热情迎接。')).toContain(
      '外交大臣',
    );
  });
  it("takes a worker's grade (特级技师) for no office and keeps the worker", () => {
    const text = '我们来认识南岭港的特级技师王大力。';
    expect(posts(text)).toEqual([]);
    expect(people(text)).toEqual(['王大力']);
  });
  it("takes a country's leader for no office, a movement's leader for one", () => {
    expect(posts('李明会见东帝汶领导人马克·伊万诺夫。')).toEqual([]);
    expect(posts('黎巴嫩真主党领导人马克·伊万诺夫表示。')).toEqual(['黎巴嫩真主党领导人']);
  });
  it("reads 苏丹 after a state as its ruler's title, whose crown prince is that state's", () => {
    const text = '李明在斯里巴加湾分别会见文莱苏丹马克、王储彼得。';
    expect(posts(text)).toEqual(['文莱王储', '文莱苏丹']);
  });
});

describe('a bare title after a body of its own chain, things36', () => {
  it("gives 副主任 after 乙市人大常委会党组成员 to that body, not to the post before's", () => {
    const text =
      '南岭省政府党组成员、副省长王大力，东岭市人大常委会党组成员、副主任李小明等人受到处理。';
    expect(posts(text)).not.toContain('南岭省政府副主任');
  });
});

describe("one node for a republic's state president, things36", () => {
  it("reads a republic's formal name and 主席, and 新任 inside the office, as its 国家主席", () => {
    expect(posts('李明致电越南社会主义共和国主席阮文甲。')).toEqual(['越南国家主席']);
    expect(posts('李明向越南新任国家主席阮文甲致贺电。')).toEqual(['越南国家主席']);
    expect(posts('李明致电中华人民共和国主席。')).not.toContain('中国国家主席');
  });
});

describe('sectors glued or qualified, things36', () => {
  it('reads two known sectors printed with no pause as two', () => {
    const found = industries('这个平台为汽车船舶、生命科学、航空航天等100多个行业提供算力支撑。');
    expect(found).toContain('船舶');
    expect(found).not.toContain('汽车船舶');
  });
  it('cuts a season before a known sector', () => {
    expect(industries('活动为冬季文旅产业发展提供支撑。')).toEqual(['文化旅游']);
  });
  it('keeps a pair the vocabulary knows as one sector (纺织服装)', () => {
    expect(industries('南岭县发展纺织服装、电子信息等产业。')).toContain('纺织服装');
  });
});

describe("a district's short form that names something else, things36", () => {
  it('takes a short form before 腹地 for the landform', () => {
    expect(districts('蒙克山区段位于大兴安岭腹地，最低气温在零下50多摄氏度。')).toEqual([]);
  });
  it('keeps the prefecture where its short form is the place itself', () => {
    expect(districts('在黑龙江大兴安岭，植树工作开始。')).toContain('大兴安岭地区');
  });
  it('takes a short form in a list of no places for a common noun', () => {
    expect(districts('村里到处都能看到石梯、石楼，石地、石柱、石头墙。')).toEqual([]);
    expect(districts('调研组先后到涪陵、石柱、丰都等地调研。')).toContain('石柱土家族自治县');
  });
});
