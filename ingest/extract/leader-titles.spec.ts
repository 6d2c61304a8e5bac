/** Leaders' titles after a name: a foreign head's title takes the country its sentence names. */
import { describe, expect, it } from 'vitest';
import { nameBeforeTitle } from './leader-titles.ts';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const people = (text: string) =>
  findPeople(text, startsWithPlace).map((p) => [p.name, p.posts.map((x) => x.label)]);

describe('a foreign head title after the name', () => {
  it('is the office of the country named before it in the sentence', () => {
    expect(people('在意大利访问期间，柯尚文总统说，')).toEqual([['柯尚文', ['意大利总统']]]);
    expect(people('芬兰和挪威领导人会谈，邵安德首相表示，')).toEqual([['邵安德', ['挪威首相']]]);
    expect(people('代表团会见葡萄牙柯尚文总统。')).toEqual([['柯尚文', ['葡萄牙总统']]]);
  });
  it('is no country office where the country is another official’s or none is named', () => {
    expect(people('日本首相称，柯尚文总统说')).toEqual([['柯尚文', []]]);
    expect(people('柯尚文总统说，')).toEqual([['柯尚文', []]]);
  });
  it('reads no name from a word of the title or a country running into it', () => {
    expect(people('会见巴西前总统。')).toEqual([]);
    expect(people('会见吉尔吉斯斯坦总统林安说，')[0]).toEqual(['林安', ['吉尔吉斯斯坦总统']]);
  });
  it('reads two runs of sounds joined by a hyphen before the title as one name', () => {
    expect(people('在古巴访问期间，周立科主席和迪亚斯-卡洛斯主席两度会晤。')).toEqual([
      ['周立科', []],
      ['迪亚斯-卡洛斯', []],
    ]);
  });
  it('gives the title after a name to the party its country opens before the name', () => {
    expect(people('他表示，将贯彻落实致日本社会民主党林嘉树主席的贺电精神。')).toEqual([
      ['林嘉树', ['日本社会民主党主席']],
    ]);
  });
  it('keeps the State Council premier only where no country runs into the name', () => {
    const posts = people('会见法国李立总理。').flatMap(([, held]) => held as string[]);
    expect(posts).not.toContain('国务院总理');
  });
  it('reads a dictionary name with sounds outside the tables before 总统 after 同 or 的 (同赛义夫总统)', () => {
    const names = (text: string) => people(text).map(([n]) => n);
    expect(names('5月，周立科主席同赛义夫总统宣布将两国关系提升。')).toEqual(['周立科', '赛义夫']);
    expect(names('周立科主席同来华进行国事访问的赛义夫总统举行会谈。')).toEqual([
      '周立科',
      '赛义夫',
    ]);
  });
});

describe('a transliterated name before 总理', () => {
  it('holds the premiership of the country its sentence names, never the State Council’s', () => {
    expect(people('在意大利访问期间，把梅塔尼总理的讲话译成中文。')).toEqual([
      ['梅塔尼', ['意大利总理']],
    ]);
    expect(people('双方表示，把梅塔尼总理的讲话译成中文。')).toEqual([['梅塔尼', []]]);
  });
  it('leaves a Chinese name the national office', () => {
    expect(people('会议指出，把李立总理的讲话学透。')).toEqual([['李立', ['国务院总理']]]);
  });
});

describe('the country of a head’s title', () => {
  it('is never a body of states, and a two-part country is no name', () => {
    expect(people('联合国秘书长出席，梅塔尼总理说，')).toEqual([['梅塔尼', []]]);
    expect(people('会见安提瓜和巴布达总理。')).toEqual([]);
  });
});

describe('a leader named after a verb or preposition (按照李某总理, 学习贯彻某某总书记)', () => {
  it('takes the name and the national office', () => {
    expect(people('按照邹立总理等中央领导同志批示要求，成立调查组。')).toEqual([
      ['邹立', ['国务院总理']],
    ]);
    expect(people('深入学习贯彻邹立总书记重要讲话精神。')).toEqual([['邹立', ['中共中央总书记']]]);
  });
  it('takes it after the verbs of directive prose the segmenter tags otherwise (落实, 贯彻落实, 认真学习)', () => {
    expect(people('要认真落实邹立总书记关于防汛的重要指示精神。')).toEqual([
      ['邹立', ['中共中央总书记']],
    ]);
    expect(people('是贯彻落实邹立总书记和党中央要求的具体体现。')).toEqual([
      ['邹立', ['中共中央总书记']],
    ]);
    expect(people('要认真学习邹立总书记关于防汛的重要论述。')).toEqual([
      ['邹立', ['中共中央总书记']],
    ]);
  });
});

describe('a name of foreign sounds before a head’s title (同某某总统, 和某某总统)', () => {
  it('is a person after 同 or 和, holding the office of the country the sentence names', () => {
    expect(people('我对葡萄牙进行访问，同卡瓦诺总统就合作达成共识。')).toEqual([
      ['卡瓦诺', ['葡萄牙总统']],
    ]);
    expect(people('双方表示，在两国元首和卡瓦诺总统引领下，合作不断深化。')).toEqual([
      ['卡瓦诺', []],
    ]);
  });
  it('is no name where the sounds spell a country (同巴西总统)', () => {
    expect(people('他同巴西总统举行会谈。')).toEqual([]);
  });
  it('gives a Chinese name after 同 no national office (某某总书记同阮某某总书记会谈)', () => {
    const posts = people('去年，王大明总书记同阮文安总书记举行会谈。').flatMap(([name, held]) =>
      name === '阮文安' ? (held as string[]) : [],
    );
    expect(posts).not.toContain('中共中央总书记');
  });
});

describe('one national leader’s bare title after two names in a story', () => {
  it('gives neither the national office (金某某总书记和王某某总书记举行会谈)', () => {
    expect(people('金明哲总书记在广场和王大明总书记举行会谈。')).toEqual([
      ['金明哲', []],
      ['王大明', []],
    ]);
  });
  it('still gives it to the one name printed with it', () => {
    expect(people('会议指出，王大明总书记强调要加快发展。')).toEqual([
      ['王大明', ['中共中央总书记']],
    ]);
  });
});

describe('the title window before a name (read by character codes first)', () => {
  it('reaches a title six characters after the name starts', () => {
    // Invented: a six-sound name, so the head's title starts at the window's far end.
    expect(nameBeforeTitle('，阿卜杜拉希姆总统表示', 1)?.name).toBe('阿卜杜拉希姆');
    expect(nameBeforeTitle('，阿卜杜拉希姆总裁表示', 1)).toBeUndefined();
  });
  it('reads a leader after an aspect particle (学习了某某同志在…), as after a preposition', () => {
    expect(nameBeforeTitle('会议传达学习了江一平同志在座谈会上的讲话精神。', 7)?.name).toBe(
      '江一平',
    );
  });
  it('reads an inner sound between two sounds into the name after 来访的 (某南某某总统)', () => {
    expect(people('去年，主席同来访的穆南加达瓦总统深入交流，')).toEqual([['穆南加达瓦', []]]);
  });
  it('reads a guest of two characters that read as Chinese after 来访的 (来访的通伦主席)', () => {
    expect(people('主席同来访的通伦主席举行会谈。')).toEqual([['通伦', []]]);
    expect(people('柬埔寨代表团访华，主席同来访的洪泰首相会谈。')).toEqual([
      ['洪泰', ['柬埔寨首相']],
    ]);
    expect(people('外长会见来访的企业家代表。')).toEqual([]);
  });
  it("reads no person in a capital before a head's title and residence (在某某总理官邸)", () => {
    // Invented (people62): the capital's sounds before 总理官邸 are a place, no second guest.
    expect(people('主席同某国总理卡塔维在布拉特亚加总理官邸举行会谈。')).toEqual([
      ['卡塔维', ['某国总理']],
    ]);
  });
});
