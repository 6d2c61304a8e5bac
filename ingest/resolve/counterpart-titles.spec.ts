/**
 * pairs21 (issue 11): a foreign leader printed by name and a title China's leaders bear too
 * (某某总理, 某某总书记), beside a Chinese leader across 同/和/与, in invented articles; a name after
 * a verb ending in a sound of transliteration (转达); a unit's commander.
 */
import { describe, expect, it } from 'vitest';
import { extractStory } from '../extract/index.ts';
import {
  entityNames,
  holdsOf,
  graphHolds as holds,
  inventedArticle as article,
} from '../../tests/kit/articles.ts';

describe('a counterpart by name and a shared title across 同', () => {
  const china = article('a', '国务院总理王大明当天主持召开常务会议。国家主席钱宏伟出席会议。');
  it('is the one state of the story: 赵某主席同林某某总理 in a story on Singapore', () => {
    const { pairs, alias } = holds([
      china,
      article('b', '李强表示，钱宏伟主席同林文耀总理共同宣布将中新关系提升。新加坡方面表示欢迎。'),
    ]);
    expect(pairs).toContain('林文耀|新加坡总理');
    expect(alias('新加坡总理')).toContain('总理');
  });
  it('holds where the Chinese leader comes second and the story names a bloc', () => {
    const { pairs } = holds([
      article('a', '中共中央总书记钱宏伟出席会议。'),
      article(
        'b',
        '官员表示，西萨莫总书记同钱宏伟总书记共同签署行动计划，老挝方面愿深化同东盟合作。',
      ),
    ]);
    expect(pairs).toContain('西萨莫|老挝总书记');
  });
  it('holds for every counterpart of a list after 同 (甲主席同乙总统、丙总理; people60)', () => {
    const { pairs, alias } = holds([
      china,
      article(
        'b',
        '委员长赵海在北京同葡萄牙议长会谈。赵海表示，钱宏伟主席同塞罗总统、莫林总理保持密切交往，为中葡关系发展作出指引。',
      ),
    ]);
    expect(pairs).toContain('莫林|葡萄牙总理');
    expect(alias('葡萄牙总理')).toContain('总理');
  });
  it('gives no bloc story’s 主席 a state', () => {
    const { pairs } = holds([
      china,
      article('b', '李强表示，钱宏伟主席同科斯蒂主席会谈，中欧关系稳定发展。德国方面表示关注。'),
    ]);
    expect(pairs.filter((p) => p.startsWith('科斯蒂|'))).toEqual([]);
  });
});

describe('a name before a head’s title after a verb that ends in a sound (转达)', () => {
  it('reads the name after 转达', () => {
    expect(
      entityNames('斯里兰卡总理阿马拉苏里亚转达迪萨纳亚克总统对钱宏伟主席的问候。', 'person'),
    ).toContain('迪萨纳亚克');
  });
});

describe('a commander after the unit commanded', () => {
  it('is the unit’s office', () => {
    expect(holdsOf('当天，国民警卫队指挥官维克托·琼戈率人封锁了机场。')).toContain(
      '维克托·琼戈|国民警卫队指挥官',
    );
  });
  it('is no post with a grade only (高级指挥官)', () => {
    expect(holdsOf('当天，一名高级指挥官卡里莫夫在袭击中身亡。')).toEqual([]);
  });
});

describe('总书记 is a role word of its own', () => {
  it('leaves the party’s central committee as the body (not 中共中央总 + 书记)', () => {
    const post = extractStory('中共中央总书记钱立军出席会议。').entities.find(
      (e) => e.type === 'post',
    );
    expect(post?.facts).toEqual({ role: '总书记', organization: '中共中央' });
  });
});

describe('a state printed by its name and 国 (厄立特里亚国)', () => {
  it('is the state by its usual name', () => {
    const { pairs } = holds([
      article('a', '厄立特里亚国总统伊萨亚斯·阿费沃基将对中国进行国事访问。'),
      article('b', '厄立特里亚总统伊萨亚斯·阿费沃基抵达北京。'),
    ]);
    expect(pairs).toEqual(['伊萨亚斯·阿费沃基|厄立特里亚总统']);
  });
  it('keeps a usual name that ends in 国 (蒙古国)', () => {
    const { pairs } = holds([article('a', '会见蒙古国总统巴特尔。')]);
    expect(pairs).toEqual(['巴特尔|蒙古国总统']);
  });
});

describe('a sentence adverb before a foreign title (对此, 为此)', () => {
  it('is no part of the title', () => {
    expect(holdsOf('对此伊朗外交部发言人萨迪基11日表示，将作出回应。')).toEqual([
      '萨迪基|伊朗外交部发言人',
    ]);
  });
});

describe('a bare former title after 和 and a sitting official', () => {
  it('takes the country though the first title prints 现任', () => {
    expect(holdsOf('美国现任总统卡尔森和前总统莫里斯12日在初选中获胜。')).toContain(
      '莫里斯|美国总统',
    );
  });
});
