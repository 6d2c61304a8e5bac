import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

// Invented sentences for round people35 (names after a title).
const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('a name after a title whose last character and the next make a word jieba does not read (people35)', () => {
  it('keeps 某金秋 before 分别 and 某润生 before 分别 (秋分, 生分 are words, but jieba reads 分别)', () => {
    expect(names('会上，水利部部长黄金秋分别介绍了防汛工作情况。')).toContain('黄金秋');
    expect(names('会上，水利部部长黄润生分别介绍了防汛工作情况。')).toContain('黄润生');
  });

  it('still cuts a word and the first character of the next word the segmenter holds', () => {
    expect(names('领导人关心引领下，工作取得新进展。')).not.toContain('关心引');
    expect(names('联合国秘书长某国问题特别代表表示')).not.toContain('某国问');
  });
});

describe('a Korean minister as news prints it: 部长官 (people35)', () => {
  it('ends the title at 长官, so 官 does not open the name', () => {
    const found = names('韩国国防部长官金明哲当天表示，将加强合作。');
    expect(found).toContain('金明哲');
    expect(found).not.toContain('官金明');
    expect(names('外交部长官朴成浩与他举行会谈。')).toContain('朴成浩');
  });
});
