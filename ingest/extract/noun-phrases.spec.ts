/**
 * People on invented sentences modelled on national news (people20, issue 11, from the development
 * golds cctv24j, cctv22e, cctv24d, cctv26b, cctv26e and fresh 新闻联播 of 2022 and 2024): names glued
 * to a firm's head, common words after an occupation, places and things by sight, and a sentence of
 * attendees whose surname the gazetteer lacks.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from '../../tests/kit/articles.ts';

const people = (text: string) => entityNames(text, 'person');

describe('names that are a word of a noun phrase (noun-phrases.ts)', () => {
  it('reads a name glued to a firm’s head as the firm’s (某士基航运集团)', () => {
    expect(people('全球最大的航运企业丹麦马凯文航运集团2日表示，将继续暂停相关航线。')).toEqual([]);
  });
  it('reads a name before a firm’s seat in brackets, or before a people’s masses, as no person', () => {
    expect(people('马凯文(上海)企业咨询有限公司项目经理刘东宇等一行来县考察。')).toEqual(['刘东宇']);
    expect(people('带动白裙瑶贫困群众搬离深山。该乡是白裙瑶聚居区。')).toEqual([]);
  });
  it('reads a railway named by its ends as no person (某青线)', () => {
    expect(people('先后来到乐都区朝阳山兰新线乐都至杏园段局部线路改建工程施工现场。')).toEqual([]);
  });
  it('reads a counted word after a community role as its noun (游客高峰)', () => {
    expect(people('入冬以来，当地多家滑雪场迎来游客高峰。')).toEqual([]);
  });
  it('keeps a person after the role when a speech verb follows (游客高峰说)', () => {
    expect(people('在滑雪场，游客高峰说，这里的雪质很好。')).toEqual(['高峰']);
  });
});

describe('places and things by sight (noun-phrases.ts)', () => {
  it('reads a name the story prints before a landform as the place everywhere (某达木盆地)', () => {
    expect(
      people(
        '记者跟随地震队，挺进罗布泊无人区。这里是罗布泊盆地中条件最恶劣的地方，队员们坚持作业。',
      ),
    ).toEqual([]);
  });
  it('reads what a classifier of things counts as a thing (一颗巨大的蓝宝石)', () => {
    expect(people('从太空遥望，这片湖泊像一颗巨大的蓝宝石镶嵌在高原上。')).toEqual([]);
  });
  it('keeps a person counted by 位 (一位年轻的某某)', () => {
    expect(people('今天我们认识一位年轻的工程师王海涛，他在这里工作了十年。')).toEqual(['王海涛']);
  });
});

describe('a sentence of attendees (clause-names.ts attendeeAt)', () => {
  it('takes every item of 甲、乙出席会议。, a surname outside the gazetteer too', () => {
    expect(people('座谈会在北京举行。\n铁晓、谌明琴出席会议。')).toEqual(['谌明琴', '铁晓']);
  });
  it('takes one attendee with an unknown surname (。某某参加会见。)', () => {
    expect(people('会谈前，两国元首举行欢迎仪式。铁晓参加会见。')).toEqual(['铁晓']);
  });
  it('reads a known word there as no name (双方参加会谈)', () => {
    expect(people('欢迎仪式后，双方参加会谈。')).toEqual([]);
  });
});

describe('the first item of a list, a surname outside the gazetteer (name-lists.ts)', () => {
  it('takes an unknown word after an occupation before a found name (作家铁某、乙)', () => {
    expect(people('著名作家铁晓、王蒙明等出席活动。')).toEqual(['王蒙明', '铁晓']);
  });
  it('takes an unknown word opening a clause before a found name (，铁某、乙先后发言)', () => {
    expect(people('会上，铁晓、王蒙明先后发言。')).toEqual(['王蒙明', '铁晓']);
  });
});

describe('a name before a role one addresses a person by (role-after-name.ts)', () => {
  it('takes a one-character given name seldom last in names before 律师 (王某律师。)', () => {
    expect(people('记者在法院门口采访了王强律师。')).toEqual(['王强']);
  });
  it('keeps a firm named after its lawyer out (某某律师事务所)', () => {
    expect(people('王强律师事务所今天在城东开业。')).toEqual([]);
  });
});

describe('a genre before a work’s title (noun-phrases.ts genreBeforeWork)', () => {
  it('reads 管弦乐《…》 as the genre, not a name', () => {
    expect(people('晚会上，乐团演奏了特别创作的管弦乐《春潮》，用音乐讲述奋斗故事。')).toEqual([]);
  });
});
