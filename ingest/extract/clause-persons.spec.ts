/** Bare foreign names placed as people by their clause (clause-persons.ts), invented sentences. */
import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('a bare foreign name the clause places as a person', () => {
  it('reads the one replaced in an office (接替某某出任)', () => {
    expect(names('据报道，他接替莫桑德里出任公司首席执行官。')).toEqual(['莫桑德里']);
  });
  it('reads the other side of a talk (与某某进行沟通)', () => {
    expect(names('双方同意，与莫桑德里进行沟通。')).toEqual(['莫桑德里']);
  });
  it("reads a team's player who wins (某国队的某某获得)", () => {
    expect(names('巴西队的莫桑德里获得金牌。')).toEqual(['莫桑德里']);
  });
  it('leaves a body jieba knows, talked with, as no person (与某武装进行沟通)', () => {
    expect(names('该国政府与塔利班进行沟通。')).toEqual([]);
  });
});

describe('a visitor from abroad introduced by her country and what she does (visitorFromAbroadAt, stop 45)', () => {
  it('takes a dictionary name after 来自某国的 before 购买 or 说', () => {
    expect(names('几位外国游客正在办理退税。来自葡萄牙的安娜购买了几套旗袍。')).toEqual(['安娜']);
    expect(names('来自法国的玛丽说，这里的夜市很热闹。')).toEqual(['玛丽']);
  });
  it('takes no brand from abroad that 表示 (西门子, jieba’s nr)', () => {
    expect(names('来自德国的西门子表示，将扩大在华投资。')).toEqual([]);
  });
});

describe('a visitor from abroad whose act opens with an adverb', () => {
  it('reads the name before 就在 (来自某国的某某就在人流里停下)', () => {
    expect(names('来自意大利的保罗就在人流里停了下来。')).toEqual(['保罗']);
  });
});

describe('a person introduced by who they are to a case or by age', () => {
  it('reads the name after 嫌疑人 and 女孩', () => {
    expect(names('他与已被起诉的某国籍嫌疑人谢尔盖属于同一团伙。')).toEqual(['谢尔盖']);
    expect(names('团队中的藏族女孩贡桑曾经是一名患者。')).toEqual(['贡桑']);
  });
  it('reads no name from the plural or a longer word', () => {
    expect(names('女孩们在广场上跳舞。')).toEqual([]);
  });
});
