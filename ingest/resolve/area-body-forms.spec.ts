/**
 * One name for an area's body however the place is printed before it (government-forms.ts
 * ownAreaForm, issue 13): 某市市委 is 某市委, and a province or city printed before the place whose
 * body it is only locates it. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { ownAreaForm } from './government-forms.ts';
import { holdsOf } from '../../tests/kit/articles.ts';

describe('an area body’s one name', () => {
  it('writes the level once', () => {
    expect(ownAreaForm('三门峡市市委宣传部')).toBe('三门峡市委宣传部');
    expect(ownAreaForm('魏县县委')).toBe('魏县县委');
    expect(ownAreaForm('宝鸡市市场监管局')).toBe('宝鸡市市场监管局');
  });
  it('drops the province or city before the place whose body it is', () => {
    expect(ownAreaForm('山西省长治市市委')).toBe('长治市委');
    expect(ownAreaForm('驻马店市遂平县委')).toBe('遂平县委');
    expect(ownAreaForm('甘肃省商务厅')).toBe('甘肃省商务厅');
  });
  it('gives one office for the title printed either way', () => {
    const held = holdsOf(
      '山西省长治市市委书记孙立军率团来访。长治市委书记孙立军表示，两地将加强合作。',
    );
    expect(held).toEqual(['孙立军|长治市委书记']);
  });
});
