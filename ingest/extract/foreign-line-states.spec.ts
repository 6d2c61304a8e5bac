/**
 * The state of a bare title in a line of officials (issue 11, fresh national days pairs48-a):
 * a state's name read from the back inside a longer one, and envoys posted abroad whose state is
 * the sender the line names before 驻, not the host. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { heldForms, holdsOf, inventedArticle } from '../../tests/kit/articles.ts';

const forms = (text: string) => heldForms([inventedArticle('line', text)]).sort();

describe('a bare title after a longer state (foreign-lineups.ts tailOfState)', () => {
  it('gives 总理 the whole state named before it, not the shorter state inside its name', () => {
    expect(holdsOf('白俄罗斯总统甲科和总理图尔科维奇出席了开幕式。')).toContain(
      '图尔科维奇|白俄罗斯总理',
    );
    expect(holdsOf('白俄罗斯总统甲科和总理图尔科维奇出席了开幕式。')).not.toContain(
      '图尔科维奇|俄罗斯总理',
    );
  });
  it('keeps the shorter state where it is printed alone', () => {
    expect(holdsOf('俄罗斯总统某科和总理米尔斯京出席了开幕式。')).toContain('米尔斯京|俄罗斯总理');
  });
});

describe('envoys in a line (envoy-lines.ts)', () => {
  it('gives a bare 驻… title the sending state of the line, the printed title its alias', () => {
    const held = forms('中国驻某国大使王立新、驻联合国代表李文华出席了招待会。');
    expect(held).toContain('李文华|中国驻联合国代表');
    expect(held).toContain('李文华|驻联合国代表');
    expect(held.some((h) => h.startsWith('李文华|某国'))).toBe(false);
  });
  it('reads the sender for an ambassador to a bloc after a minister of the host', () => {
    const held = forms(
      '离开时，某国外交部长甲科、中国驻某国大使王立新、驻东盟大使赵文静到机场送行。',
    );
    expect(held).toContain('赵文静|中国驻东盟大使');
    expect(held).toContain('赵文静|驻东盟大使');
  });
  it('leaves a 驻… title alone where no line names its sender', () => {
    expect(holdsOf('驻东盟大使赵文静出席了招待会。')).toEqual(['赵文静|驻东盟大使']);
  });
});

describe('an envoy whose own state ends in 及 (envoy-lines.ts)', () => {
  it('keeps 埃及驻华大使 in a line of ambassadors', () => {
    expect(holdsOf('爱沙尼亚驻华大使韩朔明、埃及驻华大使哈奈达出席。')).toEqual([
      '哈奈达|埃及驻华大使',
      '韩朔明|爱沙尼亚驻华大使',
    ]);
  });
});
