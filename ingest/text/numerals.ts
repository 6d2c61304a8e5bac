/**
 * The one-character numerals news counts its lists with (两大战略, 三化, 十大工程) and their values,
 * read where a count must match the items printed. Written by hand: Chinese numerals.
 */
export const NUMERAL_VALUE: Readonly<Record<string, number>> = {
  两: 2,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};
