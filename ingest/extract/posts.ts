/**
 * Post titles: "<organisation>[<internal body>]<role>", in chains joined by 、 and 兼 where a
 * bare role shares the organisation before it (市经信委党组书记、主任 -> 市经信委党组书记 +
 * 市经信委主任), and a bare 区/镇/部 refers back to the area or committee named before it
 * (永川区委书记、区农业农村委主任 -> 永川区农业农村委主任; 市委常委、宣传部部长 -> 市委宣传部部长).
 * A title may also end in an occupation (村民, 工作人员): that places a person but makes no post.
 */
import { levelClass, PROVINCE_TO_COUNTY, TOWNSHIPS } from '../text/level-words.ts';
import { tibetanNameAt } from './tibetan-names.ts';
import { commandsUnit } from './command-offices.ts';
import { countryAtStart, gazetteer } from '../gazetteer/index.ts';
import { isPlausibleName, rareTimeEntry } from './names.ts';
import { weekdayOpensName } from './weekday-names.ts';
import { dictionaryFrequency, isCommonWord, tag } from '../text/segmenter.ts';
import { roleEndingAt, roles, roleSuffix } from './role-words.ts';
import { deputyNoun } from './delegates.ts';
import type { PostTitle, KnownPlaces } from './facts.ts';
import { isNamedLeader } from './leader-titles.ts';
import { regionChair, SELF_CONTAINED } from './posts-at-home.ts';
import { splitStacked } from './stacked-titles.ts';
import { cutTitleClause } from './clause-cut.ts';
import { backReference, chainForm, departmentWrittenOut, zoneBase } from './back-references.ts';
import { formerMarker, formerPrefix } from './former-marker.ts';
import { LEADING_NOISE, LEADING_WORDS, MEETING, TIME_ADVERB } from './post-clauses.ts';
import { cutActingBody, cutListOpener } from './chain-openers.ts';
import { actingRole, stateOfPartyLeader, verbInsideWord } from './chain-roles.ts';
import { stateSeniorOfficial } from './senior-officials.ts';
import { chainArea } from './doubled-levels.ts';
import { NOUN_CONJUNCTIONS, oneOf, TITLE_JOINERS } from '../text/function-words.ts';

const BEFORE_CONJUNCTION = new RegExp(`^(.{2,16}?)[${NOUN_CONJUNCTIONS}]$`, 'u');

export { atHome } from './posts-at-home.ts';
export { roleEndingAt, roleSuffix } from './role-words.ts';

export type { PostTitle } from './facts.ts';

const g = gazetteer();
const ROLE_END_FLAGS = new Uint8Array(65536);
for (const r of g.roleWords) ROLE_END_FLAGS[r.charCodeAt(r.length - 1)] = 1;
const SPACE = 0x20;
const DE = '的'.charCodeAt(0);
/** 鉴宝大师-某某: a hyphen or dash between a title and its name, as a space. */
const DASHES = new Set([...'-－—–'].map((c) => c.charCodeAt(0)));

/** Cheap test (hot loop): can a role word end just before position i? */
export function mayEndRole(text: string, i: number): boolean {
  if (i < 1) return false;
  const prev = text.charCodeAt(i - 1);
  if (ROLE_END_FLAGS[prev]) return true;
  const apart = prev === SPACE || prev === DE || DASHES.has(prev);
  return apart && i >= 2 && ROLE_END_FLAGS[text.charCodeAt(i - 2)] === 1;
}
/** An area's name (某自治区, 某镇), whose 党委 the bare roles after its first title share. */
const AREA_END = new RegExp(
  `(?:自治区|自治州|自治县|街道|${levelClass(PROVINCE_TO_COUNTY + TOWNSHIPS)})$`,
);
const INDEPENDENT_ORG = /^(市|区|县|省|州|镇|乡|全国|中央|国家|中共|中国|党的|国务院)/;
const FORMER = /^(时任|原任|原|曾任|前任)/; // 前 alone: formerPrefix
/** A congress's or committee's term is not part of the office: 十五届中央政治局常委, 第十四届全国人大代表. */
const SESSION =
  /^(?:中国共产党|中共)?第?[一二三四五六七八九十]+届(?:、第?[一二三四五六七八九十]+届)*/;
/** 某会第四届、五届会长: a list of terms inside the title (title-chain.ts keeps it whole) is no part of the office. */
const TERM_LIST = /第?[一二三四五六七八九十]+届(?:、第?[一二三四五六七八九十]+届)+/;
const CURRENT = /^(现任|新任)/;
const orgCanonical = g.orgCanonical;

/**
 * Whether the title printed before position i runs on past it, so no name starts at i:
 * 伊朗最高领袖顾问穆某 (顾问 starts at i), 董事长卢某 (董事长 ends after i, not 董事 at i).
 */
export function titleRunsOn(text: string, i: number): boolean {
  for (let end = i + 1; end <= i + 3 && end <= text.length; end++) {
    const role = roles.longestEndingAt(text, end);
    if (!role) continue;
    const start = end - role.length;
    // A role word from i on continues the title; an occupation only when it spans the end of the
    // title (主任|记者 is 主任记者, a reporter's grade: no 主任 before a name 记者某某).
    if (start < i || (start === i && !g.occupations.has(role))) return true;
  }
  return false;
}

/** 和, 与, 则, 又…: the function words that join titles (../text/function-words.ts). */
const TITLE_JOINER = oneOf(TITLE_JOINERS);

/**
 * Whether the word after a title starts no name: a conjunction, preposition or adverb standing
 * alone (副总理和国务院总理, 负责人和无党派人士, 总监则担心, 局长又强调): 和, 与, 及 there join two
 * titles and 则, 又, 也 open the clause the title is the subject of (都 and 曾, common surnames,
 * are left out); an adverb or time word of two characters (领导人相继访问, 主席正在); or an
 * organisation the segmenter knows (代表党中央: 代表 is the verb; 总书记的党中央).
 */
export function joinsTitles(text: string, i: number): boolean {
  const first = tag(text.slice(i, i + 6))[0];
  if (!first) return false;
  if (first.word.length >= 2) {
    if (/^(nt|d|t)$/.test(first.tag))
      return !rareTimeEntry(first.word) && !weekdayOpensName(text, i); // 艺术家牛某, 县长周四安
    // 代表全体参赛运动员: after 代表 (the verb) a word that is no name; not after 人大代表, 职工代表
    // (one noun: a deputy), where 万步|炎 is a rare name the segmenter reads as a number.
    // A Tibetan name (代表扎西某某, tibetan-names.ts) is a deputy's too.
    return (
      endsAt(text, i, '代表') &&
      !/^(nr|nz|x)/.test(first.tag) &&
      !deputyNoun(text, i) &&
      !tibetanNameAt(text, i)
    );
  }
  return TITLE_JOINER.test(first.word) && /^[cpd]/.test(first.tag) && !surnameBeforePause(text, i);
}

/**
 * 县人大常委会主任向坤道，: a preposition that is a surname too (向), two characters and a pause
 * right after the title is a name: a preposition needs its object and a verb, and the pause
 * leaves neither (blocal-h). A common word there (和夫人，) stays the word.
 */
function surnameBeforePause(text: string, i: number): boolean {
  const name = text.slice(i, i + 3);
  return (
    /^[，、。；,;]$/.test(text[i + 3] ?? '') &&
    isPlausibleName(name, 1) &&
    !isCommonWord(name.slice(1)) &&
    dictionaryFrequency(name.slice(1)) === 0
  );
}

/** `text.slice(0, end).endsWith(word)`. */
export function endsAt(text: string, end: number, word: string): boolean {
  return end >= word.length && text.startsWith(word, end - word.length);
}

type Parts = { org: string; internal: string; role: string };

function splitTitle(title: string): Parts | undefined {
  const suffix = roleSuffix(title);
  if (!suffix) return undefined;
  // 某部第一副部长: 第一 ranks the deputy, it is no word of the ministry's name (orgpost20).
  const role = suffix[0] === '副' && title.endsWith(`第一${suffix}`) ? `第一${suffix}` : suffix;
  let rest = title.slice(0, title.length - role.length);
  const internal = g.orgInternal.find((b) => rest.endsWith(b)) ?? '';
  rest = rest.slice(0, rest.length - internal.length).replace(/(相关|有关)$/, '');
  return { org: rest, internal, role };
}

function canonicalOrganization(org: string): string {
  return orgCanonical.get(org) ?? org;
}

/**
 * 议会上院议长兼某某市长: a mayor's or a governor's office printed with a name before it is that
 * place's, whatever body the chain named first (things48-a).
 */
const placeHead = (p: { org: string; role: string }) =>
  p.org.length >= 2 && /^(市长|州长|省长)$/.test(p.role);

function startsIndependent(org: string, knownPlaces: KnownPlaces): boolean {
  return INDEPENDENT_ORG.test(org) || knownPlaces(org);
}

/**
 * Parse the elements of a title chain (already split at 、 and ，, left to right) into posts.
 * `knownPlaces(text)` says whether text starts with a known place name.
 */
export function parsePostChain(elements: string[], knownPlaces: KnownPlaces): PostTitle[] {
  const posts: PostTitle[] = [];
  let base = '';
  // The chain's area (永川区), kept while back-references build on it: after 区农业农村工委书记
  // the base is 永川区农业农村工委, which no longer ends its area in 委.
  let area: string | undefined;
  let pastChain = false; // 时任甲市委常委、常务副市长: 时任 covers the titles after it
  // 非盟轮值主席某国总统: two offices stacked with no pause are two titles (stacked-titles.ts).
  for (const raw of elements.flatMap((e) => splitStacked(e, roleEndingAt, knownPlaces))) {
    // A country or place heading what is left marks the right cut (clause-cut.ts); a field of a
    // commission's name before 和 is no clause (总统能源发展战略和…委员会: shared-heads.ts).
    const headed = (rest: string) => startsWithCountry(rest) || knownPlaces(rest);
    const clauseCut = cutTitleClause(raw, headed);
    let element = cutListOpener(
      cutActingBody(
        clauseCut.replace(LEADING_WORDS, '').replace(LEADING_NOISE, '').replace(TIME_ADVERB, ''),
      ),
    );
    const found = MEETING.exec(element);
    // 欧美同学会会长: a connective opening a longer word (同学会, 与会) meets no one.
    const meeting = found && !connectiveOpensWord(element, found) ? found : null;
    const meets = meeting && !verbInsideWord(element, meeting[1]!.length);
    if (meets && isPlausibleName(meeting[1]!) && roleSuffix(element.slice(meeting[0].length)))
      element = element.slice(meeting[0].length);
    const beforeCountry = element;
    element = cutBeforeCountry(element, knownPlaces);
    // 某国总理甲、副总理乙11日会见某公司董事长丙: a clause cut inside the chain (a meeting, a date)
    // means the titles before it are the other person's, not this one's.
    if (clauseCut !== raw || meeting || element !== beforeCountry) {
      posts.length = 0;
      [base, area, pastChain] = ['', undefined, false];
    }
    const country = element !== raw ? countryBefore(raw, element, knownPlaces) : undefined;
    if (country) element = country + element;
    const formerAt = formerPrefix(element);
    const former: boolean = formerAt > 0 || (pastChain && !CURRENT.test(element));
    pastChain = former;
    const parts = element.slice(formerAt).replace(CURRENT, '').split('兼').filter(Boolean);
    let partBase = base;
    let partArea = area;
    parts.forEach((part, k) => {
      const p = splitTitle(part);
      if (!p || isNamedLeader(part)) return;
      partBase = zoneBase(partBase, p.internal); // 区党委委员、管委会副主任: the zone's 管委会
      // 常务副省长, 特别检察官: 常务 (executive), 特别 (special) are part of the role, no body.
      // 总经理助理、副总工程师: after a body, a 副 the role table lacks is the role's (blocal-j).
      if (p.org === '常务' || p.org === '特别' || (p.org === '副' && !!partBase))
        [p.org, p.role] = ['', p.org + p.role];
      Object.assign(p, actingRole(p.org, p.role)); // 代省长, 某局代理局长 (chain-roles.ts)
      // 国务院原总理: 原 before the role marks a former post too.
      const marker = formerMarker(p.org);
      const formerInside = marker?.word;
      const asPrinted = part;
      const short = departmentWrittenOut(part) !== part; // 组织部长: the label writes 组织部部长
      if (short) [part, p.org, p.role] = [departmentWrittenOut(part), p.org + '部', '部长'];
      if (marker) {
        const cut = (s: string) => s.slice(0, marker.at) + s.slice(marker.at + marker.word.length);
        [p.org, part] = [cut(p.org), cut(part)];
      }
      if (
        (g.occupations.has(p.role) || stateSeniorOfficial(p.org, p.role)) &&
        !commandsUnit(p.org, p.role)
      ) {
        posts.push({
          label: p.role,
          printed: part,
          organization: '',
          role: p.role,
          former,
          occupation: true,
        });
        return;
      }
      // 某国劳动党总书记、国务委员长: a state body printed bare after a country's title is its.
      const state = stateOf(p.org, partBase);
      if (state) {
        part = state + part;
        p.org = state + p.org;
      }
      // 某国某联盟主席、总统: the head of state is the country's (chain-roles.ts).
      const headOfState = !p.org && stateOfPartyLeader(p.role, partBase);
      if (headOfState) [p.org, part] = [headOfState, headOfState + part];
      const back = backReference(p.org, partBase, partArea);
      if (back) {
        part = back + part.slice(p.org.length);
        p.org = back;
      }
      // 特别检察官 (a special counsel): an office of its own, appointed to one case, no body.
      const ownOffice = part === '特别检察官';
      const selfContained =
        (SELF_CONTAINED.test(part) || ownOffice || regionChair(part, partBase)) && !p.org;
      // 国务委员兼外交部部长: a title of its own before 兼 leaves no organisation to share.
      const inherits =
        !selfContained &&
        (!p.org ||
          (k > 0 &&
            !!partBase &&
            !back &&
            !startsIndependent(p.org, knownPlaces) &&
            !placeHead(p) &&
            // 村党支部书记兼村委会主任: a title naming its own level's body (村委会) takes no lone
            // level word (村) of the title before it (lpeople56)
            !(partBase.length === 1 && part.startsWith(partBase))));
      const org = inherits ? partBase : p.org;
      if (!selfContained && !org) return;
      // 涪陵区委副书记、区长 -> 涪陵区区长: a bare head-of-government title takes the area before it.
      const headOf = selfContained && !ownOffice ? partArea : undefined;
      const printed = inherits ? partBase + part : headOf ? headOf + part : part;
      const canonicalOrg = canonicalOrganization(org.replace(SESSION, '').replace(TERM_LIST, ''));
      // 中央军委原副主席: the office is 中央军委副主席; the printed former form is an alias.
      // 区委组织部长, printed short, is an alias of 区委组织部部长 (back less its three-character 组织部).
      // 某国总统代表、外交部长: the bare printed title, given its country, stays an alias.
      // 某国首相兼外交大臣: the title after 兼 as printed (外交大臣) is how the story names it.
      const formerForm =
        formerInside || short || state
          ? (short && back ? back.slice(0, -3) : inherits ? partBase : '') + asPrinted
          : (inherits && k > 0 && !back && asPrinted) || undefined;
      posts.push({
        label: canonicalOrg + printed.slice(org.length),
        printed,
        organization: canonicalOrg,
        role: p.internal + p.role,
        former: former || !!formerInside,
        ...(formerForm ? { formerForm } : {}),
        ...chainForm(asPrinted, printed, !!(back || inherits || headOf)),
      });
      // 政治局委员、国务委员兼外交部长: 国务委员 (no body 国务) passes no body on to the title after 兼.
      if (!inherits && org === '国务') [partBase, partArea] = ['', undefined];
      else if (!inherits && org) {
        // 某自治区党委委员、常委、书记: the bare roles after it are the area's 党委's.
        // 某国副首相兼内阁办公厅大臣: 副 is the deputy's, not the country's; the title after 兼
        // takes the country alone (某国内阁办公厅大臣, not 某国副内阁办公厅大臣).
        // 某国环境、气候与通讯部长兼交通部长: a ministry named by a list of fields is its own name;
        // the title after 兼 shares only the country.
        const country = org.includes('、') ? countryAtStart(org) : undefined;
        // 某国国务部长兼农业部长: 国务 (of state) is the minister's rank, as 副 is the deputy's.
        const own = country ?? org.replace(/(?:常务)?副$/, '').replace(STATE_RANK, '$1');
        // 某人大常委会副主任、秘书长: the standing committee's officers (秘书长) are its own (pairs42).
        const keeps = (p.internal === '党委' && AREA_END.test(org)) || p.internal === '常委会';
        partBase = keeps ? org + p.internal : own;
        partArea = chainArea(org) ?? (back ? partArea : undefined);
      }
    });
    base = partBase;
    area = partArea;
  }
  return posts;
}

/** A country's minister of state (某国国务部长): the rank after the country, which the next title leaves. */
const STATE_RANK = new RegExp(`^(${[...g.states].join('|')})国务$`);

/** A state's own bodies printed without the country (国务委员会, 政府, 外交部; 代表团团长、总统助理). */
const BARE_STATE_BODY =
  /^(国务|国家|国务委员会|政府|内阁|议会|国会|国民议会|众议院|参议院|总统|总统府|总统办公室|外交部?|国防部?|武装部队)$/;

/** The foreign country a chain's earlier title starts with, for a bare state body after it. */
function stateOf(org: string, base: string): string | undefined {
  if (!BARE_STATE_BODY.test(org) || !base || g.countries.has(base)) return undefined; // 兼 inherits
  for (let n = Math.min(6, base.length); n >= 2; n--) {
    const country = base.slice(0, n);
    if (g.countries.has(country)) return country === '中国' ? undefined : country;
  }
  return undefined;
}

/**
 * 不排除某某与某国总统: a clause ending in 与/同 before a country's title is no part of it. A head
 * that starts with a country or place (中国与某国合作委员会主任) is an organisation's name.
 */
/** Whether the meeting verb MEETING found starts a longer dictionary word there (同|学会). */
function connectiveOpensWord(element: string, m: RegExpExecArray): boolean {
  const verb = m[0].slice(m[1]!.length);
  const [word] = tag(element.slice(m[1]!.length, m[1]!.length + 6));
  return (
    !!word &&
    word.word.length > verb.length &&
    word.word.startsWith(verb) &&
    !/^(x|nr)/.test(word.tag)
  );
}

function cutBeforeCountry(element: string, knownPlaces: KnownPlaces): string {
  for (let k = 2; k <= 10 && k < element.length - 3; k++) {
    if (element[k] !== '与' && element[k] !== '同') continue;
    const rest = element.slice(k + 1);
    if (!roleSuffix(rest) || !startsWithCountry(rest)) continue;
    const head = element.slice(0, k);
    return roleSuffix(head) || startsWithCountry(head) || knownPlaces(head) ? element : rest;
  }
  return element;
}

function startsWithCountry(text: string): boolean {
  for (let n = 2; n <= 8 && n <= text.length; n++)
    if (g.countries.has(text.slice(0, n))) return true;
  return false;
}

/** Roles of a government that a second, bare title after 和 shares the country of. */
const GOVERNMENT_ROLE = /(总统|总理|首相|外长|部长|国务卿|议长|国王)$/;

/**
 * 以总理某某和国防部长某某 (美国现任总统某某和前总统某某: tenure is no part of the country): a bare
 * title after 和/与/及 following a country's official and name is that country's (以国防部长). `raw`:
 * the element as printed, `rest`: the title left after the cut clause. Undefined when the rest starts
 * with its own country, place or national body, or the clause starts with no country's title.
 */
function countryBefore(raw: string, rest: string, knownPlaces: KnownPlaces): string | undefined {
  const own = splitTitle(rest.replace(FORMER, '').replace(CURRENT, ''));
  // Only a minister's or a head's title shares the country (国防部长, 外长, 国务卿), not another
  // body's (欧盟委员会主席).
  if (!own || own.org.length > 4 || !GOVERNMENT_ROLE.test(own.role)) return undefined;
  if (!raw.endsWith(rest) || startsIndependent(rest, knownPlaces)) return undefined;
  // 芬兰总理某某和时任英国首相某某: a title that names its own country keeps it.
  // 美国总统某某与乌总统: nor one printed with its country's one-character short form.
  if ([...g.countries].some((c) => own.org.includes(c))) return undefined;
  if (g.countryShort.has(own.org[0] ?? '')) return undefined;
  const m = BEFORE_CONJUNCTION.exec(raw.slice(0, raw.length - rest.length));
  if (!m) return undefined;
  const head = m[1]!;
  for (let end = 2; end <= Math.min(head.length - 2, 10); end++) {
    const role = roleEndingAt(head, end);
    if (!role || !GOVERNMENT_ROLE.test(role)) continue;
    const org = head.slice(0, end - role.length).replace(/(?:现任|时任|新任|前任?)$/, '');
    return g.countries.has(org) || g.countryShort.has(org) ? org : undefined;
  }
  return undefined;
}
