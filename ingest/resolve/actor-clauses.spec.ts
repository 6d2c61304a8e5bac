/**
 * types38 (issue 13): a clause with its own subject glued before an office, and a bare body word
 * (集团, 党组织) before a role, from the junk posts of fresh days. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { entityNames, holdsOf } from '../../tests/kit/articles.ts';
import { actorClauseEnd } from './actor-clauses.ts';

describe('a clause with its own subject before the office', () => {
  it('a visitor and 在 before a firm’s office: the office is the firm’s', () => {
    const text = '东海市长王建国在远航公司董事长林泽安陪同下参观了新能源汽车展区。';
    expect(entityNames(text, 'post')).not.toContain('王建国在远航公司董事长');
    expect(holdsOf(text)).toContain('林泽安|远航公司董事长');
  });
  it('a court, an adverb and 对 before the office: the office is the commission’s', () => {
    const text =
      '2030年3月2日，军事法院依法对中央军委原委员赵启明受贿案进行了宣判，判处其无期徒刑。';
    expect(entityNames(text, 'post')).not.toContain('军事法院依法对中央军委委员');
  });
  it('a body whose name holds 对 (对外联络部) keeps it', () => {
    expect(actorClauseEnd('中共中央对外联络部')).toBe(0);
    expect(actorClauseEnd('王建国在远航公司')).toBe(4);
  });
});

describe('a bare body word before a role names no office', () => {
  it('集团董事长 after the group was named', () => {
    const text = '副总理赴远航电气集团创新中心参观，听取了集团董事长林泽安有关集团情况介绍。';
    expect(entityNames(text, 'post')).not.toContain('集团董事长');
    expect(entityNames(text, 'organization')).not.toContain('集团');
  });
  it('党组织书记 of a kind of organisation', () => {
    const text = '东岭市推行领导干部领学、党组织书记带学、党员自学的学习机制，持续深化理论学习。';
    expect(entityNames(text, 'post')).not.toContain('党组织书记');
    expect(entityNames(text, 'organization')).not.toContain('党组织');
  });
});
