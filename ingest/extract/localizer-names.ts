/**
 * 在发给安理会的一封信中表示…。信中称: a speaker "name" of two characters whose second is a place
 * word (中, 里, 上, 内) and whose first is no surname HanLP's counts vouch for (信, 文, 书) is where
 * something is said, not who says it (names40, issue 11); 李中说 keeps its surname.
 */
import { isSureSurname } from './names-by-role.ts';

const LOCALIZER = /^[中里上内]$/;

export const saidInPlace = (f: { name: string }): boolean =>
  f.name.length === 2 && LOCALIZER.test(f.name[1]!) && !isSureSurname(f.name[0]!);
