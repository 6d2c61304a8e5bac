/**
 * dups34 (issue 13): two nodes for one thing, from causes seen on the development sets
 * (cctv22x, cctv23s, cctv23n, cctv25w). Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { inventedArticle as article, nodeLabels } from '../../tests/kit/articles.ts';

const labels = nodeLabels;

describe("a state's formal name that is not its short name and a republic's word", () => {
  it('乌拉圭东岸共和国总统 is 乌拉圭总统: one office', () => {
    const stories = [
      article('a', '国家主席致电乌拉圭东岸共和国总统奥斯瓦尔多·佩雷拉，祝贺他就职。'),
      article('b', '乌拉圭总统奥斯瓦尔多·佩雷拉当天在首都发表讲话。'),
    ];
    expect(labels(stories, 'post').filter((l) => l.endsWith('总统'))).toEqual(['乌拉圭总统']);
  });
  it('and 大韩民国, 阿拉伯联合酋长国 are 韩国, 阿联酋', () => {
    const stories = [
      article('a', '大韩民国总统金明洙和阿拉伯联合酋长国总理哈马德出席开幕式。'),
      article('b', '韩国总统金明洙会见阿联酋总理哈马德。'),
    ];
    expect(labels(stories, 'post').sort()).toEqual(['阿联酋总理', '韩国总统']);
  });
});

describe('a foreign first name printed alone in the story of its full name', () => {
  it('奥斯卡 after 奥斯卡·贝尔特兰 in one story is that person', () => {
    const stories = [
      article(
        'a',
        '在会见秘鲁前总统奥斯卡·贝尔特兰时，代表团团长表示，奥斯卡同志是中国人民的老朋友。奥斯卡回忆了往事。',
      ),
    ];
    expect(labels(stories, 'person').filter((l) => l.startsWith('奥斯卡'))).toEqual([
      '奥斯卡·贝尔特兰',
    ]);
  });
  it('but not where the first name alone is printed in a story without the full name', () => {
    const stories = [
      article('a', '在会见秘鲁前总统奥斯卡·贝尔特兰时，代表团团长表示，奥斯卡同志是老朋友。'),
      article('b', '爱尔兰总理奥斯卡当天发表讲话。'),
    ];
    expect(labels(stories, 'person').filter((l) => l.startsWith('奥斯卡'))).toHaveLength(2);
  });
});

describe("a party's central committee printed with and without 委员会", () => {
  it('某党中央 and 某党中央委员会 are one body, and their offices one office', () => {
    const stories = [
      article('a', '致公党中央主席蒋明远、常务副主席韩立出席会议。'),
      article('b', '致公党中央委员会常务副主席韩立在会上讲话。'),
    ];
    expect(labels(stories, 'organization')).toEqual(['致公党中央']);
    expect(labels(stories, 'post').filter((l) => l.includes('常务副主席'))).toEqual([
      '致公党中央常务副主席',
    ]);
  });
});

describe('a long program name printed without one of its words', () => {
  it('规范涉企检查专项行动 is 规范涉企行政检查专项行动', () => {
    const stories = [
      article('a', '司法部牵头扎实开展规范涉企行政检查专项行动。'),
      article('b', '公安部开展规范涉企检查专项行动。'),
    ];
    expect(labels(stories, 'program')).toEqual(['规范涉企行政检查专项行动']);
  });
  it('but a short name of six characters stays: 国家安全战略 is not 国家粮食安全战略', () => {
    const stories = [
      article('a', '要深入实施国家安全战略。'),
      article('b', '要深入实施国家粮食安全战略。'),
    ];
    expect(labels(stories, 'program')).toEqual(['国家安全战略', '国家粮食安全战略']);
  });
});

describe("a plan's outline put to the congress as a draft", () => {
  it('《“十六五”规划纲要（草案）》 is the plan “十六五”规划 printed in other stories', () => {
    const stories = [
      article('a', '代表们认真审议《“十六五”规划纲要（草案）》，提出意见建议。'),
      article('b', '各地谋划“十六五”规划重大项目。'),
    ];
    expect(labels(stories, 'program')).toEqual(['十六五规划']);
  });
});
