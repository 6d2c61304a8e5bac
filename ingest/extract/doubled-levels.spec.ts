/**
 * The level word printed twice (./doubled-levels.ts): one reading for the area of a chain of
 * titles (posts.ts) and the one name of an area's body (resolve/government-forms.ts). Invented
 * organisations.
 */
import { describe, expect, it } from 'vitest';
import {
  bodyAfterArea,
  chainArea,
  doubledLevelArea,
  LABEL_LEVEL_WORDS,
  LEVEL_WORDS,
} from './doubled-levels.ts';

describe('doubled level words', () => {
  it('reads the second level word as the body’s', () => {
    expect(bodyAfterArea('青川区区委', 3, LEVEL_WORDS)).toBe(4);
    expect(bodyAfterArea('青川区委', 3, LEVEL_WORDS)).toBe(3);
    // A town's body printed twice is a chain's (镇 is a level word) but not a label's.
    expect(bodyAfterArea('柳塘镇镇政府', 3, LEVEL_WORDS)).toBe(4);
    expect(bodyAfterArea('柳塘镇镇政府', 3, LABEL_LEVEL_WORDS)).toBe(3);
  });

  it('finds the area a chain is about, once or twice printed', () => {
    expect(chainArea('青川区区委')).toBe('青川区');
    expect(chainArea('青川区委')).toBe('青川区');
    expect(chainArea('柳塘镇党委')).toBe('柳塘镇');
    expect(chainArea('白岩自治县政府')).toBe('白岩自治县');
    expect(chainArea('东关街道党工委')).toBe('东关街道');
    // 市场监管局: 市 opens a word, no body of the area.
    expect(chainArea('青川市市场监管局')).toBeUndefined();
  });

  it('finds the area of two or more characters whose level word is doubled', () => {
    expect(doubledLevelArea('青川市市委宣传部', LABEL_LEVEL_WORDS)).toEqual({
      area: '青川市',
      body: 4,
    });
    // A county of one character (魏县县委) is no doubling: 魏县委 is no one's form.
    expect(doubledLevelArea('柳县县委', LABEL_LEVEL_WORDS)).toBeUndefined();
    expect(doubledLevelArea('青川省省委', LABEL_LEVEL_WORDS)).toBeUndefined();
  });
});
