/**
 * The portfolios a local party committee shares among its members (组织委员, 宣传委员…): one
 * table for every reader of a bare portfolio member's title (issue 15, "one home for each fact").
 * Three readers kept three lists that had drifted apart: portfolio-members.ts (the committee's
 * title before it in the chain) read six, posts-at-level.ts (镇组织委员: the story's one town)
 * four and chain-places.ts (党工委委员、组织委员: the story's one street or zone) three. A
 * township's or a street's committee is staffed alike wherever it is printed, so each reader now
 * reads all six.
 *
 * Source: the CPC's rules for grass-roots organisations (中国共产党基层组织工作条例, 2019, and the
 * practice of township committees): a committee member is charged with organisation (组织),
 * publicity (宣传), the united front (统战), political and legal affairs (政法), discipline
 * inspection (纪检) or the people's armed forces (武装). The development sets print only 组织委员
 * and 宣传委员 (local48-l, lstrat50-l); the others are general knowledge.
 */

/** The portfolios, each printed before 委员 (组织委员 is the committee member for organisation). */
export const COMMITTEE_PORTFOLIOS: readonly string[] = [
  '组织',
  '宣传',
  '统战',
  '政法',
  '纪检',
  '武装',
];

/** The portfolios as one regular-expression alternation, for the readers' patterns. */
export const PORTFOLIO = `(?:${COMMITTEE_PORTFOLIOS.join('|')})`;

/** A committee member of a portfolio printed bare, the whole title (组织委员, not 组织部长). */
export const PORTFOLIO_MEMBER = new RegExp(`^${PORTFOLIO}委员$`);
