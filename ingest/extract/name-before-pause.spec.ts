import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const people = (text: string) =>
  findPeople(text, startsWithPlace).map((p) => [p.name, p.posts.map((q) => q.label)]);

describe('a name whose given character is a function word, after a title and before a pause', () => {
  it('reads 为 as the given name when a pause follows it (主任某为，)', () => {
    expect(people('镇人大主席团主席柯为，副主席宁海参加。')[0]).toEqual([
      '柯为',
      ['镇人大主席团主席'],
    ]);
  });
  it('keeps a frequent word and a function word before its object as no name', () => {
    expect(people('局长将成为，新的').map((p) => p[0])).toEqual([]);
    expect(people('书记李为群众办实事。').map((p) => p[0])).not.toContain('李为');
  });
});

describe('带队 after a name', () => {
  it('ends the name as 带领 does (区长某浩带队检查)', () => {
    expect(people('县委副书记、县长柏浩带队检查安全生产。').map((p) => p[0])).toEqual(['柏浩']);
  });
});

describe('和 and 省 in a given name, after a title', () => {
  it('reads the name where 和 stands in a word of its own or 省 is glued to the surname', () => {
    expect(people('村民王和平说，路修好了。').map((p) => p[0])).toEqual(['王和平']);
    expect(people('县委书记李省三表示，要抓好落实。').map((p) => p[0])).toEqual(['李省三']);
    expect(people('主任李永和，副主任张明参加。').map((p) => p[0])).toContain('李永和');
  });
  it('keeps the conjunction between two surnames and a province office as no name', () => {
    expect(people('村民王和李说，路修好了。')).toEqual([]);
    expect(people('省长王省长说，好。')).toEqual([]);
  });
});

describe('和 opening a given name after a title, before a date (conjunctionGivenAfterTitle)', () => {
  it('reads 和 and a character likely to end names, closed by a month and day', () => {
    expect(people('某省农业农村厅党组书记、厅长严和俊11月4日在某县作宣讲报告。')[0]).toEqual([
      '严和俊',
      ['某省农业农村厅党组书记', '某省农业农村厅厅长'],
    ]);
  });
  it('still reads 和 before a surname as joining two names', () => {
    expect(people('村民王和李说，今年收成好。').map(([n]) => n)).not.toContain('王和李');
  });
});

describe('为 opening a given name that is a word, after a title', () => {
  it('reads the name before a firm follower (县委书记某为民出席)', () => {
    expect(people('县委书记柯为民出席会议并讲话。')[0]).toEqual(['柯为民', ['县委书记']]);
  });
  it('keeps 为 before a verb phrase as no name', () => {
    expect(people('县长柯为了推动发展，走访企业。').map((p) => p[0])).toEqual([]);
  });
});
