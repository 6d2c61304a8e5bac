/** A cabinet minister printed bare in a line of one country's officials takes that country. */
import { describe, expect, it } from 'vitest';
import { holdsOf } from '../../tests/kit/articles.ts';

describe("a bare minister in a line of one country's officials", () => {
  it('reads 外交大臣 after 某国国防大臣某某和 as that country’s', () => {
    expect(holdsOf('丹麦国防大臣波尔特森和外交大臣拉森穆特与会。')).toEqual([
      '拉森穆特|丹麦外交大臣',
      '波尔特森|丹麦国防大臣',
    ]);
  });
  it('leaves a bare 外交大臣 with no country in its sentence as printed', () => {
    expect(holdsOf('会上，外交大臣拉森穆特发言。')).toEqual(['拉森穆特|外交大臣']);
  });
});
