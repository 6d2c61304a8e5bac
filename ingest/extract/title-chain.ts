/**
 * The chain of post titles printed before a name (…主席、…候选人某某; 市委常委、宣传部部长某某):
 * split from people.ts, which reads the name after it.
 */
import { NOUN_CONJUNCTION, NOUN_CONJUNCTIONS } from '../text/function-words.ts';
import { countryAtStart, gazetteer } from '../gazetteer/index.ts';
import { GLUED_BEFORE } from './post-clauses.ts';
import { roleSuffix } from './posts.ts';
import { fieldOfSharedHead, phraseNotName } from './shared-heads.ts';
import { afterHolderClause } from './title-clause-verbs.ts';
import { runStart } from '../text/sentences.ts';

const APPOINTING = ['撤换', '任命', '免去', '罢免', '解除', '提名'];
const HARD_BOUNDARY = /[。！？；：:“”「」『』《》\n!?;]/;
/**
 * Words that open a clause before a title (是 of 来到演播室的是…); 包括将美国总统, 将与: one after
 * another; 但某国总理某某: a conjunction opens the clause, the title follows it; 给某大学教授某某记功.
 * 经 (by way of) is no opener of 经合组织, 经济部, 经贸委, 经开区 (local46). 对于, 由于: whole (not 于调机…). 对华, 对外,
 * 对台 are words of the title (对华合作牵头人). 对此, 为此, 据此 (in answer to this): whole. 以及
 * (…领导人或代表，以及联合国秘书长某某): whole, so the chain stops at the list item it opens. 其
 * (任命其经济顾问某某): a pronoun, whose office the clause has said, not a body of the title.
 */
const CLAUSE_OPENERS =
  /^(?:图为|作为|由于|由|对此|为此|就此|据此|与此同时|对于|对(?![华外台])|据|邀请到?|与|和|同|向|以及|及|经(?![济合贸营开])|据悉|其中|其(?=[\u4e00-\u9fa5]{3})|包括|会上|此外|同时|另外|记者|是|将(?!军)|把|被|让|给予|给(?!予)|但是?|而且?|并且?)*/;
const MAX_CHAIN_ELEMENT = 40;
/**
 * 迅速把思想和行动统一到省委书记某某…精神上来 (blocal-f): a clause glued before the title (the
 * 'chain' variant of post-clauses.ts GLUED_BEFORE), never a word of an office.
 */
const GLUED_CLAUSE = new RegExp(`^.*(?:${GLUED_BEFORE.chain})(?=\\p{Script=Han}{2})`, 'u');
/** A zone word after one character: no zone is named by one character (塘开发区). */
const ONE_CHARACTER_ZONE =
  /^\p{Script=Han}(?:经济技术开发区|经济开发区|开发区|经开区|高新区|工业园区?|产业园区?|园区|新区|工业区|街道)/u;
/**
 * The clause openers cut from a chain element, except the last one's character when what follows
 * it would be a zone named by one character: 向塘开发区党工委书记 (blocal-f) is the zone of the
 * town 向塘, whose 向 is no preposition there.
 */
function openerUnlessZoneName(openers: string, at: number, element: string): string {
  const rest = element.slice(at + openers.length);
  return openers && ONE_CHARACTER_ZONE.test(rest) ? openers.slice(-1) : '';
}
/**
 * A body named by fields joined by 和 or 与 (教育和研究部部长, 食品与海洋事务部长); after 兼 also two
 * fields with no conjunction (联邦委员兼经济、教研部长: the ministry's second field and its head).
 */
const FIELDS_BODY = new RegExp(
  String.raw`^[\u4e00-\u9fa5]{1,6}[${NOUN_CONJUNCTIONS}][\u4e00-\u9fa5]{1,8}(?:部|委员会)`,
);
const FIELD_AFTER_CONCURRENT = /^[\u4e00-\u9fa5]{2,4}(?:部部长|部长|大臣)$/;
/**
 * The first field before such a body's 、: two to four characters after 兼 or the clause's start
 * (…兼经济, 农业), or after a country (爱尔兰农业、食品与海洋事务部长).
 */
const FIELD_TAIL = /(?:^|兼)[\u4e00-\u9fa5]{2,4}$/;
const firstField = (piece: string): boolean => {
  if (FIELD_TAIL.test(piece)) return true;
  const country = countryAtStart(piece);
  return !!country && /^[\u4e00-\u9fa5]{2,4}$/.test(piece.slice(country.length));
};
/**
 * 法国经济、财政及工业、数字主权部长某某: the last portfolio of a foreign minister's list, printed
 * with its fields before 、 (one joined by 及/和/与, or the list opened by a country), is no
 * ministry of its own (数字主权部长 alone would name none; orgpost20).
 */
function portfolioListEnd(pieces: string[], k: number, elements: string[]): boolean {
  if (elements.length !== 1 || pieces[k + 1] !== '、') return false;
  if (!/^\p{Script=Han}{2,6}部长$/u.test(elements[0]!) || countryAtStart(elements[0]!))
    return false;
  const field = pieces[k]!;
  if (field.length > 8 || roleSuffix(field)) return false;
  return NOUN_CONJUNCTION.test(field) || pieces.slice(0, k).some((p) => !!countryAtStart(p.trim()));
}

/** Words of tenure before a title in a chain: 新当选的, 刚刚当选的, 新任的, 连任的. */
const TENURE_LEAD = /^(?:新|刚刚?|再次|首次)?(?:当选|任|连任|就任|上任)的$/;

/** 某某首先代表某国王致辞: an adverb before 代表 makes it the verb "on behalf of", no title. */
const ADVERB_REPRESENTS = /(?:首先|再次|分别|共同|亲自|谨|特地|专门)代表$/;
/** 中华全国某会第四届、五届会长: a list of terms is inside the title, not between two titles. */
const TERM_BEFORE = /第?[一二三四五六七八九十]+届$/;
const TERM_AFTER = /^[一二三四五六七八九十]+届/;

/**
 * 推进“一带一路”建设工作领导小组组长: a short quoted name glued inside a body's name (Han on both
 * sides of the quotes) is part of the title, not a quotation ending the clause before it. Returns
 * where the text before the opening quote starts being read again, or undefined.
 */
function quotedInsideTitle(text: string, start: number): number | undefined {
  if (text[start - 1] !== '”' || !/\p{Script=Han}/u.test(text[start] ?? '')) return undefined;
  const open = text.lastIndexOf('“', start - 2);
  if (open < 1 || start - 1 - open > 10 || /[“”，。、；：]/.test(text.slice(open + 1, start - 1)))
    return undefined;
  return /\p{Script=Han}/u.test(text[open - 1]!) ? open : undefined;
}

/** The post titles printed before a name: elements split at 、 and ， , right to left. */
export function titleChain(
  text: string,
  end: number,
  oneClause = false,
): { elements: string[]; start: number } | undefined {
  let start = end;
  for (;;) {
    start = runStart(text, start, HARD_BOUNDARY);
    const quoted = quotedInsideTitle(text, start);
    if (quoted === undefined) break;
    start = quoted;
  }
  const clause = text.slice(start, end);
  const pieces = clause.split(/([、，,])/);
  const elements: string[] = [];
  let offset = clause.length;
  for (let k = pieces.length - 1; k >= 0; k -= 2) {
    const raw = pieces[k]!;
    const joined =
      actorCountry(raw) +
      withinLength(
        raw
          .slice(
            Math.max(raw.lastIndexOf(' '), lastOf(raw), lastMeeting(raw), lastDayOrTopic(raw)) + 1,
          )
          .replace(GLUED_CLAUSE, '')
          .replace(CLAUSE_OPENERS, openerUnlessZoneName),
      );
    // 出席的有某国首相某某: 有 of a list of those present opens it, before a country's title.
    const listed = /^有/.test(joined) && countryAtStart(joined.slice(1)) ? joined.slice(1) : joined;
    const cut = afterHolderClause(afterOtherHolder(listed));
    const element = sharedTitle(cut, pieces[k + 1], elements[0]);
    if (!element || element.length > MAX_CHAIN_ELEMENT || !roleSuffix(element)) {
      // 防辐射、防化学武器、防生物武器部队司令: a field of the body's name, listed before its head.
      if (elements.length === 1 && pieces[k + 1] === '、' && fieldOfSharedHead(cut, elements[0]!)) {
        elements[0] = `${cut}、${elements[0]}`;
        offset -= raw.length + (k > 0 ? 1 : 0);
        if (cut.length !== raw.length) break;
        continue;
      }
      if (portfolioListEnd(pieces, k, elements)) return undefined;
      break;
    }
    if (ADVERB_REPRESENTS.test(element)) break;
    // 镇长甲慰问了退休干部，镇人大主席乙: an earlier piece with an aspect particle (了) is a clause,
    // no title of the chain (乙 was given 了退休干部 and the titles before it). The piece right
    // before the name keeps its reading (召集了以国防部长某某: the clause is cut later).
    if (k < pieces.length - 1 && element.includes('了')) break;
    // 某国联邦主席兼经济、教育和研究部部长: the 、 before fields joined by 和 in a ministry's name
    // is inside the name; the piece before it (…兼经济) is its first field, no title of its own.
    const before = pieces[k - 2] ?? '';
    const field =
      (FIELDS_BODY.test(element) && firstField(before)) ||
      (FIELD_AFTER_CONCURRENT.test(element) && /兼[\u4e00-\u9fa5]{2,4}$/.test(before));
    const terms = TERM_AFTER.test(raw) && TERM_BEFORE.test(before);
    // …第六届、七届中央委员会主席和第七届…名誉主席: two offices joined inside the list; read no further.
    if (terms && pieces[k - 1] === '、' && NOUN_CONJUNCTION.test(raw)) break;
    if (pieces[k - 1] === '、' && (terms || (field && !roleSuffix(before)))) {
      pieces[k - 2] = `${before}、${raw}`;
      continue;
    }
    elements.unshift(element);
    offset -= raw.length + (k > 0 ? 1 : 0);
    // 全国政协副主席、新当选的某会会长某某: a word of tenure and its 的 say the office is new; the
    // chain goes on past them to the titles before (names54-a).
    const lead = raw.slice(0, raw.length - cut.length);
    if ((lead && !TENURE_LEAD.test(lead)) || (oneClause && pieces[k - 1] !== '、')) break;
  }
  if (elements.length === 0) return undefined;
  return { elements, start: start + Math.max(0, offset) };
}

/**
 * 副总理、中俄投资合作委员会、能源合作委员会中方主席某某: a body printed alone before 、 and a title
 * of another body of its kind shares that title (中俄投资合作委员会中方主席), and the chain reads on
 * past it to the titles before (orgpost20).
 */
const SHARING_BODY = /(?:委员会|理事会|联合会|协会|学会|领导小组)$/;
function sharedTitle(element: string, pause: string | undefined, next: string | undefined): string {
  if (pause !== '、' || !next || roleSuffix(element)) return element;
  const body = SHARING_BODY.exec(element)?.[0];
  if (!body) return element;
  const at = next.lastIndexOf(body);
  const tail = at > 0 ? next.slice(at + body.length) : '';
  return tail && tail.length <= 6 && roleSuffix(tail) ? element + tail : element;
}

/**
 * 某某总书记会见某国某党主席某某 (a headline, no comma): a verb of meeting or writing ends the
 * clause of the visitor; the title of the name after it starts after the verb. A photo caption
 * of a visit hears a host the same way (市委书记某某听取某网总编辑某某介绍).
 */
const MEETING = [
  '会见',
  '会晤',
  '接见',
  '看望',
  '致电',
  '致信',
  '致函',
  '宣读',
  '会谈',
  '听取',
].concat(
  // 政府将撤换国防部长某某: a verb of removing or appointing has the title of the one it names.
  APPOINTING,
);

/** 乌政府将撤换国防部长: the country whose government appoints is the title's (乌 + 国防部长). */
function actorCountry(raw: string): string {
  if (!APPOINTING.some((v) => raw.includes(v))) return '';
  const actor = /^(\p{Script=Han}{1,6}?)(政府|当局|总统|议会)/u.exec(raw)?.[1] ?? '';
  return gazetteer().countries.has(actor) || gazetteer().countryShort.has(actor) ? actor : '';
}
/** Where the last verb of meeting in `raw` ends (its last character), or -1. */
function lastMeeting(raw: string): number {
  let end = -1;
  for (const verb of MEETING) {
    const at = raw.lastIndexOf(verb);
    // 听取了某某: the aspect particle goes with the verb.
    if (at >= 0) end = Math.max(end, at + verb.length - (raw[at + verb.length] === '了' ? 0 : 1));
  }
  return end;
}

/**
 * 检察官某某13日发布关于美国总统某某之子…: a day of the month (13日) is the predicate's, and 关于
 * opens what a report is about; no title runs back over either (nor over the name before them).
 * After the day, the first 与/同/向/对 before a title naming its own country, or closing a place
 * (20日在北京同某国议会主席), is the predicate's too (某某24日前往以色列与以军总参谋长某某会晤). Where
 * the last of them ends (its last character), or -1.
 */
function lastDayOrTopic(raw: string): number {
  const day = [...raw.matchAll(/[0-9０-９]{1,2}日/g)].at(-1);
  const topic = raw.lastIndexOf('关于');
  const dayEnd = day ? day.index + day[0].length - 1 : -1;
  const end = Math.max(dayEnd, topic < 0 ? -1 : topic + 1);
  if (!day || end > dayEnd) return end;
  const inPlace = raw[dayEnd + 1] === '在';
  for (let k = dayEnd + 2; k < raw.length - 2; k++) {
    const tail = raw.slice(k + 1);
    // A place is short (在北京同): not 在北京会见欧盟贸易与投资…, a body's own 与.
    const place = inPlace && k - dayEnd <= 6;
    if (/[与同向对]/.test(raw[k]!) && roleSuffix(tail) && (place || ownCountry(tail))) return k;
  }
  return end;
}

/**
 * The last 的 that is not part of 党的 (党的二十大代表 is one title) nor closes what a deputy is
 * in charge of (某国总统办公室负责政治事务的副主任, 分管教学的副校长: the portfolio is the title's).
 */
function lastOf(raw: string): number {
  for (let k = raw.length - 1; k >= 0; k--)
    if (raw[k] === '的' && raw[k - 1] !== '党' && !PORTFOLIO.test(raw.slice(0, k))) return k;
  return -1;
}
const PORTFOLIO = /(?:负责|分管|主管)\p{Script=Han}{2,8}$/u;

/**
 * 认识某某股份有限公司董事长甲和某某中心卫生应急中心主任乙: two long titles joined by 和 run past
 * the longest element; the title of the name is what follows the last 和/与/及 that leaves a title
 * short enough (the element then no longer matches the piece, so the chain stops there).
 */
function withinLength(element: string): string {
  if (element.length <= MAX_CHAIN_ELEMENT) return element;
  for (let k = element.length - MAX_CHAIN_ELEMENT; k < element.length - 2; k++) {
    if (!NOUN_CONJUNCTION.test(element[k - 1] ?? '')) continue;
    const tail = element.slice(k);
    if (roleSuffix(tail)) return tail;
  }
  return element;
}

/**
 * 俄总统助理甲与美国务卿乙: a piece holding a title, another holder's name (up to eight characters:
 * transliterations run long) and a conjunction runs
 * back over that holder; the title of the name after it is what follows the conjunction. So does a
 * preposition (主席甲就某国开国总统乙逝世致唁电, 主席甲向某国总统乙致贺电). A body
 * named by fields joined by 和 (教育和研究部部长) has no title and name before its 和.
 */
function afterOtherHolder(element: string): string {
  for (let k = element.length - 3; k >= 3; k--) {
    if (!/[和与及同就向对]/.test(element[k]!)) continue;
    const [head, tail] = [element.slice(0, k), element.slice(k + 1)];
    // Only a title naming its own country (美国务卿, 某国开国总统): a bare one after 和 (国防部长)
    // still takes the line's country from the chain (bare-foreign-titles.ts bareForeignTitle).
    if (!roleSuffix(tail) || !(ownCountry(tail) || ownBody(tail))) continue;
    for (let n = 2; n <= 8 && n < head.length; n++)
      if (
        roleSuffix(head.slice(0, head.length - n)) &&
        !roleSuffix(head) &&
        /^[\u4e00-\u9fa5]+$/.test(head.slice(-n)) &&
        // The other holder's name holds no conjunction, preposition or 兼 (a second post).
        !/[兼与和及同向对就]/.test(head.slice(-n)) &&
        !phraseNotName(head.slice(-n))
      )
        return addressee(tail);
    // 受某共中央政治局和某共中央总书记某某委托: a body joined by 和 to a title of its own country's
    // is the other party of the clause, not this title's body (orgpost20).
    if (BODY_BEFORE_AND.test(head) && !roleSuffix(head) && element[k] === '和') return tail;
  }
  return element;
}
/** 世界贸易组织总干事: a title naming a body of its own (an international organisation, a bank…). */
const ownBody = (title: string) =>
  /(?:组织|银行|基金|联盟|署|理事会|委员会|联合会|公司|集团)$/.test(
    title.slice(0, title.length - (roleSuffix(title)?.length ?? 0)),
  );
const BODY_BEFORE_AND = /(?:政治局|书记处|中央|委员会|政府|议会|内阁)$/;

/**
 * 主席甲就某国发生事故向某共中央第一书记乙: after 就 the matter runs on to 向, 对 or 同 and the
 * title of its own country after it (not 与, 和: inside bodies' names).
 */
function addressee(tail: string): string {
  for (let k = tail.length - 3; k >= 2; k--) {
    const rest = tail.slice(k + 1);
    if (/[向对同]/.test(tail[k]!) && roleSuffix(rest) && ownCountry(rest)) return rest;
  }
  return tail;
}

const ownCountry = (title: string) =>
  !!countryAtStart(title) || !!gazetteer().countryShort.get(title[0]!) || PARTY_OF.test(title);
/** 古共中央第一书记, 越共中央总书记: a country's communist party (X共) names the country too. */
const PARTY_OF = /^\p{Script=Han}共中央/u;
