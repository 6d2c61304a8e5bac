/**
 * The clauses a title chain may carry before the title proper (posts.ts parsePostChain cuts
 * them): a date, a meeting, a verb acting on the official, a count, emphasis. Patterns only.
 */
import { levelClass, GOVERNMENT_LEVELS } from '../text/level-words.ts';
import { without } from '../text/function-words.ts';

/**
 * A date never stands inside a title: "某某20日在北京同某国议会主席" keeps only what follows the
 * last 同/与/会见 after the date.
 */
export const DATED_CLAUSE = /^.*[0-9０-９]+日.*(?:同|与|会见|会晤|致信|致电|向|对)/;
/**
 * A clause before the title proper: a title, a name's 同志, a report verb or a time before
 * 向/对/与/和/欢迎… (国家主席某某就地震向某国总统, 栏目将播出对某国总统, 某某主席与某国总统).
 * Organisations with 与/和 in their names (交流与合作中心) have none of these before it, and a
 * role word running on into a body (主席团会议听取了宪法和法律委员会…) is no title there.
 */
export const CLAUSE_BEFORE = new RegExp(
  '^.*(?:(?:主席|总统|总理|首相|书记|部长|外长|议长|领袖|领导人|国王|发言人|秘书长|委员长)(?![团会处组])|同志|播出|表态|应约|强调|指出|批评|当天|今天|昨天|目前|期间|发布)' +
    // No conjunction: 共和国 (北马其顿共和国总统), 和 of fields after 、 (经济、教育和研究部部长),
    // 和/及 of fields in the title after 兼 (某国副总理兼能源及水务部部长), 与 of the last field of a
    // list after 兼 (某国国务部长兼农业、农村发展与粮食生产部长: people62-a).
    '.*(?:向|对|同|(?<!兼[\\u4e00-\\u9fa5]{2,4}、[\\u4e00-\\u9fa5]{1,6})与|(?<!共|[、兼][\\u4e00-\\u9fa5]{1,6})和|(?<!兼[\\u4e00-\\u9fa5]{1,6})及|为|给|通过|欢迎|会见|会晤|召见|致信|致电|看望|接见|祝贺|陪同|应(?!急|用)|代表(?=\\p{Script=Han})|委派|首先代表)',
  'u',
);
/**
 * Clauses local papers glue before a leader's title or a body with nothing between
 * (会议传达学习省委书记某某同志讲话精神, 迅速把思想和行动统一到省委书记某某…精神上来, 签约企业代表
 * 某公司总经理某某; blocal-f): one table for the three readers that cut them, each row with the
 * places it is cut before:
 * - 'title': before a title's words (LEADING_WORDS below, which posts.ts cuts up to its last match);
 * - 'chain': inside one element of a title chain (title-chain.ts), before the title it holds;
 * - 'level body': before a level's bare body (省委, 市政府), and 'firm': before a firm's name
 *   (resolve/organizations.ts, an organisation's name), where the body's end is the name's end,
 *   so nothing of a body's own name can follow the cut.
 * The single study verbs are cut before a level's body only: before a title they would cut an
 * office named for its work (贯彻落实…领导小组组长, 学习…办公室主任), so there only whole clauses go.
 */
type GluedBefore = 'title' | 'chain' | 'level body' | 'firm';
interface GluedClause {
  /**
   * The clause's words, a pattern of an alternation: \p{…} only in rows not cut before a title
   * (LEADING_WORDS has no u flag).
   */
  words: string;
  before: readonly GluedBefore[];
}

/** Verbs of passing on, studying or following a leader's words, and the disposal 把…到. */
const STUDY_CLAUSES: readonly GluedClause[] = [
  // 会议传达学习省委书记某某同志讲话精神: the meeting passes on and studies the leader's words.
  { words: '传达学习', before: ['title'] },
  // 传达省委, 学习市委, 领会/贯彻/落实县委 (…精神): one verb of the same kind before the body.
  { words: '传达', before: ['level body'] },
  { words: '学习', before: ['level body'] },
  { words: '领会', before: ['level body'] },
  { words: '贯彻', before: ['level body'] },
  { words: '落实', before: ['level body'] },
  // 把思想统一到省委书记某某…精神上来, 统一到市委: bringing thought in line with the leader's words.
  { words: '统一到', before: ['title', 'level body'] },
  // 迅速把思想和行动统一到省委书记某某…: 把 and the thing moved, up to the 到 or 至 it is moved to,
  // cut from a title chain's element (other verbs than 统一到 move things to a leader's words too).
  { words: String.raw`把\p{Script=Han}{1,12}?[到至]`, before: ['chain'] },
  // lstrat62: 按照省委常委、市委书记某某提出的要求, 依照县委…: the work follows a leader's or a body's
  // requirements; the preposition opens the clause, not the title or the body.
  { words: '按照|依照|遵照', before: ['title', 'level body'] },
  // 某卫队今天证实其海军司令某某: a report's verb and 其 (its), the body the clause has named
  // (blind cctv36a).
  { words: '(?:证实|宣布|确认|承认|透露|否认|公布)其', before: ['chain'] },
];

/**
 * Those who speak for a side at a signing or a meeting (签约企业代表某公司总经理某某, 客商代表某集团):
 * the body after them is the one they speak for. Before a title only 企业代表 (blocal-f), and only
 * before four characters or more; before a firm's name, whose suffix bounds the cut, every side.
 */
const SPEAKER_CLAUSES: readonly GluedClause[] = [
  { words: '企业', before: ['title', 'firm'] },
  ...['客商', '签约', '项目方?', '投资方', '嘉宾', '行业', '职工', '员工', '专家', '群众'].map(
    (words): GluedClause => ({ words, before: ['firm'] }),
  ),
];

function alternation(rows: readonly GluedClause[], before: GluedBefore): string {
  return rows
    .filter((row) => row.before.includes(before))
    .map((row) => row.words)
    .join('|');
}

/** An alternation as one atom: grouped only when it has several branches. */
function atom(alternatives: string): string {
  return alternatives.includes('|') ? `(?:${alternatives})` : alternatives;
}

/** The glued clauses as alternations, one variant per place they are cut before. */
export const GLUED_BEFORE = {
  title: `${alternation(STUDY_CLAUSES, 'title')}|${atom(alternation(SPEAKER_CLAUSES, 'title'))}代表(?=[\\u4e00-\\u9fa5]{4})`,
  chain: alternation(STUDY_CLAUSES, 'chain'),
  levelBody: alternation(STUDY_CLAUSES, 'level body'),
  firm: `${atom(alternation(SPEAKER_CLAUSES, 'firm'))}代表`,
};

/**
 * A dash, a count, a demonstrative or a verb acting on the official before a title: ——某国总统,
 * 25位政协委员, 这些欧盟成员, 《某》杂志发表中共中央总书记…的文章, 要求政府驱逐某国大使, 某某首先来到
 * 某院院士…家中 (a visit); a
 * bloc's 轮值主席国 or a summit's 东道国 before the country whose official it is (东盟轮值主席国某国总统);
 * a span of time the deeds after the name took (过去一年全国人大代表某某走访…: things39); a pronoun
 * meeting the official (他与某国外交大臣某某通话: pairs42); an interview's 访 in a headline
 * (——访某省某市委书记某某: lthings44-a); 反对 (oppose) as 抗议 is, not 反对党/反对派 (the opposition):
 * 多地爆发反对某总理某某的抗议. Local papers' study verbs and a signing's speakers before the
 * title: the glued clauses of the table above (GLUED_BEFORE.title).
 */
export const LEADING_WORDS = new RegExp(
  String.raw`^(?:.*——(?:专访|访)?|.*(?:发表|刊发|刊登|播发|驱逐|召见|召回|抗议|反对(?![党派])|谴责|介绍|来到|走进|前往|看望|慰问|逮捕|拘留|释放|起诉|刺杀|暗杀|击毙|打死|炸死|杀害|绑架|扣押|引渡|听取了|审议了|担任|出任|会由|议由|式由|以及|交给|委托|复信|` +
    `${GLUED_BEFORE.title}|` +
    String.raw`也就是|认识|递补|增补|将与|并与|表示与|参加了|主席国|东道国|包括|批准了|通过了|任命了|解除|免去|罢免了?)|(?:他|她|他们|她们)(?:还|也|将|已)?(?:与|同|和|跟)|[0-9一二三四五六七八九十百千万两几多]+(?:位|名|个|项|批|家)|这些|这也是|这是|这位|目前|此前|当天|今天|欢迎|会见|召见|看望|接见|祝贺|邀请|近期|近日|日前|(?:过去|近|最近)[0-9一二三四五六七八九十两几半多]*(?:年|个月|周|天)(?:里|来|中|间|以来)?|.*(?:专访|采访))`,
);
/**
 * Markdown emphasis, 而 (while), a list number, 应 (at the invitation of), 受 (受代市长某某委托: on
 * whose behalf; not 受理) or 在 (在某国外长某某讲话现场) before a title: **某国总统, （2）巴基斯坦内政部长,
 * 应国家主席; 有/还有 opening who attended (出席会议的还有副县长某某, 的有副市长某某: blocal-j's pages
 * lost the post). Local news writes its own area as
 * 我市/我县 (我市市委书记 is the 市委书记) and a head's government bare before him (政府县长).
 * lstrat63: a column's name in 【】 before a headline's title (【书记访谈】某县委书记甲：…).
 */
const OWN_LEVEL = levelClass(without(GOVERNMENT_LEVELS, '盟'));
export const LEADING_NOISE = new RegExp(
  String.raw`^(?:\*+|[^】\n]*】(?=\p{Script=Han})|而(?=\p{Script=Han})|我(${OWN_LEVEL})(?=\1|(?:常务)?副\1)|我(?=${OWN_LEVEL}\p{Script=Han})|政府(?=(?:常务|代理?)?副?${OWN_LEVEL}长$)|[（(][0-9一二三四五六七八九十]+[）)]|[0-9]+[.．、]|应(?!急|用)|受(?!理)(?=\p{Script=Han}{2,})|在(?=\p{Script=Han}{2,}(?:总统|总理|首相|外长|部长)$)|还有(?=\p{Script=Han}{2,})|有(?=(?:常务|代理?)?副?${OWN_LEVEL}(?:长|委)))`,
  'u',
);
/** A person meeting the official before the title: 某某同某国总统, 某某会见某国总理. */
// 某某一行与…常委、统战部长某某 (blocal-h): the visitor's party (一行) meets the one titled after.
export const MEETING =
  /^(\p{Script=Han}{2,3})(?:一行)?(?:同|与|会见|会晤|致电|致信)(?=\p{Script=Han})/u;
/**
 * A time adverb of the sentence glued before a title (最后市委书记某某同志宣布…, 随后县长某某来到…):
 * it orders the deeds, it is no word of the office. Only before two characters or more, so that a
 * title never loses its own first character.
 */
export const TIME_ADVERB =
  /^(?:最后|随后|随即|然后|接着|其后|首先|最终|紧接着)(?=\p{Script=Han}{2,})/u;
