/**
 * People and their posts. A name is recognised by its shape (surname + given name) in a
 * position that only a person takes: right after a post title (渝北区委书记王某某表示), before
 * 代表/委员 and a verb (赵某某代表回答), at the start of a clause before a speech verb
 * (李某某表示), or alone on a caption line.
 */
import { gazetteer } from '../gazetteer/index.ts';
import { isHanAt } from '../text/normalize.ts';
import { tag } from '../text/segmenter.ts';
import { rollCalls } from './roll-call.ts';
import { revokedMembers } from './revoked-members.ts';
import { asSpeaker } from './speaker-names.ts';
import { withoutFalseNames } from './false-names.ts';
import { runsIntoNextName } from './name-runs.ts';
import { bySight } from './sight-names.ts';
import { doublesPartners } from './doubles-pairs.ts';
import { listNeighbours } from './name-lists.ts';
import { doctrineAuthors } from './doctrine-authors.ts';
import { isSureSurname, nameLists, namesByRole } from './names-by-role.ts';
import { regnalNameAfterTitle } from './regnal-names.ts';
import { turkicNameAt } from './turkic-names.ts';
import { eraBeforeTitle } from './historical-figures.ts';
import { isMeasureWord, placeTrip, wordNameAfterTitle, wordOverLonger } from './name-edges.ts';
import { wordsAcrossName } from './words-across-name.ts';
import { ownedNounAfterTitle } from './owned-nouns.ts';
import { speakerLines } from './speaker-lines.ts';
import { beforeDelegate, residentDeputy, tibetanDelegate } from './delegates.ts';
import { titleChain } from './title-chain.ts';
import { completesAutonomousArea, titleAfterPrevious } from './names-in-titles.ts';
import { fromCaptionLines } from './caption-lines.ts';
import { beforeRole } from './role-after-name.ts';
import { reporterBeforeAdverb } from './reporter-names.ts';
import { nameAfterHome } from './homed-names.ts';
import { foreignNameAt, isSound } from './transliterations.ts';
import { longRunAfterCountryTitle } from './titled-sound-runs.ts';
import { withWholeRuns } from './whole-runs.ts';
import { dotNames, withDotNames } from './dot-names.ts';
import { latinNames } from './latin-names.ts';
import { hyphenNameBeforeTitle } from './hyphen-names.ts';
import { winnerAt } from './winners.ts';
import { ownedAfterAddressTitle } from './owned-after-title.ts';
import { attendeeAt, congratulatedAt, headOfGovernmentAt } from './clause-names.ts';
import { visitorFromAbroadAt } from './clause-persons.ts';
import { endsClearly, isSoundCharAt } from './foreign-names.ts';
import { japaneseNameBeforeClause } from './japanese-names.ts';
import { preferTransliterated, rollSlotName, unknownPairAfterTitle } from './title-name-slot.ts';
import {
  allSounds,
  artistName,
  artistWithoutSurname,
  figureAfterArtsTitle,
  nameAfterOccupation,
  occupationAt,
  predicateAfterOccupation,
} from './occupation-names.ts';
import { hasSurnameAt, isPlausibleName, PERSON_NAME_SHAPE, surnameAt } from './names.ts';
import {
  mayEndRole,
  parsePostChain,
  roleEndingAt,
  titleRunsOn,
  joinsTitles,
  type PostTitle,
} from './posts.ts';
import { roleCrossesWord } from './role-crosses.ts';
import { seenPerson, type PersonFinding, type KnownPlaces } from './facts.ts';
import { countryRunsInto } from './countries.ts';
import {
  conjunctionGivenAfterTitle,
  nameBeforePause,
  yearNameAfterTitle,
} from './name-before-pause.ts';
import { withoutPlacesAndHalves } from './person-places.ts';
import { roleRunsIntoNoun } from './role-into-noun.ts';
import { afterVerbEnd, counterpart } from './counterparts.ts';
import { gluedSurname } from './glued-surnames.ts';
import { wholeBeforePredicate } from './name-before-predicate.ts';
import { royalBeforeTitle, ROYAL_IN_STORY } from './royal-titles.ts';
import { countedOfficials, overCounted } from './counted-officials.ts';
import { opensWithVerb, segmenterReading } from './segmenter-names.ts';
import {
  LEADER_TITLE,
  headTitleAhead,
  afterVisiting,
  nameBeforeTitle,
  titleEndAfterName,
  withoutSharedNationalTitles,
} from './leader-titles.ts';
import { bareForeignTitle } from './bare-foreign-titles.ts';
import { bestName } from './best-name.ts';
import { chargedOffice } from './charged-offices.ts';
import { commemoratedPeople } from './commemorated-people.ts';
import { kinNames } from './kin-names.ts';
import { listedArtists } from './listed-artists.ts';
import { withoutLeadVerb, withoutServeAs } from './serve-as.ts';
import { withoutPostureVerb } from './posture-verb-ends.ts';
import { laterListItems } from './later-list-items.ts';
import { penName } from './pen-names.ts';
import { insideCoreFormula } from './core-formula.ts';

export type { PersonFinding };

const occupations = gazetteer().occupations;
/** What may stand between a title and its name: a space, or a hyphen or dash (鉴宝大师-某某). */
const BETWEEN_TITLE_AND_NAME = /^[ \-－—–]$/;
const BYLINE_ROLES = ['记者', '通讯员', '实习生', '摄影', '编辑'];

export function findPeople(text: string, knownPlaces: KnownPlaces): PersonFinding[] {
  const found: PersonFinding[] = [];
  // Rules whose trigger words the story lacks cannot fire anywhere in it: skip them.
  const delegates = text.includes('代表') || text.includes('委员') || text.includes('常委');
  const leaders = LEADER_TITLE.test(text);
  const royals = ROYAL_IN_STORY.test(text);
  // Where a title printed after a name ends (习近平总书记|): the words after it are the
  // predicate (念兹在兹, 全程陪同), not a second name.
  let namedTitleEnd = -1;
  // 主席约翰·某某: a dotted name after a title, whose first part the sound tables lack (翰).
  const dotted = /[·・•‧∙]/.test(text)
    ? new Map(dotNames(text).map((d) => [d.start, d.name]))
    : undefined;
  for (let i = 0; i < text.length; i++) {
    // 某某总书记的贺信: nor after its 的, where what the leader owns follows, not a name.
    const titled =
      mayEndRole(text, i) &&
      i !== namedTitleEnd &&
      !(i === namedTitleEnd + 1 && text[namedTitleEnd] === '的');
    const hit = hasSurnameAt(text, i)
      ? ((titled ? afterTitle(text, i, knownPlaces, dotted) : undefined) ??
        (delegates ? beforeDelegate(text, i) : undefined) ??
        reporterBeforeAdverb(text, i) ?? // 记者某某正拿着…: the adverb closes the name
        nameAfterHome(text, i) ?? // 某某村的顾某美说: a home before, a speech verb after
        asSpeaker(text, i) ??
        winnerAt(text, i) ??
        (leaders
          ? (afterPreposition(text, i) ?? nameBeforeTitle(text, i) ?? counterpart(text, i))
          : undefined) ??
        beforeRole(text, i) ??
        congratulatedAt(text, i) ??
        headOfGovernmentAt(text, i) ??
        attendeeAt(text, i) ??
        bySight(text, i, knownPlaces) ??
        visitorFromAbroadAt(text, i) ??
        (royals ? royalBeforeTitle(text, i) : undefined) ??
        foreign(text, i, knownPlaces))
      : ((titled && isHanAt(text, i) ? afterTitle(text, i, knownPlaces, dotted) : undefined) ??
        (delegates && (text[i + 3] === '代' || text[i + 3] === '委')
          ? beforeDelegate(text, i)
          : undefined) ??
        (delegates ? tibetanDelegate(text, i) : undefined) ?? // 扎西某某常委表示
        // 同卡瓦诺总统, 同赛义德总统: sounds or a dictionary name before 总统/首相 (leader-titles.ts).
        // 来访的通伦主席: a guest's name that reads as Chinese (leader-titles.ts visitorBeforeTitle).
        (leaders && (isSoundCharAt(text, i) || headTitleAhead(text, i) || afterVisiting(text, i))
          ? (nameBeforeTitle(text, i) ?? afterVerbEnd(text, i))
          : undefined) ??
        hyphenNameBeforeTitle(text, i) ??
        headOfGovernmentAt(text, i) ?? // 反对某田某某政府: no surname opens a Japanese family name
        (royals ? royalBeforeTitle(text, i) : undefined) ??
        congratulatedAt(text, i) ??
        // 主席同敏某某代总统: a counterpart whose sounds the tables lack (counterparts.ts).
        (leaders ? counterpart(text, i) : undefined) ??
        attendeeAt(text, i) ??
        visitorFromAbroadAt(text, i) ??
        foreign(text, i, knownPlaces));
    if (hit && completesAutonomousArea(text, hit.start)) continue;
    if (hit) titleAfterPrevious(text, hit, found.at(-1), knownPlaces);
    if (hit) {
      if (runsIntoNextName(text, hit, found.at(-1)))
        hit.end = hit.start + (hit.name = hit.name.slice(0, 2)).length;
      found.push(hit);
      namedTitleEnd = titleEndAfterName(text, hit) ?? namedTitleEnd;
      i = hit.end - 1;
    }
  }
  withDotNames(text, found);
  const listed = listNeighbours(text, found).map(({ name, start, end }) =>
    seenPerson(name, start, end),
  );
  const captions = fromCaptionLines(text);
  // A name of a roll found by a rule keeps the roll call's reading, which no later filter of words
  // undoes (程明星: 明星, a star): the roll is the evidence (roll-call.ts).
  const vouched = new Map<number, string>();
  const called = [
    ...rollCalls(text, [...found, ...listed], vouched),
    ...revokedMembers(text, [...found, ...listed]),
  ];
  for (const p of [...found, ...listed])
    if (vouched.get(p.start) === p.name && p.posts.length === 0) p.via = 'roll-call';
  const authors = /(理论|主义|思想)/.test(text) ? doctrineAuthors(text) : [];
  const taken = [...found, ...listed, ...captions, ...called];
  const lists = /[、／]/.test(text)
    ? nameLists(text, knownPlaces).filter((l) => !taken.some((f) => f.start === l.start))
    : [];
  const byRole = namesByRole(text, [...taken, ...lists.map(withEnd)], knownPlaces)
    .concat(lists, authors, latinNames(text), turns(text, taken, knownPlaces))
    .concat(commemoratedPeople(text)) // 纪念某某诞辰100周年, 某某的专著《…》
    .concat(text.includes('之') ? kinNames(text) : []) // 某某之子某某
    .concat(text.includes('等') ? listedArtists(text, knownPlaces) : []) // 甲、乙等画家
    .map(({ name, start }) => seenPerson(name, start));
  const counted = text.includes('等') ? countedOfficials(text, knownPlaces) : []; // 甲、乙等五位副首相
  // 副主席甲、乙、宋建国、和某某: the walk of listNeighbours stops at an item whose given name is a
  // word (建国); the role lists find it, and the walk goes on from it to the items after it.
  const onward = byRole.length ? laterListItems(text, taken, byRole) : [];
  // 同通某总书记: a counterpart the segmenter glues to 同 reads as words there (counterparts.ts).
  const met = found.filter((p) => counterpart(text, p.start)?.name === p.name);
  return withoutSharedNationalTitles([
    ...withoutPlacesAndHalves(
      text,
      withoutFalseNames(
        text,
        withWholeRuns(text, [
          ...found,
          ...listed,
          ...byRole,
          ...onward,
          ...captions,
          ...called,
          ...counted,
          ...doublesPartners(text, [...taken, ...byRole], knownPlaces),
        ]).filter(
          (p) =>
            !met.includes(p) &&
            !overCounted(counted, p) &&
            !gluedSurname(text, p) &&
            (p.via !== 'sight' || !isMeasureWord(text, p.start)) &&
            !countryRunsInto(text, p.start, p.end) &&
            !penName(text, p) && // 日报发表任某平文章: a paper's pen name
            !insideCoreFormula(text, p), // 以某某同志为核心的党中央: the Party centre's set name
        ),
      ),
    ),
    ...met,
  ]);
}

/**
 * 习近平向普京总统致以祝福: a surname that is also a preposition (向, 对, 同, 与, 给, 和, 跟) before
 * a name and a leader's or head's title is the preposition; the name after it is the title's.
 */
const afterPreposition = (text: string, i: number) =>
  /[向对同与给和跟]/.test(text[i]!) && (isHanAt(text, i - 1) || greetingAhead(text, i))
    ? (nameBeforeTitle(text, i + 1) ?? counterpart(text, i + 1))
    : afterVerbEnd(text, i);

/** ，向某某总统和某国人民致以祝贺: after a pause too, 向/对 opens the frame of a greeting, whose verb
 * (致以, 转达, 表示祝贺) closes the clause (issue 11, people60). */
const GREETING = /^[^。！？；]{2,30}?(?:致以|转达|致意|致敬|表示(?:祝贺|感谢|慰问|哀悼|欢迎|问候))/;
const greetingAhead = (text: string, i: number) =>
  /[向对]/.test(text[i]!) && GREETING.test(text.slice(i + 1, i + 40));

/** Speakers of interview turns and names after 叫 (speaker-lines.ts) not found already. */
const turns = (text: string, taken: PersonFinding[], knownPlaces: KnownPlaces) =>
  /[：:叫]/.test(text)
    ? speakerLines(text, knownPlaces).filter((l) => !taken.some((f) => f.start === l.start))
    : [];

const withEnd = ({ name, start }: { name: string; start: number }) => ({
  start,
  end: start + name.length,
});

/**
 * 用好代表家站: 代表 after a verb or an adjective is the deputies as a group, and the two characters
 * after it name their places (家站), no person; a name there needs a surname sure in HanLP's counts
 * (人大代表, 职工代表: after a noun the title keeps any surname).
 */
function deputiesPlace(text: string, j: number, role: string, name: string): boolean {
  if (role !== '代表' || name.length !== 2 || isSureSurname(name[0]!)) return false;
  if (residentDeputy(text, j)) return false; // 驻华代表: a mission's, a title
  const before = tag(text.slice(Math.max(0, j - 6), j));
  const word = before.at(-1)?.word === '代表' ? before.at(-2) : undefined;
  return !!word && !/^n/.test(word.tag);
}

/** 技术经理, 项目经理: a business function before a role names the job, no body holding it. */
const JOB_FUNCTION = /^(技术|项目|销售|市场|财务|生产|质量|研发|运营|客服|产品|采购)$/;

function afterTitle(
  text: string,
  i: number,
  knownPlaces: KnownPlaces,
  dotted?: ReadonlyMap<number, string>,
): PersonFinding | undefined {
  // 基金会主席兼某某公司董事长: 兼 after a title joins the office held with it, no name.
  if (text[i] === '兼') return undefined;
  let j = i;
  const apart = BETWEEN_TITLE_AND_NAME.test(text[j - 1] ?? '');
  if (apart || (text[j - 1] === '的' && surnameAt(text, i))) j--;
  const role = roleEndingAt(text, j);
  // A credit's role word (记者, 编辑) opens a credit, not a title; an office ending in one
  // (宁波网总编辑某某) is a title.
  if (!role || BYLINE_ROLES.includes(role)) return undefined;
  if (j < i && ownedAfterAddressTitle(text, j, role)) return undefined;
  // After an occupation (旅客动线, 航天员乘组 are things), a surname or a run of sounds opens the
  // name (occupation-names.ts), or an artist's name jieba holds as a person's (画家某某、); post
  // titles keep the rarer-surname reading (政委某某).
  const artist = artistWithoutSurname(text, i, role);
  const opened = occupations.has(role)
    ? (nameAfterOccupation(text, i) ?? (artist && !occupationAt(text, i) ? 'artist' : undefined))
    : undefined;
  if (occupations.has(role) && !opened) return undefined;
  // 战国时期思想家某某: a dynasty before the occupation names a figure of history.
  if (occupations.has(role) && eraBeforeTitle(text, j - role.length)) return undefined;
  if (titleRunsOn(text, i) || joinsTitles(text, i)) return undefined;
  // 专家和孙某某, 主席同总统先生, 代表和无党派人士: after a title these are the conjunction.
  // 代表着新的…, 主持了: an aspect particle after the title makes it the verb, not a title.
  if (/[和与及同着了]/.test(text[i]!)) return undefined;
  const figure = figureAfterArtsTitle(text, i, role, isSound, endsClearly); // 诗人屈原。
  const read =
    figure ??
    regnalNameAfterTitle(text, i) ??
    turkicNameAt(text, i) ?? // 牧民|阿某某古丽: before the surname reader cuts it (阿某古)
    japaneseOverSurname(text, i) ??
    longRunAfterCountryTitle(text, i, isSound, endsClearly) ?? // 某国总统武罗巴拉武热烈祝贺
    preferTransliterated(text, i, wordOverLonger(text, i, bestName(text, i, 0), knownPlaces)) ??
    dotted?.get(i) ??
    wordNameAfterTitle(text, i, knownPlaces) ??
    japaneseNameBeforeClause(text, i) ??
    // 首相克里斯特松批评: a run with a sound of Xinhua's wider tables (松), read as a foreign
    // name (transliterations.ts) and no less the title's than one of the strict tables.
    foreignNameAt(text, i, knownPlaces) ??
    unknownPairAfterTitle(text, i) ??
    nameBeforePause(text, i) ??
    rollSlotName(text, i) ??
    yearNameAfterTitle(text, i) ??
    conjunctionGivenAfterTitle(text, i); // 村民王和平说, 书记李省三表示
  const whole = wholeBeforePredicate(text, i, segmenterReading(text, i, role, knownPlaces, read));
  // 副县长王明任组长, 区长某某率代表团: 任 and 率 open the predicate.
  // 村民某某住在…: a verb of posture glued to the name's end (posture-verb-ends.ts).
  const name = withoutPostureVerb(
    text,
    i,
    withoutLeadVerb(text, i, withoutServeAs(text, i, whole)),
  );
  if (
    !name ||
    deputiesPlace(text, j, role, name) ||
    opensWithVerb(text, i, name) ||
    wordsAcrossName(text, i, name) ||
    ownedNounAfterTitle(text, j, i, name) ||
    placeTrip(name, knownPlaces) ||
    roleCrossesWord(text, j) ||
    roleRunsIntoNoun(text, j) ||
    // 周书记到某某镇调研: a verb of going and a town, village or county, not a name.
    /^[到赴去]\p{Script=Han}{1,3}(镇|乡|村|县|街道)$/u.test(name) ||
    // 作为联盟轮值主席的某堰镇 (blocal-l): what a title described with 的 may be a town.
    (text[i - 1] === '的' && /^\p{Script=Han}{2}[镇乡县]$/u.test(name))
  )
    return undefined;
  if (opened === 'artist' && name !== figure && !artistName(name)) return undefined;
  if (opened === 'surname' && predicateAfterOccupation(text, i, name)) return undefined;
  // 大师的马屁: after 的 an occupation is a noun of its own; a Chinese name there needs a post
  // title (演员的某某 spelt all in sounds stays).
  if (j < i && text[j] === '的' && occupations.has(role) && !allSounds(name)) return undefined;
  // 某党主席、…候选人默茨: the chain of a sounds name after an occupation is that of its own clause
  // (not …总司令某某为新任…总参谋长，任命…指挥官帕克普尔).
  const chain = titleChain(text, j, opened === 'sounds');
  if (!chain) return undefined;
  // A bare role (政委李明) still places a name, with no post to record; 副总理某某 a foreign one's.
  const bare = bareForeignTitle(chain.elements, text, j, name);
  const posts =
    chargedOffice(text, j) ??
    (bare.length > 0 ? bare : parsePostChain(chain.elements, knownPlaces));
  const owned = posts.filter((p) => !JOB_FUNCTION.test(p.organization));
  return {
    name,
    start: i,
    end: i + name.length,
    posts: owned,
    titleSpan: [chain.start, j],
    via: 'post',
  };
}

/**
 * 党首齐藤铁夫共同…: four characters the segmenter reads as one unknown word, a Japanese name's
 * shape ending clearly, are the name; the surname reader's three (齐|藤铁) would cut that word.
 */
function japaneseOverSurname(text: string, i: number): string | undefined {
  const name = japaneseNameBeforeClause(text, i);
  // 某田健次郎: five characters ending in 郎 (japanese-names.ts) over the surname reading 某田.
  if (name?.length === 5 && name.endsWith('郎')) return name;
  if (!name || tag(name).length !== 1) return undefined;
  const short = bestName(text, i, 0);
  // 村民某某某家的小院: a Chinese name of three and 家 (their home) is no Japanese name of four.
  if (name.endsWith('家') && short === name.slice(0, 3)) return undefined;
  return short?.length === 3 && !endsClearly(text, i + 3) ? name : undefined;
}

/** Whether a string is a known place (findPeople's second argument). */

/** A transliterated name where the text says it is a person's (foreign-names.ts). */
function foreign(text: string, i: number, knownPlaces: KnownPlaces): PersonFinding | undefined {
  const name = foreignNameAt(text, i, knownPlaces);
  return name ? seenPerson(name, i) : undefined;
}
