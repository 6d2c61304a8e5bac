/**
 * 联合国负责某某事务的副秘书长某某: an office of a state or an international body described by the
 * field it is in charge of. The office is the body's title (联合国副秘书长, as the news prints it
 * where no field is given); the bare title printed right before the name is its alias. The field's
 * words (政治与和平建设) would otherwise cut the chain at their 与 or make the clause the office.
 */
import { countryEndingAt } from './countries.ts';
import type { PostTitle } from './facts.ts';
import { roleSuffix } from './posts.ts';

const CHARGED = /负责[^，。、；：！？\n]{1,24}?的((?:副|助理|首席)?[\u4e00-\u9fa5]{1,5})$/u;

/** The office of such a title ending at `titleEnd`, or undefined. */
export function chargedOffice(text: string, titleEnd: number): PostTitle[] | undefined {
  const before = text.slice(Math.max(0, titleEnd - 40), titleEnd);
  const m = CHARGED.exec(before);
  if (!m || !roleSuffix(m[1]!)) return undefined;
  const body = countryEndingAt(before, before.length - m[0].length);
  if (!body) return undefined;
  const title = m[1]!;
  return [{ label: body + title, printed: title, organization: body, role: title, former: false }];
}
