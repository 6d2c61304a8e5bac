/**
 * A local head's title printed after the name (某某副区长陪同, 区委某某副书记到…): local news
 * writes the title after the name as often as before it. A head of government names its own
 * body (副区长 as 副区长某某 does); a committee's officer takes the committee printed right before
 * the name (区委某某副书记 is the 区委's). Leaders' titles after a name (习近平总书记) are
 * leader-titles.ts's.
 */
import { levelClass, PROVINCE_TO_COUNTY_AND_PREFECTURE, TOWNSHIPS } from '../text/level-words.ts';
import type { PersonFinding } from './facts.ts';
import { parsePostChain } from './posts.ts';
import { startsWithPlace } from './places.ts';

/** A head of a local government, or a committee's secretary or member, right after the name. */
const HEAD_AFTER = /^(?:(常务)?副?|代)(区长|县长|市长|镇长|乡长|旗长|盟长)(?![助办级])/;
const OFFICER_AFTER = /^(常务)?副?书记(?![处长员])/;
/**
 * The committee right before the name: 区委, 县委, 市委, 镇党委, and 省委, 州委 after a verb
 * (贯彻落实省委某某书记的批示); 纪委, 常委 and 工委 end in no such committee.
 */
const COMMITTEE_BEFORE = new RegExp(
  `(${levelClass(PROVINCE_TO_COUNTY_AND_PREFECTURE)}委|${levelClass(TOWNSHIPS)}党委)$`,
  'u',
);

/**
 * A title in brackets right after the name, before a speaker's colon or in running text (县领导
 * 甲、郭某(县委副书记)、乙: local pages tell namesakes apart so; blocal-j). Notes that are no title
 * (（化名）, (女), (某大学)) give parsePostChain no post.
 */
const BRACKETED_TITLE = /^[（(]([^（）()\n]{2,24})[）)]/;

/** People found with no post whose title follows the name take it. */
export function withTitlesAfterNames(text: string, people: PersonFinding[]): void {
  for (const p of people) {
    if (p.posts.length > 0) continue;
    const after = text.slice(p.end, p.end + 6);
    const head = HEAD_AFTER.exec(after)?.[0];
    const committee = COMMITTEE_BEFORE.exec(text.slice(Math.max(0, p.start - 4), p.start))?.[1];
    const officer = committee ? OFFICER_AFTER.exec(after)?.[0] : undefined;
    // 某某（某县县委书记）：, a station's interview line: the title in brackets is the name's.
    const bracketed = BRACKETED_TITLE.exec(text.slice(p.end, p.end + 28))?.[1];
    const title = head ?? (officer ? committee + officer : bracketed);
    if (!title) continue;
    // 某某(县委常委、组织部部长): a chain in the brackets gives every post of it.
    const chain = parsePostChain(
      title === bracketed ? title.split('、') : [title],
      startsWithPlace,
    );
    // The bare 副书记 printed beside the name becomes an alias there (bare-titles.ts).
    if (chain.length > 0) p.posts = title === bracketed ? chain : chain.slice(0, 1);
  }
}
