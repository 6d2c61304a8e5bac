/**
 * A country named one way in post titles (../resolve/posts.ts) and wherever a body or a person's
 * office names its state: 俄 → 俄罗斯, 印尼 → 印度尼西亚, 某国共和国 → 某国. Moved out of posts.ts
 * (its one home since orgpost18) when that file reached 400 lines.
 */
import { countryAtStart, gazetteer } from '../gazetteer/index.ts';

const g = gazetteer();
/** A country's one-character short form in news style (俄方, 美总统), expanded (country-short.txt). */
export const shortCountry = (c: string): string | undefined => g.countryShort.get(c) ?? undefined;
/** Two-character short names of countries that are also printed in full (印尼 = 印度尼西亚). */
const COUNTRY_ABBREVIATION: Record<string, string> = {
  印尼: '印度尼西亚',
  沙特阿拉伯: '沙特',
  阿拉伯联合酋长国: '阿联酋',
  吉尔吉斯: '吉尔吉斯斯坦',
  孟加拉: '孟加拉国',
};
/**
 * A state printed by a shorter name than its own (蒙古总统 = 蒙古国总统): only its own offices and
 * state bodies take the long one (蒙古人民党 is a party's own name).
 */
const STATE_LONG_NAME: Record<string, string> = { 蒙古: '蒙古国' };

/** A country's ministry, delegation or leader's office after its one-character name (俄财政部). */
export const STATE_BODY =
  /^(?:方|看守政府|过渡政府|财政|外交|国防|内政|司法|经济|能源|卫生|教育|商务|贸易|交通|农业|工业|劳工|环境|国土安全|总统|政府|议会|国会|参议院|众议院|参院|众院|央行|驻|武装|军队|军方|联邦|安全|总参谋部)/;

export const startsWithCountry = (s: string) => countryAtStart(s) !== undefined;

/**
 * 俄 → 俄罗斯, 某国共和国 → 某国, 俄财政 → 俄罗斯财政, 俄方 → 俄罗斯, 美国防部 → 美国国防部,
 * 某国代理 → 某国代: a country by its usual name.
 */
export function countryName(org: string): string {
  if (shortCountry(org)) return shortCountry(org)!;
  // 美国防部 is 美 + 国防部 (美国国防部), not 美国 + 防部; 泰国代理 is the 代 of 泰国代总理.
  const c = org[0] ?? '';
  if (shortCountry(c) === c + '国' && /^.国防/.test(org)) return c + '国' + org.slice(1);
  if (org.endsWith('代理') && g.countries.has(org.slice(0, -2))) return org.slice(0, -1);
  for (const [short, full] of Object.entries(COUNTRY_ABBREVIATION))
    if (org.startsWith(short) && !(full.startsWith(short) && org.startsWith(full)))
      return full + org.slice(short.length);
  for (const [short, long] of Object.entries(STATE_LONG_NAME))
    if (org === short || (org.startsWith(short) && STATE_BODY.test(org.slice(short.length))))
      return long + org.slice(short.length);
  const short = shortCountry(org[0] ?? '');
  if (short && !startsWithCountry(org) && STATE_BODY.test(org.slice(1)))
    return org[1] === '方' ? short + org.slice(2) : short + org.slice(1);
  // 古巴共和国国家主席: the formal name before the state's own 国家 (of 国家主席) too (dups35).
  const formal = /^(.+?)(共和国|联邦|王国)(国家)?$/.exec(org);
  return formal && g.countries.has(formal[1]!) ? formal[1]! + (formal[3] ?? '') : org;
}
