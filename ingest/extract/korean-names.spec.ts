import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) =>
  findPeople(text, startsWithPlace)
    .map((p) => p.name)
    .sort();

describe('names after a title the checks refused (names43, issue 11)', () => {
  it('reads a Korean given name opening with 在 that jieba cuts 某在|镕', () => {
    expect(names('会长李在镕表示，将继续扩大投资。')).toEqual(['李在镕']);
    expect(names('总理在首尔会见某某集团会长朴在镕。')).toEqual(['朴在镕']);
  });
  it('keeps 在 the preposition after a surname that is a word (老王在岗位上, 李在镇上)', () => {
    expect(names('老王在岗位上工作了三十年。')).toEqual([]);
    expect(names('张在前面走，李在后面跟。')).toEqual([]);
  });
  it('keeps the first name before a hyphen in a dotted name (让-某某尔·某某)', () => {
    expect(names('部长级代表让-诺埃尔·杜邦任外交部长。')).toEqual(['让-诺埃尔·杜邦']);
    expect(names('代表让-皮埃尔·杜邦说，合作很重要。')).toEqual(['让-皮埃尔·杜邦']);
  });
  it('reads no name across a hyphen from a country or a pair of bodies', () => {
    expect(names('中国-东盟·合作论坛今天开幕。')).toEqual([]);
  });
  it('reads a speaker after a firm whose next item is a firm (某联某某、某某能源投资集团某某)', () => {
    expect(names('全国工商联林海涛、国家能源投资集团王立新等发了言。')).toContain('林海涛');
    // A list of things stays one (风油精、毛巾等).
    expect(names('慰问品包括风油精、毛巾等日用品。')).toEqual([]);
  });
});
