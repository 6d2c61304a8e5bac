import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';
import { holdsOf } from '../../tests/kit/articles.ts';

const found = (text: string) =>
  findPeople(text, startsWithPlace).map((p) => [p.name, p.posts.map((x) => x.label)]);

// Invented sentences: leaders' titles printed after the name (leader-titles.ts).
describe('leaders titles after a name', () => {
  it('reads 副委员长 after a name as the national legislature vice-chair (某某副委员长主持)', () => {
    expect(found('联组会议由周海平副委员长主持。')).toEqual([
      ['周海平', ['全国人大常委会副委员长']],
    ]);
  });
  it('keeps a body abbreviation (区科协, 县妇联) out of a name before its head title 主席', () => {
    const text = '区科协主席郑一鸣、街道党工委副书记孙立陪同调研。';
    expect(holdsOf(text)).toContain('郑一鸣|区科协主席');
    expect(findPeople(text, startsWithPlace).map((p) => p.name)).not.toContain('区科协');
  });
  it('frees a leader name after a date (5月某某总理访问…)', () => {
    expect(found('5月周海平总理访问了该国。')).toEqual([['周海平', ['国务院总理']]]);
  });
});
