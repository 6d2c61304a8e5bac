/**
 * Terms and counts printed inside an office (orgpost18, issue 13). The holder's ordinal
 * (香港特别行政区第六任行政长官, 某国第31任总督, 首任院长) and the body's term (第77届联大主席,
 * 政协第十三届全国委员会副主席) say which holder or which term, not which office: the office is
 * the standing one (香港特别行政区行政长官, 联大主席, 政协全国委员会副主席) and the printed form
 * stays its alias. A session (十四届一次会议主席团) is a meeting of its own and keeps its term.
 */

const NUMERAL = '[一二三四五六七八九十百零〇两0-9０-９]+';
/** 第六任, 第102任, 首任 right before the role: the holder's ordinal. */
const HOLDER_ORDINAL = new RegExp(`(?:第${NUMERAL}|首)任$`);
/**
 * A holder's ordinal and a role of one to `longest` characters, nothing else (首任院长, 第六任行政长官):
 * no body printed. One pattern for the people's check (a short role) and the story's long forms
 * (story-posts.ts: a role as long as 行政长官).
 */
export const holderOrdinalTitle = (longest: number) =>
  new RegExp(`^(?:第${NUMERAL}|首)任\\p{Script=Han}{1,${longest}}$`, 'u');
/** A title that is a holder's ordinal and a role only (首任院长, 第二任校长): no body printed. */
export const HOLDER_ORDINAL_ONLY = holderOrdinalTitle(3);
/**
 * A congress session's secretary or spokesperson (大会副秘书长, 大会发言人): held for the days of the
 * session by people whose own offices are elsewhere, so it tells no namesakes apart (a standing
 * committee's 秘书长 named 大会副秘书长 in the next day's story is the same person). The presidium's
 * chairs are named with the same colleagues each time and join by that company (people.ts).
 */
export const SESSION_OFFICE = /^大会(?:副?秘书长|(?:新闻)?发言人)$/;
/**
 * 某国新任国家主席, 某国新任国家安全顾问: the tenure printed between the country and the office's
 * own words says who holds it now, as 新任 right before the role does (things36: 越南新任国家主席
 * beside 越南国家主席 on fresh days); so is 某国新任驻某国大使 (a new envoy: cctv23y, orgs44).
 */
const TENURE_INSIDE = /(?<=\p{Script=Han}{2})(?:新任|现任)(?=国家|政府|联邦|王国|驻)/u;
/**
 * The body as the raw title printed it with its tenure inside (习近平向|越南新任国家 for 越南国家),
 * once a clause is cut: the printed form, the office's alias, keeps it (pairs38: the headline's
 * 某国新任国家主席 lost it where no title stood before the sender's name).
 */
export function withTenureInside(raw: string, org: string): string {
  for (let k = 0; k + org.length < raw.length; k++)
    if (raw.slice(k).replace(TENURE_INSIDE, '') === org) return raw.slice(k);
  return org;
}
/** 第77届, 十三届 inside the body's name: its term. */
const BODY_TERM = new RegExp(`第?${NUMERAL}届`, 'g');
/** A meeting (…一次会议, 第二次全体会议, 三中全会) is named by its term and number together. */
const SESSION = new RegExp(`${NUMERAL}次(?:全体)?会议|全会`);

/** The body of an office without the holder's ordinal or the body's term. */
export function withoutTerm(org: string): string {
  let out = org.replace(HOLDER_ORDINAL, '').replace(TENURE_INSIDE, '');
  if (!SESSION.test(out)) out = out.replace(BODY_TERM, '');
  return out;
}

/**
 * 一家跨国物流企业负责人, 两家银行行长: a counted firm or institution is no one body, so its head
 * holds no office.
 */
export const COUNTED_BODY = new RegExp(
  `${NUMERAL.replace(']+', '多几数]+')}家\\p{Script=Han}{0,12}(?:企业|公司|机构|单位|工厂|医院|银行|学校|商店|门店|超市|酒店|合作社|农场|平台)$`,
  'u',
);

/** 某某犯罪集团成员: a criminal gang has members, no offices (things26; moved from posts.ts). */
export const GANG = /(?:犯罪集团|犯罪团伙|团伙)$/;
/**
 * lstrat61: 讲话?h委副书记: a page decoded in the wrong code page kept one byte of 縣 as the Latin
 * letter glued to 委; a lone Latin letter where a place's character was lost names no body.
 */
export const LOST_CHARACTER = /(?<![A-Za-z])[A-Za-z]委/;
