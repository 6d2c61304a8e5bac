/** pairs21 (issue 11): pairs printed in a headline, envoys naming their principal, 委托, capitals. */
import { describe, expect, it } from 'vitest';
import { extractStory } from './index.ts';
import { holdsOf, inventedArticle } from '../../tests/kit/articles.ts';
import { buildGraph } from '../build.ts';
import { withHeadlinePairs } from './headline-pairs.ts';
import type { StoryFacts } from './facts.ts';

const pairs = (title: string, text: string) =>
  extractStory(text, undefined, { title })
    .relations.filter((r) => r.type === 'HOLDS')
    .map((r) => `${r.source.name}|${r.target.name}`);

describe('a headline’s titles beside a name the text names', () => {
  it('pairs the short form the headline prints', () => {
    expect(
      pairs(
        '王立军同某国人革党中央政治局委员萨莫举行会谈',
        '3月5日，王立军在北京同某国人民革命党中央政治局委员萨莫举行会谈。萨莫表示，愿加强交流。',
      ),
    ).toContain('萨莫|某国人革党中央政治局委员');
  });
  it('invents no one the text does not name', () => {
    expect(pairs('王立军会见某国总统萨莫', '3月5日，王立军在北京会见来访客人。')).toEqual([]);
  });
});

describe('an envoy’s title that prints the principal’s name', () => {
  it('is the principal’s envoy, the printed title its alias', () => {
    const g = buildGraph([
      inventedArticle('a', '国家主席钱立军特别代表、国家副主席赵宏将出席仪式。'),
    ]);
    expect(g.hasNode('post:国家主席特别代表')).toBe(true);
    expect(g.getNodeAttribute('post:国家主席特别代表', 'aliases')).toContain(
      '国家主席钱立军特别代表',
    );
  });
});

describe('two headlines joined by a space', () => {
  it('read no title and name across the space', () => {
    expect(
      pairs(
        '赵宏会见某国总理 赵宏会见某组织主席',
        '9月3日，国家副主席赵宏会见某国总理萨莫。赵宏表示，愿加强合作。',
      ),
    ).not.toContain('赵宏|某国总理');
  });
});

describe('a verb of charging before a title (委托)', () => {
  it('is no part of the title', () => {
    expect(holdsOf('俄罗斯总统签署命令，委托俄罗斯副外长萨莫诺夫协助工作。')).toContain(
      '萨莫诺夫|俄罗斯外交部副部长',
    );
  });
});

describe('a capital on the way before a head’s title after a name', () => {
  it('gives the state’s office, not the capital’s', () => {
    expect(holdsOf('副主席赵宏访问荷兰，在海牙会见国王，并与吕森首相举行会谈。')).toContain(
      '吕森|荷兰首相',
    );
  });
});

describe('a column’s name in brackets before a headline', () => {
  it('is no part of the title after it', () => {
    expect(
      pairs('【我从基层来】全国人大代表萨莫：把路修到家门口', '全国人大代表萨莫说，要把路修好。'),
    ).not.toContain('萨莫|【我从基层来】全国人大代表');
  });
});

describe('China’s national office printed with 中国', () => {
  it('is the office without the country', () => {
    const g = buildGraph([
      inventedArticle('a', '中国全国人大常委会委员长钱立军11日至14日访问某国。'),
      inventedArticle('b', '全国人大常委会委员长钱立军出席会议。'),
    ]);
    expect(g.hasNode('post:中国全国人大常委会委员长')).toBe(false);
    expect(g.hasNode('post:全国人大常委会委员长')).toBe(true);
  });
});

describe('a headline part that prints none of the story’s people (speed: eighth round)', () => {
  it('is not extracted: only the part naming 周明远 runs the rules', () => {
    const facts = extractStory('市委书记周明远在会上讲话。他表示，要办好民生实事。');
    expect(facts.entities.map((e) => e.name)).toContain('周明远');
    const asked: string[] = [];
    withHeadlinePairs(facts, '某市举行秋季运动会 周明远会见某国总统萨莫', (t) => {
      asked.push(t);
      return extractStory(t);
    });
    expect(asked).toEqual(['周明远会见某国总统萨莫']);
  });
  it('keeps a part printing the name with another dot between its parts (萨莫•卡尔)', () => {
    const facts = {
      entities: [{ type: 'person', name: '萨莫·卡尔', surfaces: ['萨莫·卡尔'], facts: {} }],
      relations: [],
      bylines: [],
    } as unknown as StoryFacts;
    const asked: string[] = [];
    withHeadlinePairs(facts, '某市举行秋季运动会 周明远会见某国总统萨莫•卡尔', (t) => {
      asked.push(t);
      return extractStory(t);
    });
    expect(asked).toEqual(['周明远会见某国总统萨莫•卡尔']);
  });
});
