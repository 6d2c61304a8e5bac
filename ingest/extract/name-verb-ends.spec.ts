import { describe, expect, it } from 'vitest';
import { findPeople } from './people.ts';
import { startsWithPlace } from './places.ts';

const names = (text: string) => findPeople(text, startsWithPlace).map((p) => p.name);

describe('names the checks refused after a title or in a list (names41, issue 11)', () => {
  it('ends a name before a one-character verb and 了 that jieba glues to its end (某润秋作了)', () => {
    expect(names('受委托，水利部部长马力秋作了关于防汛工作的报告。')).toEqual(['马力秋']);
    // Words across the end stay words where no verb and 了 follow (党课领学).
    expect(names('推行“书记党课领学、支部送学”等方式。')).toEqual([]);
  });
  it("reads a rare surname's three characters before 时 and a pause (看望专家逄某知时，)", () => {
    expect(names('在看望党史研究专家逄良知时，他感谢老人多年的付出。')).toEqual(['逄良知']);
  });
  it('reads the last item of a list whose given name is a word, before 正 or 在 (和某海潮正将…)', () => {
    expect(names('实验舱内，航天员赵海鹏、孙立柱和杜海潮正将样品装入设备。')).toEqual([
      '赵海鹏',
      '孙立柱',
      '杜海潮',
    ]);
  });
});
