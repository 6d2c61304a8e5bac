/**
 * dups35 (issue 13): two nodes for one thing, by kind, from the duplicate groups of the cctv25r,
 * cctv25w, cctv24z and cctv23y annotations. Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../build.ts';
import { inventedArticle as article, nodeLabels } from '../../tests/kit/articles.ts';

const personKeys = (stories: ReturnType<typeof article>[], printed: string) =>
  buildGraph(stories)
    .filterNodes((k, a) => a.type === 'person' && a.label === printed)
    .sort();

describe('a foreign name split by posts the namesake rule read apart', () => {
  it('two posts of one forum (董事会主席, 执行主席) are one founder', () => {
    const stories = [
      article('a', '应东海经济论坛创始人兼董事会主席科尔巴赫邀请，国务院副总理将出席年会。'),
      article('b', '副总理回答了东海经济论坛创始人兼执行主席科尔巴赫的提问。'),
    ];
    expect(personKeys(stories, '科尔巴赫')).toEqual(['person:科尔巴赫']);
  });
  it('a minister printed without the country in a story of that one country is its acting president', () => {
    const stories = [
      article(
        'a',
        '韩国国会当天通过弹劾案，由副总理兼企划财政部长官朴明洙来代行总统职权。韩国政局持续动荡。',
      ),
      article('b', '国家主席向韩国代总统朴明洙致慰问电。'),
    ];
    expect(personKeys(stories, '朴明洙')).toEqual(['person:朴明洙']);
    // `tupu stats --merges` says why the two stories are one person.
    expect(buildGraph(stories).getNodeAttribute('person:朴明洙', 'joinedBy')).toEqual([
      'posts of one foreign state (韩国)',
    ]);
  });
  it('but two states’ offices still keep two people of one name apart', () => {
    const stories = [
      article('a', '巴勒斯坦总统阿巴斯当天表示，首要任务是停火。'),
      article('b', '叙利亚国防部长阿巴斯在出席仪式时表示哀悼。'),
    ];
    expect(personKeys(stories, '阿巴斯')).toHaveLength(2);
  });
});

describe('a country read across a semicolon or out of a pair of states', () => {
  it('中俄元首…；…同某某总统会晤: the president is not Russia’s', () => {
    const stories = [
      article('a', '美国总统戴维斯向大会致贺信。'),
      article(
        'b',
        '一年来，中俄元首三次会晤，推动两国关系深化；中美落实共识取得新进展，国家主席同戴维斯总统举行会晤。',
      ),
    ];
    expect(personKeys(stories, '戴维斯')).toEqual(['person:戴维斯']);
    expect(nodeLabels(stories, 'post')).not.toContain('俄罗斯总统');
  });
});

describe('a head of state’s full name of four parts', () => {
  it('a part printed alone with his office is the full name printed with it elsewhere', () => {
    const stories = [
      article('a', '国家主席向刚果（金）总统奇塞隆迪致慰问电。'),
      article('b', '应国家主席邀请，刚果民主共和国总统费利克斯·安托万·奇塞隆迪·姆博洛将访华。'),
    ];
    expect(nodeLabels(stories, 'person').filter((l) => l.includes('奇塞隆迪'))).toEqual([
      '费利克斯·安托万·奇塞隆迪·姆博洛',
    ]);
  });
});

describe('an office printed with the holder’s ordinal', () => {
  it('第七任行政长官 of the holder of 某特别行政区行政长官 is that office', () => {
    const stories = [
      article(
        'a',
        '澳门特别行政区行政长官梁振宇出席典礼。第七任行政长官梁振宇表示，将带领新一届政府施政。',
      ),
    ];
    expect(nodeLabels(stories, 'post')).toEqual(['澳门特别行政区行政长官']);
  });
});

describe('programs printed as their plan, with a program word, or by their numbers', () => {
  it('《某某建设总体方案》 and 《某某发展规划纲要》 beside 某某建设 are the program', () => {
    const stories = [
      article('a', '要加快海南自由贸易港建设，推动制度集成创新。'),
      article('b', '五年前，《海南自由贸易港建设总体方案》印发实施，企业纷纷落户。'),
      article('c', '粤港澳大湾区建设稳步推进。'),
      article('d', '《粤港澳大湾区发展规划纲要》实施以来，三地往来日益便利。'),
    ];
    expect(nodeLabels(stories, 'program')).toEqual(['海南自由贸易港建设', '粤港澳大湾区建设']);
  });
  it('“两新”行动 and 大规模设备更新工程 are the gazetteer’s 大规模设备更新和消费品以旧换新', () => {
    const stories = [
      article('a', '各地加力扩围实施“两新”行动等重大促消费活动。'),
      article('b', '企业积极参与大规模设备更新工程。'),
      article('c', '大规模设备更新和消费品以旧换新政策效果持续显现。'),
    ];
    expect(nodeLabels(stories, 'program')).toEqual(['大规模设备更新和消费品以旧换新']);
  });
  it('“3年3千”倡议 in the story of “未来3年邀请3千名青年来华研学”倡议 is that initiative', () => {
    const stories = [
      article(
        'a',
        '参与“未来3年邀请3千名青年来华研学”倡议的师生来信。“3年3千”倡议实施以来成效显著。',
      ),
    ];
    expect(nodeLabels(stories, 'program')).toEqual(['未来3年邀请3千名青年来华研学倡议']);
  });
});

describe("the state president's envoy printed with the president's name before 主席", () => {
  it('某某某主席特别代表 is 国家主席特别代表', () => {
    const stories = [
      article('a', '国家主席林志远特别代表、国家副主席赵明将赴布宜诺斯艾利斯出席就职仪式。'),
      article('b', '林志远主席特别代表、国家副主席赵明在布宜诺斯艾利斯出席就职仪式。'),
    ];
    expect(nodeLabels(stories, 'post').filter((l) => l.endsWith('特别代表'))).toEqual([
      '国家主席特别代表',
    ]);
  });
});

describe('a sector with the season it works in', () => {
  it('冬季文旅产业 is the tourism sector', () => {
    const stories = [
      article('a', '冰雪节开幕，为冬季文旅产业发展提供有力支撑。'),
      article('b', '当地大力发展文化旅游，游客数量持续增长。'),
    ];
    expect(nodeLabels(stories, 'industry')).toEqual(['文化旅游']);
  });
});

describe("a state's formal name before its 国家主席", () => {
  it('某国共和国国家主席 is 某国国家主席, and its holder one person', () => {
    const stories = [
      article('a', '应邀访华的古巴共和国国家主席何塞·马丁内斯-罗卡·贝尔纳尔抵达北京。'),
      article('b', '俄罗斯总统22日与到访的古巴国家主席马丁内斯-罗卡举行会谈。'),
    ];
    expect(nodeLabels(stories, 'post').filter((l) => l.endsWith('主席'))).toEqual(['古巴国家主席']);
    expect(nodeLabels(stories, 'person').filter((l) => l.includes('马丁内斯'))).toEqual([
      '何塞·马丁内斯-罗卡·贝尔纳尔',
    ]);
  });
});
