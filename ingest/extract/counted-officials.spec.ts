/**
 * Holders listed before 等N位 and an office (counted-officials.ts), on invented sentences modelled
 * on a state visit (people62): names read as Chinese characters no sound table or name model
 * knows, and the bare title of a foreign government given to each (counted-titles.ts).
 */
import { describe, expect, it } from 'vitest';
import { entityNames, holdsOf } from '../../tests/kit/articles.ts';

describe('a list of names closed by 等N位 and an office', () => {
  it('reads every item as a holder of the office (以及甲、乙、丙等三位副首相)', () => {
    expect(
      holdsOf('国会副主席宋钱以及高索帕、布拉昆达、韩春那维等三位副首相在机场热情迎接。'),
    ).toEqual(['宋钱|国会副主席', '布拉昆达|副首相', '韩春那维|副首相', '高索帕|副首相']);
  });
  it("gives the office of the sentence's country (柬埔寨…等两位副首相)", () => {
    expect(holdsOf('柬埔寨国会副主席宋钱以及高索帕、布拉昆达等两位副首相在机场迎接。')).toEqual([
      '宋钱|柬埔寨国会副主席',
      '布拉昆达|柬埔寨副首相',
      '高索帕|柬埔寨副首相',
    ]);
  });
  it('reads no person in a list of places or of words (北京、上海等5位代表, 教师、医生等10名代表)', () => {
    expect(entityNames('北京、上海等5位代表发言。教师、医生等10名代表参加。', 'person')).toEqual(
      [],
    );
  });
});
