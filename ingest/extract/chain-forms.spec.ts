/** A chain's bare titles keep their printed form as an alias (local48: short department heads). */
import { describe, expect, it } from 'vitest';
import { heldForms, inventedArticle } from '../../tests/kit/articles.ts';

const forms = (text: string) => heldForms([inventedArticle('a', text)]);

describe('the printed form of a title the chain gave its body', () => {
  it('keeps 宣传部长 of 区委常委、宣传部长 as the alias of 区委宣传部部长', () => {
    const held = forms('区委常委、宣传部长韦成到社区调研。');
    expect(held).toContain('韦成|区委宣传部部长');
    expect(held).toContain('韦成|宣传部长');
  });
  it('keeps 统战部部长 and a bare deputy (副秘书长) printed after a body', () => {
    expect(forms('县委常委、统战部部长、副县长韦成陪同。')).toContain('韦成|统战部部长');
    const held = forms('某协会常务理事、副秘书长柏明远出席。');
    expect(held).toContain('柏明远|某协会副秘书长');
    expect(held).toContain('柏明远|副秘书长');
  });
  it('gives a party committee’s portfolio member the committee (镇党委副书记、组织委员)', () => {
    const held = forms('石桥镇召开会议。镇党委副书记、组织委员韦成解读政策。');
    expect(held).toContain('韦成|石桥镇党委组织委员');
    expect(held).toContain('韦成|组织委员');
  });
});

describe('a quoted word of a chain closed by an opening mark (tail58)', () => {
  it('keeps “三区” in the title of “三区“建设指挥部总指挥', () => {
    const held = forms('会议由“三区“建设指挥部总指挥、副县长张伟主持，县长李强讲话。');
    expect(held).toContain('张伟|“三区”建设指挥部总指挥');
    expect(held).not.toContain('张伟|建设指挥部总指挥');
  });
});
