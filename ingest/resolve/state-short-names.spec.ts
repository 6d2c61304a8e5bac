/**
 * Duplicates of issue 13 (dups21, on the kinds the cctv23y and cctv22u annotations found; invented
 * articles): one office named by a state's formal and short names, one office printed with and
 * without its country for one holder in one story, a foreign name split in two by a misread post,
 * a gazetteer program printed with pause marks, and a program's words swapped.
 */
import { describe, expect, it } from 'vitest';
import { buildGraph, type ArticleRecord } from '../build.ts';
import { inventedArticle as article, nodeLabels } from '../../tests/kit/articles.ts';
import { canonicalPost } from './posts.ts';
import { storyPostForms } from './story-posts.ts';

const labels = nodeLabels;
const keys = (articles: ArticleRecord[], type: string) =>
  buildGraph(articles)
    .filterNodes((_, a) => a.type === type)
    .sort();
const post = (organization: string, role: string) =>
  canonicalPost({
    label: organization + role,
    printed: organization + role,
    organization,
    role,
    former: false,
  })?.label;

describe("a state's formal name in a title", () => {
  it('is the short name: 民主人民共和国, a bare 国 after the name, the two Congos', () => {
    expect(post('阿尔及利亚民主人民共和国', '总统')).toBe('阿尔及利亚总统');
    expect(post('厄立特里亚国', '总统')).toBe('厄立特里亚总统');
    expect(post('刚果民主共和国', '总统')).toBe('刚果（金）总统');
    expect(post('刚果共和国', '总统')).toBe('刚果（布）总统');
    // 孟加拉国 and 蒙古国 are the usual names themselves.
    expect(post('孟加拉国', '总理')).toBe('孟加拉国总理');
    expect(post('蒙古国', '总统')).toBe('蒙古国总统');
  });
  it("is the short name before a state organ, not before an army or China's", () => {
    expect(post('朝鲜民主主义人民共和国国务', '委员长')).toBe('朝鲜国务委员长');
    expect(post('伊朗伊斯兰共和国军队总', '司令')).toBe('伊朗伊斯兰共和国军队总司令');
    expect(post('俄罗斯联邦委员会', '主席')).toBe('俄罗斯联邦委员会主席');
  });
  it("cuts 中国 before China's national bodies (中国全国人大常委会委员长)", () => {
    expect(post('中国全国人大常委会', '委员长')).toBe('全国人大常委会委员长');
  });
});

describe("one holder's office printed whole and short in one story", () => {
  const story = [
    article(
      'a',
      '应塞内加尔国民议会议长迪奥普邀请，代表团访问塞内加尔。代表团抵达后，与国民议会议长迪奥普举行会谈。',
    ),
  ];
  it('is the whole office, and its body the whole body', () => {
    expect(labels(story, 'post')).toEqual(['塞内加尔国民议会议长']);
    expect(labels(story, 'organization')).toEqual(['塞内加尔国民议会']);
  });
  it('reads past a holder whose other office has no body of its own', () => {
    // Facts as the title parser may leave them: one office read without role and body.
    const holds = (key: string, post: string, facts: Record<string, string>): ArticleRecord => ({
      key,
      title: key,
      file: key,
      chars: 0,
      text: '',
      facts: {
        entities: [{ type: 'post', name: post, surfaces: [post], facts, count: 1, sentence: '' }],
        relations: [
          {
            type: 'HOLDS',
            source: { type: 'person', name: '蓝文全' },
            target: { type: 'post', name: post },
            sentence: '',
          },
        ],
        bylines: [],
      },
    });
    const forms = storyPostForms([
      holds('c', '东岭市副市长', {}),
      holds('d', '东岭市政府党组成员', { role: '党组成员', organization: '东岭市政府' }),
    ]);
    expect(forms.post.size).toBe(0);
  });
  it("takes each holder's own country, not the other holder's", () => {
    const two = [
      article('b', '塞内加尔国民议会议长迪奥普与马里国民议会议长卡巴会面，国民议会议长卡巴致辞。'),
    ];
    expect(labels(two, 'post')).toEqual(['塞内加尔国民议会议长', '马里国民议会议长']);
  });
});

describe('a foreign name split by a misread post', () => {
  it('is one person when one post names the state and the other shares its title', () => {
    const found = keys(
      [
        article('a', '荷兰首相吕特表示，双方将加强合作。'),
        article('b', '会议在海牙举行。在海牙首相吕特会见了来访的代表团。'),
      ],
      'person',
    );
    expect(found.filter((k) => k.startsWith('person:吕特'))).toEqual(['person:吕特']);
  });
  it('stays two people for posts of two states', () => {
    const found = keys(
      [
        article('a', '荷兰外交部长吕特表示，双方将加强合作。'),
        article('b', '比利时外交部长吕特会见了来访的代表团。'),
      ],
      'person',
    );
    expect(found.filter((k) => k.startsWith('person:吕特'))).toEqual([
      'person:吕特',
      'person:吕特#2',
    ]);
  });
});

describe('programs printed two ways', () => {
  it('reads a gazetteer name with pause marks between its parts as the gazetteer program', () => {
    expect(
      labels([article('a', '浙江深入实施“千村示范、万村整治”工程，乡村面貌焕然一新。')], 'program'),
    ).toEqual(['千万工程']);
  });
  it('joins a long name printed with two words swapped', () => {
    expect(
      labels(
        [
          article('a', '各地深入实施主要油料作物大面积单产提升行动，夏粮丰收在望。'),
          article('b', '今年深入实施主要油料作物大面积单产提升行动，秋粮长势良好。'),
          article('c', '农业部门深入实施油料主要作物大面积单产提升行动。'),
        ],
        'program',
      ),
    ).toEqual(['主要油料作物大面积单产提升行动']);
  });
});

describe('more printings of one thing', () => {
  it("takes a holder's long office from another story when the story prints the short one", () => {
    const g = [
      article('a', '美国国会众议长麦卡锡表示，将推动法案通过。'),
      article('b', '发言人表示，国会众议长麦卡锡同有关方面会见，此举严重违反承诺。'),
    ];
    expect(labels(g, 'post')).toEqual(['美国国会众议长']);
  });
  it('joins a first name to the one full name of the two that shares its office', () => {
    const found = labels(
      [
        article('a', '叙利亚总统巴沙尔·阿萨德会见来访的代表团。'),
        article('b', '叙利亚常驻联合国代表巴沙尔·贾法里在安理会发言。'),
        article('c', '叙利亚总统巴沙尔表示，感谢各方的援助。'),
      ],
      'person',
    );
    expect(found).not.toContain('巴沙尔');
  });
  it('reads a plan printed with its term in brackets as the plan', () => {
    expect(
      labels(
        [
          article('a', '两国领导人见证签署《东岭西岭战略性合作共同行动计划（2022—2026）》。'),
          article('b', '双方落实《东岭西岭战略性合作共同行动计划》，成果丰硕。'),
        ],
        'program',
      ),
    ).toEqual(['东岭西岭战略性合作共同行动计划']);
  });
});

describe('a clause left before a long title', () => {
  it("gives a holder's bare office no long form", () => {
    const g = [
      article('a', '吉尔吉斯斯坦各界人士高度评价中国国家主席孙立新的讲话。'),
      article('b', '国家主席孙立新发表重要讲话。'),
    ];
    expect(labels(g, 'post')).toContain('国家主席');
  });
});
