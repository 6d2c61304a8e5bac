/**
 * An ordinary person introduced by where they live or work (某某村的顾某美说, 某某社区凌某民介绍):
 * a village, a community, a firm or a school, then 的 (a village or a community may stand right
 * before the name; a firm's kind word so is the firm's own name: 投资公司某某迈表示), then three
 * characters under a surname HanLP's counts vouch for or see as one in 3 uses of 10 (凌; after 的 a
 * later check still wants a surer one), closed by a speech verb. The statistics alone
 * refuse such a name when its given name is a common word (爱美, to love beauty) or its surname a
 * verb too (顾, to look after); the home before and the speech after say it is a person's. Two
 * characters stay unread (某某公司的张总说: a manager's address, no name).
 */
import type { PersonFinding } from './facts.ts';
import { gazetteer } from '../gazetteer/index.ts';
import { isPlausibleName, surnameAt, surnameLengthOf } from './names.ts';
import { surnameEvidence } from './person-roles.ts';
import { isSureSurname } from './names-by-role.ts';
import { NOT_GIVEN_NAME } from './name-frame.ts';

const speech = gazetteer().speechVerbIndex;
const MIN_SURNAME_SHARE = 0.3;

/** Where a person lives or works, printed before 的 and the name. */
const HOME_BEFORE =
  /(?:(?:村|社区|小区|公司|合作社|企业|工厂|集团|学校|大学|学院|医院|农场)的|村|社区)$/;

export function nameAfterHome(text: string, i: number): PersonFinding | undefined {
  if (!HOME_BEFORE.test(text.slice(Math.max(0, i - 5), i))) return undefined;
  const name = text.slice(i, i + 3);
  if (name.length !== 3 || surnameLengthOf(name) !== 1 || !surnameAt(name, 0)) return undefined;
  // 凌 is a surname in 3 of its 10 uses in HanLP's counts: the sight rules' floor (name-model.ts).
  if (!isSureSurname(name[0]!) && surnameEvidence(name[0]!).share < MIN_SURNAME_SHARE)
    return undefined;
  if (!isPlausibleName(name) || NOT_GIVEN_NAME.test(name.slice(1))) return undefined;
  // A speech verb only: produce and brands go on with other verbs too (某某社的黄金梨也卖得好).
  const end = i + 3;
  if (speech.longestAt(text, end) === undefined) return undefined;
  return { name, start: i, end, posts: [], via: 'speech' };
}
