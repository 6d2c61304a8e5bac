/** People named by an anniversary or by a work of theirs (commemorated-people.ts), invented sentences. */
import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('people named by an anniversary of their birth or death', () => {
  it('reads the name before 诞辰 and a count of years, even a figure of history', () => {
    expect(names('纪念孔子诞辰2575周年活动在曲阜举行。')).toEqual(['孔子']);
    expect(names('今年是林则徐先生诞辰240周年。')).toEqual(['林则徐']);
  });
  it('reads no name before an anniversary of an event', () => {
    expect(names('纪念建党100周年大会隆重举行。')).toEqual([]);
  });
});

describe('authors named before a work of theirs', () => {
  it('reads a dictionary person before 的 and a written work in title marks', () => {
    expect(names('展览通过陆羽的专著《茶经》展示茶文化。')).toEqual(['陆羽']);
  });
  it('reads no name out of a longer word, nor before a film about others', () => {
    expect(names('对俄罗斯的制裁违反了《联合国宪章》。')).toEqual([]);
    expect(names('展现人民史诗的纪录片《征程》播出。')).toEqual([]);
  });
});

describe('authors cut out of a longer name or word', () => {
  it('reads no author inside a foreign name, after Latin letters, or after 老 of a word', () => {
    expect(names('第三本书是艾米莉勃朗特的《呼啸山庄》。')).not.toContain('勃朗特');
    expect(names('随着j.罗琳的《哈利·波特》热销。')).not.toContain('罗琳');
    expect(names('但谈及老东家的《暗黑破坏神》时，')).toEqual([]);
  });
});
