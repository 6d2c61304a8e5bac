/**
 * Foreign officials' posts on invented sentences: titles of foreign offices, names after a title
 * that the surname reader cannot open (dotted names, place words, sounds after an occupation).
 */
import { describe, expect, it } from 'vitest';
import { peopleWithPosts as people } from '../../tests/kit/people.ts';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';
import { holdsOf } from '../../tests/kit/articles.ts';
import { extractStory } from './index.ts';

describe('titles of foreign offices', () => {
  it('reads 廖 inside a run of sounds (卡斯德廖夫)', () => {
    expect(holdsOf('据报道，某国驻日本大使卡斯德廖夫表示，关系已进入低谷。')).toEqual([
      '卡斯德廖夫|某国驻日本大使',
    ]);
  });
  it('reads a name before 视频致辞 (a speech by video)', () => {
    expect(holdsOf('某组织技术特使吉恩视频致辞。')).toEqual(['吉恩|某组织技术特使']);
  });
  it('reads 总干事 (head of an international organisation) as a role word', () => {
    expect(holdsOf('部长会见了某某国际组织总干事卡洛斯。')).toEqual(['卡洛斯|某某国际组织总干事']);
  });
  it('reads an elected monarch and a cabinet secretary as role words', () => {
    expect(people('应某国最高元首拉希丁邀请，')).toEqual([
      { name: '拉希丁', posts: ['某国最高元首'] },
    ]);
    expect(people('某国内阁官房长官林宏志日前表示，')).toEqual([
      { name: '林宏志', posts: ['某国内阁官房长官'] },
    ]);
  });
});

describe('names after a title', () => {
  it('takes a dotted name whose first part is no run of sounds', () => {
    expect(people('某国总统彼得·卡维尔批评这一做法。')).toEqual([
      { name: '彼得·卡维尔', posts: ['某国总统'] },
    ]);
  });
  it('reads no particle after a title into a dotted name (大使的安德烈·…)', () => {
    expect(holdsOf('其中，曾任芬兰驻土耳其大使的安德烈·卡维洛出任芬兰外交部长。')).toContain(
      '安德烈·卡维洛|芬兰外交部长',
    );
  });
  it('takes a place word of the segmenter after a head of party or state', () => {
    expect(people('应某国劳动党总书记罗山、某国总统邀请，')).toEqual([
      { name: '罗山', posts: ['某国劳动党总书记'] },
    ]);
  });
});

describe('a country or a body read as a name before the title', () => {
  it('keeps a country the segmenter tags as a name as the title organisation', () => {
    expect(people('王大明会见来华访问的布基纳法索总理卡耶隆。')).toContainEqual({
      name: '卡耶隆',
      posts: ['布基纳法索总理'],
    });
  });
  it('reads the name after a title whose country or body ends in sounds', () => {
    expect(people('当天下午，圣多美和普林西比总理特罗萨达前往广场。')).toEqual([
      { name: '特罗萨达', posts: ['圣多美和普林西比总理'] },
    ]);
    expect(people('乌克兰最高拉达主席斯特罗丘克今天发文称，')).toEqual([
      { name: '斯特罗丘克', posts: ['乌克兰最高拉达主席'] },
    ]);
  });
});

describe('a bare government title before a foreign name', () => {
  it('is the office of the country its sentence names before it', () => {
    expect(
      people('芬兰议会通过了包括副总理萨卡里娜、副总理韦列洛克以及外长库维巴在内的任命。'),
    ).toEqual([
      { name: '萨卡里娜', posts: ['芬兰副总理'] },
      { name: '韦列洛克', posts: ['芬兰副总理'] },
      { name: '库维巴', posts: ['芬兰外长'] },
    ]);
  });
  it('is a foreign office before any name for a title China has no holder of (总统)', () => {
    expect(holdsOf('韩国国会通过弹劾总统朴正元的议案。')).toEqual(['朴正元|韩国总统']);
  });
  it('keeps a former holder as such, the bare printed form with it', () => {
    const [found] = findPeople('伊朗军方发布有关前总统莱萨及其随行人员的报告，', startsWithPlace);
    expect(found!.posts).toEqual([
      expect.objectContaining({ label: '伊朗总统', printed: '前总统', former: true }),
    ]);
  });
  it('is no office where the sentence names the country with another title', () => {
    expect(people('芬兰总统会见来访的总理内坦亚罗。')).toEqual([{ name: '内坦亚罗', posts: [] }]);
  });
});

describe('a clause of approval or dismissal before a title', () => {
  it('is cut: 通过了包括, 批准了, 解除 are no part of the office', () => {
    expect(people('会议通过了包括国务院副总理王大明在内的任命。')).toEqual([
      { name: '王大明', posts: ['国务院副总理'] },
    ]);
    expect(people('外交部宣布已召回该国驻美国大使加西亚诺。')).toEqual([
      { name: '加西亚诺', posts: ['该国驻美国大使'] },
    ]);
    expect(people('总统签署法令，解除乌总统办公室副主任萨库马的职务。')).toContainEqual({
      name: '萨库马',
      posts: ['乌总统办公室副主任'],
    });
  });
});

describe('时任 or 前 after the country', () => {
  it('marks a former post, the office without it', () => {
    const [minister] = findPeople('英国前财政大臣萨维斯8日表示，', startsWithPlace);
    expect(minister!.posts).toEqual([
      expect.objectContaining({
        label: '英国财政大臣',
        former: true,
        formerForm: '英国前财政大臣',
      }),
    ]);
    const [found] = findPeople('当天，伊朗时任外长阿卜杜拉扬乘坐的飞机坠毁。', startsWithPlace);
    expect(found!.posts).toEqual([
      expect.objectContaining({ label: '伊朗外长', former: true, formerForm: '伊朗时任外长' }),
    ]);
  });
});

describe('a verb before a bare title', () => {
  it('gives the bare title after 释放 or 谴责 the country its sentence names', () => {
    expect(holdsOf('民众抗议外国入侵玻利维亚，并要求立即释放总统莫拉莱斯及其夫人。')).toEqual([
      '莫拉莱斯|玻利维亚总统',
    ]);
    expect(holdsOf('英国民众在议会前集会，谴责首相苏纳克的错误决定。')).toEqual([
      '苏纳克|英国首相',
    ]);
  });
  it('keeps the bare title, not the verb, as the printed form of the office', () => {
    const story = extractStory('民众抗议外国入侵玻利维亚，并要求立即释放总统莫拉莱斯及其夫人。');
    const post = story.entities.find((e) => e.type === 'post');
    expect(post?.surfaces).toEqual(['总统']);
  });
});

describe("a line of one country's officials", () => {
  const LINE =
    '主席抵达贝尔格莱德国际机场时，塞尔维亚总统米兰科维奇，议长佩特拉诺维奇，总理约万科维奇和外长拉多萨夫列维奇等高级官员热情迎接。';
  it('gives each bare title in the line the country that opens it', () => {
    const holds = holdsOf(LINE);
    expect(holds).toContain('佩特拉诺维奇|塞尔维亚议长');
    expect(holds).toContain('约万科维奇|塞尔维亚总理');
    // 总理某某和外长某某: the title after 和, not the chain run back over the name before it
    expect(holds).toContain('拉多萨夫列维奇|塞尔维亚外交部长');
  });
  it('reads no country out of a city and 国际 (贝尔格莱德国际机场)', () => {
    const visit = '主席抵达贝尔格莱德国际机场时，塞尔维亚总统会见了来访的议长佩特拉诺维奇。';
    expect(holdsOf(visit)).toEqual([]);
  });
  it('leaves a visitor of another country without one (会见来访的总理某某)', () => {
    expect(holdsOf('塞尔维亚总统会见来访的总理佩特拉诺维奇。')).toEqual([]);
  });
  it('reads 万 inside a run of sounds (约万科维奇, 伊万诺夫)', () => {
    expect(holdsOf('塞尔维亚总理约万科维奇出席。')).toEqual(['约万科维奇|塞尔维亚总理']);
  });
});

describe('特别检察官 (pairs35, issue 11)', () => {
  it('is an office of its own, with no body printed', () => {
    expect(holdsOf('某国司法部任命的特别检察官约翰·卡特当天提交报告。')).toEqual([
      '约翰·卡特|特别检察官',
    ]);
  });
});
