/**
 * pairs34 (issue 11): person–post pairs whose printed form was lost or whose title gave no office:
 * a congratulation sent as a message (致贺电，祝贺她当选), a bare title beside a name whose office
 * only the headline names, a bare title after 当选, a former's bare title after 和, a body's term
 * cut with a clause, a sport named by its events, a deputy's bare title in the chair's sentence.
 * Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { heldForms as held, inventedArticle as article } from '../../tests/kit/articles.ts';
import { extractStory } from '../extract/index.ts';

describe('a congratulation sent as a message', () => {
  it('gives the office printed after 致贺电，祝贺她当选 (with the state’s formal name)', () => {
    const pairs = held([
      article('a', '3月2日，国家主席习近平向玛丽亚·桑切斯致贺电，祝贺她当选智利共和国总统。'),
    ]);
    expect(pairs).toContain('玛丽亚·桑切斯|智利总统');
    expect(pairs).toContain('玛丽亚·桑切斯|智利共和国总统');
  });
});

describe('bare titles printed beside the name', () => {
  it('are the headline office’s forms too (会见某党主席甲 in the headline, 甲主席 in the text)', () => {
    const facts = extractStory(
      '中共中央总书记习近平10日上午在北京会见了林美华主席率领的访问团。',
      undefined,
      {
        title: '习近平总书记会见某某党主席林美华',
      },
    );
    const post = facts.entities.find((e) => e.type === 'post' && e.name === '某某党主席');
    expect(post?.surfaces).toContain('主席');
  });
  it('after 当选 ending the phrase (祝贺某某当选总统。)', () => {
    const pairs = held([
      article('a', '国家主席习近平同智利总统桑切斯通电话。习近平再次祝贺桑切斯当选总统。'),
    ]);
    expect(pairs).toContain('桑切斯|总统');
  });
  it('not before another word (当选总统候选人)', () => {
    const pairs = held([
      article('a', '国家主席习近平同智利总统桑切斯通电话。报道说桑切斯当选总统候选人已有两年。'),
    ]);
    expect(pairs).not.toContain('桑切斯|总统');
  });
  it('a former’s bare title after 和 joining a sitting holder (现任总统甲和前总统乙)', () => {
    const pairs = held([
      article('a', '据报道，美国现任总统卡特和前总统福特12日在初选中都赢得足够的票数。'),
    ]);
    expect(pairs).toContain('福特|前总统');
  });
});

describe('the term of a body cut with a clause', () => {
  it('stays in the printed form (对第二十届中央候补委员，…)', () => {
    const pairs = held([
      article(
        'a',
        '经中共中央批准，中央纪委国家监委对第二十届中央候补委员，某省委原常委张立军严重违纪违法问题进行了立案审查调查。',
      ),
    ]);
    expect(pairs).toContain('张立军|中央候补委员');
    expect(pairs).toContain('张立军|第二十届中央候补委员');
  });
});

describe('a sport named by its events', () => {
  it('is no count before a body (国际冬季两项联盟, 国际现代五项联盟)', () => {
    const pairs = held([
      article('a', '国际冬季两项联盟秘书长尼可拉斯·卡尔森在接受专访时高度认可筹办工作。'),
      article('b', '国际现代五项联盟主席克劳斯·舒曼表示，比赛很精彩。'),
    ]);
    expect(pairs).toContain('尼可拉斯·卡尔森|国际冬季两项联盟秘书长');
    expect(pairs).toContain('克劳斯·舒曼|国际现代五项联盟主席');
  });
  it('a count still is (两项工作负责人)', () => {
    const pairs = held([article('a', '两项工作负责人王立军介绍了进展。')]);
    expect(pairs.filter((p) => p.startsWith('王立军|'))).toEqual([]);
  });
});

describe('a deputy’s bare title in the chair’s sentence', () => {
  it('is the deputy of the chair named earlier in the sentence (…作报告，常务副主席乙主持)', () => {
    const pairs = held([
      article(
        'a',
        '全体会议11日在京开幕。某党中央主席王建国代表中央常务委员会作工作报告，常务副主席李文华主持开幕会。',
      ),
    ]);
    expect(pairs).toContain('李文华|某党中央常务副主席');
    expect(pairs).toContain('李文华|常务副主席');
  });
});

describe('bare titles joined by 兼 in a line of one country’s officials', () => {
  it('are each that country’s office (某国国王甲、王储兼首相乙)', () => {
    const pairs = held([
      article('a', '沙特国王萨勒曼、王储兼首相穆罕默德，卡塔尔埃米尔塔米姆等分别致电表示慰问。'),
    ]);
    expect(pairs).toContain('穆罕默德|沙特王储');
    expect(pairs).toContain('穆罕默德|王储');
    expect(pairs).toContain('穆罕默德|沙特首相');
  });
  it('none outside a line (国王甲会见了王储兼首相乙)', () => {
    const pairs = held([article('a', '国王萨勒曼会见了王储兼首相穆罕默德。')]);
    expect(pairs.filter((p) => p.startsWith('穆罕默德|'))).toEqual([]);
  });
});

describe('offices the title reader dropped', () => {
  it('an office named by its work (巡视办, read as two verbs) is a body', () => {
    const pairs = held([article('a', '一年来，某自治区纪委原常委、巡视办原主任吕玉波被查处。')]);
    expect(pairs).toContain('吕玉波|巡视办原主任');
  });
  it('a vice-minister’s 次长 is a role word (韩国外交部第一次长)', () => {
    const pairs = held([article('a', '韩国外交部第一次长朴永浩13日会见了来访的客人。')]);
    expect(pairs).toContain('朴永浩|韩国外交部第一次长');
  });
  it('not inside another word (这次长达三小时)', () => {
    const pairs = held([article('a', '这次长达三小时的会谈中，王立新介绍了情况。')]);
    expect(pairs).toEqual([]);
  });
  it('a verb and a preposition before the title are a clause (13日签发对某某次长)', () => {
    const pairs = held([article('a', '首尔西部地方法院13日签发对总统警卫次长金成勋的逮捕令。')]);
    expect(pairs).toContain('金成勋|总统警卫次长');
  });
});
