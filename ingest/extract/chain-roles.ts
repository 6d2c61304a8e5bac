/**
 * Three readings of a title chain's element that posts.ts (parsePostChain) asks for, split out of
 * it: the acting marker of a role, a head of state printed after a party's title, and a meeting
 * verb that is only a character of a longer word.
 */
import { levelClass, GOVERNMENT_LEVELS } from '../text/level-words.ts';
import { without } from '../text/function-words.ts';
import { countryAtStart, gazetteer } from '../gazetteer/index.ts';
import { tag } from '../text/segmenter.ts';

/** 某县代 + 县长: an acting head's 代 left on a government's level word (盟 not among them). */
const ACTING_AFTER_LEVEL = new RegExp(`${levelClass(without(GOVERNMENT_LEVELS, '盟'))}代$`);

/**
 * 代省长, 某局代理局长: 代 (acting) or 代理 before the role is the role's, as 常务 is (韩国代总统 is an
 * office apart from 韩国总统); read as the body's last word it would make a body 代 of its own and
 * end the chain's area (某省委副书记、代省长、省长: the 省长 is that province's, not the story's
 * home). A bare 代 only after an area's level word (某省代省长), not a body's (时代).
 */
export function actingRole(org: string, role: string): { org: string; role: string } | undefined {
  if (org === '代' || org === '代理') return { org: '', role: org + role };
  if (org.length > 2 && org.endsWith('代理')) return { org: org.slice(0, -2), role: '代理' + role };
  if (ACTING_AFTER_LEVEL.test(org)) return { org: org.slice(0, -1), role: '代' + role };
  return undefined;
}

/** The offices of a state's head or government, never of a party (总统, 副总统, 总理, 首相). */
const STATE_HEAD = /^(?:第一)?副?(?:总统|总理|首相)$/;
/** A party, front, movement or congress: 某国人民民主联盟, 某人民解放运动, 某国工人党, 某国人民国民
 * 大会 (a party named as a congress), or a party's committee (某国某党中央委员会第一书记、总统). */
const PARTY = /(?:党|联盟|运动|阵线|同盟|大会|委员会)$/;

/**
 * 某国人民民主联盟主席、总统某某: a bare head of state printed after a foreign party's title is the
 * country's office (某国总统), not the party's; the country opening the party's name. Undefined
 * where the title before is no foreign party's or the role no head's.
 */
export function stateOfPartyLeader(role: string, base: string): string | undefined {
  if (!STATE_HEAD.test(role) || !PARTY.test(base)) return undefined;
  const country = countryAtStart(base);
  return country && country !== base && country !== '中国' && gazetteer().countries.has(country)
    ? country
    : undefined;
}

/**
 * 某国共同民主党党首: the 同 of a word the segmenter knows (共同, 协同, 如同) is no verb of meeting;
 * the head before it (某国共) is no person meeting the official. `at`: where the verb starts. A
 * word it does not know (甲乙同…, a name glued to the verb) leaves the meeting read.
 */
export function verbInsideWord(element: string, at: number): boolean {
  let start = 0;
  for (const t of tag(element.slice(0, at + 4))) {
    const end = start + t.word.length;
    if (start < at && end > at) return t.tag !== 'x' && !t.tag.startsWith('nr');
    if (end > at) return false;
    start = end;
  }
  return false;
}
