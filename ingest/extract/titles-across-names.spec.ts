/** A title read back across another person's name (./titles-across-names.ts, local46). */
import { describe, expect, it } from 'vitest';
import { holdsOf } from '../../tests/kit/articles.ts';

describe('a title that starts after another name (titles-across-names.ts)', () => {
  it('gives the escort only the title after 在 (县长甲在副县长乙陪同下)', () => {
    const held = holdsOf('3月2日，县长柯明远在副县长韦成及有关部门负责人陪同下，检查防汛工作。');
    expect(held).toContain('韦成|副县长');
    expect(held.filter((h) => h.startsWith('韦成|'))).toEqual(['韦成|副县长']);
  });
  it('drops the host’s offices from the escort’s (甲一行在市委副书记乙…陪同下)', () => {
    const held = holdsOf(
      '5月6日，省政协副主席、省工商联主席柯明远一行在市委副书记韦成等陪同下到高新区考察。',
    );
    expect(held.filter((h) => h.startsWith('韦成|'))).toEqual(['韦成|市委副书记']);
  });
  it('leaves a title the reader already cut after 同 (同到访的某国外长乙)', () => {
    const held = holdsOf('3月5日，国务委员柯明远同到访的伊朗外长萨利希会谈。');
    expect(held.some((h) => h.includes('到访的'))).toBe(false);
  });
  it('gives the second person only the title after the first one’s predicate (甲分别传达了省委书记乙)', () => {
    const held = holdsOf(
      '7月2日，市委常委、副市长韦成分别传达了省委书记柯明远同志视察时的指示精神。',
    );
    expect(held.filter((h) => h.startsWith('柯明远|'))).toEqual(['柯明远|省委书记']);
    expect(held).toContain('韦成|市委常委');
  });
});
