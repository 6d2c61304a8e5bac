/**
 * dups26 (issue 13): two nodes for one thing, from causes that recur on the development
 * annotations (cctv23a, cctv24y, cctv24z). Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../build.ts';
import { inventedArticle as article, nodeLabels } from '../../tests/kit/articles.ts';

const labels = nodeLabels;

describe("a body's short form", () => {
  it('宪法法律委 is the NPC committee printed whole elsewhere: one post, one holder', () => {
    const stories = [
      article('a', '会议听取了全国人大民委主任委员白立新、宪法法律委主任委员钱春华作的报告。'),
      article('b', '会议听取了全国人大宪法和法律委员会主任委员钱春华作的关于草案的报告。'),
    ];
    expect(labels(stories, 'post').filter((l) => l.includes('宪法'))).toEqual([
      '全国人大宪法和法律委员会主任委员',
    ]);
    expect(labels(stories, 'person').filter((l) => l === '钱春华')).toHaveLength(1);
  });
  it('古共中央 is 古巴共产党中央委员会', () => {
    const stories = [
      article('a', '国家主席致电古共中央第一书记、古巴国家主席罗德里格斯，祝贺他当选。'),
      article('b', '大会选举古巴共产党中央委员会第一书记罗德里格斯为古巴国家主席。'),
    ];
    expect(labels(stories, 'post').filter((l) => l.includes('第一书记'))).toEqual([
      '古巴共产党中央委员会第一书记',
    ]);
  });
  it('but a provincial congress committee printed bare stays unnamed to the NPC', () => {
    const stories = [article('a', '省人大常委会听取了农业与农村委员会主任委员孙立平作的报告。')];
    expect(labels(stories, 'post').some((l) => l.startsWith('全国人大'))).toBe(false);
  });
});

describe("a foreign state's short name inside a party's", () => {
  it('大印尼行动党 names 印度尼西亚: the party leader and the president are one person', () => {
    const stories = [
      article('a', '印度尼西亚当选总统、大印尼行动党总主席苏迪约·哈托诺将于下月访华。'),
      article('b', '苏迪约·哈托诺是大印尼行动党总主席，他当天发表讲话。'),
      article('c', '国家主席致电苏迪约·哈托诺，祝贺他当选印度尼西亚共和国总统。'),
    ];
    expect(labels(stories, 'person').filter((l) => l === '苏迪约·哈托诺')).toHaveLength(1);
  });
  it('while posts of two states still keep two people apart', () => {
    const stories = [
      article('a', '大印尼行动党总主席苏迪约·哈托诺当天发表讲话。'),
      article('b', '马来西亚总理苏迪约·哈托诺当天会见客人。'),
    ];
    expect(labels(stories, 'person').filter((l) => l === '苏迪约·哈托诺')).toHaveLength(2);
  });
});

describe("a party's standing before its name", () => {
  it('加拿大反对党新民主党领袖 and 新民主党领袖, one holder: one office', () => {
    const stories = [
      article('a', '加拿大反对党新民主党领袖辛哈当天称，该党将提出不信任动议。'),
      article('b', '新民主党领袖辛哈称，该党将支持对政府的不信任动议。'),
    ];
    expect(labels(stories, 'post').filter((l) => l.includes('领袖'))).toEqual([
      '加拿大反对党新民主党领袖',
    ]);
  });
});

describe('a campaign printed with and without 专项', () => {
  it('治理某某冬季行动 is 治理某某冬季专项行动', () => {
    const stories = [
      article('a', '人力资源社会保障部部署开展治理拖欠工资冬季专项行动，时间持续到明年春节。'),
      article('b', '各地持续推进治理拖欠工资冬季行动，已为劳动者追回工资。'),
    ];
    expect(labels(stories, 'program').filter((l) => l.includes('冬季'))).toEqual([
      '治理拖欠工资冬季专项行动',
    ]);
  });
});

describe('an office printed with the tenure of its holder', () => {
  // 候任 too since things40: the cctv24z and cctv25q annotations merge the office-elect with the
  // office; its printed form stays an alias of the office.
  it('某特区前任行政长官 and 候任行政长官 are the office 某特区行政长官', () => {
    const stories = [
      article('a', '澳门特别行政区候任行政长官林志远当天抵达北京。'),
      article('b', '澳门特别行政区前任行政长官黄国华出席了仪式。'),
      article('c', '澳门特别行政区行政长官黄国华会见了客人。'),
    ];
    expect(labels(stories, 'post').filter((l) => l.includes('行政长官'))).toEqual([
      '澳门特别行政区行政长官',
    ]);
  });
});

describe('a committee printed whole, then by its short form in the story', () => {
  it('全国人大财经委 … 财经委副主任委员: one office though the table names the body whole', () => {
    const stories = [
      article(
        'a',
        '全国人大财经委副主任委员钱立新主持会议。财经委副主任委员孙立平在会上作了说明。',
      ),
    ];
    expect(labels(stories, 'post').filter((l) => l.includes('副主任委员'))).toEqual([
      '全国人大财政经济委员会副主任委员',
    ]);
  });
});

describe('前任 after a body', () => {
  it('is the office, held before', () => {
    const g = buildGraph([article('a', '塞尔维亚政府前任总理马里奇当天出席了开幕式。')]);
    const held = g
      .filterEdges((_, a) => a.type === 'HOLDS')
      .map((e) => `${g.target(e)} ${JSON.stringify(g.getEdgeAttributes(e).former ?? false)}`);
    expect(held).toEqual(['post:塞尔维亚总理 true']);
  });
});
