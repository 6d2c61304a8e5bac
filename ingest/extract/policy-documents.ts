/** Documents named by their title: which are not programs, which count as the policy they set. */

/** A law, a licence, a report, a speech, a notice or an opinion is a document, not a program. */
export const NOT_A_PROGRAM =
  /(许可证|证书|报告|决定|通知|讲话|报|法|条例|协议书|合同|学习纲要|读本|教材|意见)$|^关于.*措施$/;

/**
 * A policy document titled by what it is about (《关于…的(指导|实施)意见》, 《…关于…的通知》,
 * 《关于…的决定》, 《关于…的若干措施》) is the policy it sets (recall40: 《关于…的若干意见》 and a
 * guiding opinion printed without 的, 《关于加快推动…发展指导意见》, too; cctv24x lists it): six of eight independent annotations
 * (cctv20's first, cctv22m, cctv22u, cctv22x, cctv23y, cctv25f) list it as a named strategy, two
 * (cctv20's blind one, cctv25h) judge it junk. Not one that amends or studies another title
 * (《关于修改〈某某条例〉的决定》, 《关于修改和废止部分规章的决定》, 《关于认真组织学习〈某书〉的通知》,
 * 《关于学习贯彻某某思想的通知》)
 * nor one that holds an event (《关于举办纪念某某活动的决定》).
 */
const POLICY_DOCUMENT =
  /关于\p{Script=Han}[^《》〈〉]{3,}?(?:的(?:指导|实施|若干)?意见|的?(?:指导|实施)意见|的通知|的决定|的?(?:若干|具体)(?:政策)?措施)$/u;
const DOCUMENT_OF_TITLE_OR_EVENT =
  /[〈〉]|关于(?:修改|废止|修订)|举办|纪念|活动的|学习贯彻|组织学习|认真学习/;
/**
 * 《关于组织开展“某某”协同创新伙伴行动的通知》, 《关于实施某某计划的意见》: a document that launches
 * a program named inside it stands for that program, which the other rules read from the title.
 */
const LAUNCHES_NAMED =
  /关于(?:组织|全面|深入)?(?:开展|实施|启动|推行)\S{2,}(?:行动|工程|计划|普查|试点|长制)的(?:通知|决定|意见|实施意见)$/u;

/**
 * 某省人大常委会分别表决通过《关于促进某某协同发展的决定》: a decision a people's congress (or its
 * standing committee) votes is a local law that takes effect on a date, not a policy it carries out
 * (prog56: laws and regulations are junk to cctv29a's annotator). `before`: the clause before it.
 */
export const enactedDecision = (title: string, before: string): boolean =>
  /决定$/.test(title) && /人大(?:常委会)?[^，。；]{0,12}表决通过$/.test(before);

/** The document's kind (意见, 通知, 决定, 措施) when a title in 《》 names a policy document. */
export function policyDocumentKind(title: string): string | undefined {
  if (!POLICY_DOCUMENT.test(title) || DOCUMENT_OF_TITLE_OR_EVENT.test(title)) return undefined;
  if (LAUNCHES_NAMED.test(title)) return undefined;
  return /(意见|通知|决定|措施)$/.exec(title)?.[1];
}

/**
 * 会议审议通过了关于…的意见, 审议通过了某委员会关于…的意见: a policy document a meeting approves is
 * often printed without 《》; the verb says it is a title (an opinion in general, 关于这个问题的意见,
 * is never approved). A county meeting that only reviews, studies or discusses the draft (审议了,
 * 研究了, 讨论了关于…的实施意见: lstrat52) names the same title. Its issuer printed right before 关于 (全国政协, 政协全国委员会) belongs to the
 * title, as the annotations name it; a list the verb opens (…工作规则和…、某某关于…的意见) ends at 、.
 */
const APPROVED_TITLE =
  /(?:审议(?:并)?通过|审议|研究|讨论)(?:了)?(?:[^，。；：《》“”]{0,60}?[、和])?((?:\p{Script=Han}{2,8}(?:政协|委员会|国务院))?(关于\p{Script=Han}[^，。；：《》“”、]{3,40}?的(?:指导|实施)?意见))(?=[，。；、和]|$)/gu;

/**
 * recall40: a policy title printed in quotation marks (推出“关于促进某某行业恢复发展的若干措施”) is
 * a title as in 《》; such titles run longer than the quoted names programs.ts reads (20 characters).
 */
const QUOTED_TITLE = /[“"](关于\p{Script=Han}[^，。；：《》“”"\n]{3,60}?)[”"]/gu;
/**
 * recall40: 印发某某建设的指导意见（以下简称《意见》）: a document the story goes on to call by its
 * kind is declared a title there, printed without 《》 and often without 关于; from the verb of issuing
 * it to its kind is its name.
 */
const DECLARED_TITLE =
  /(?:发布|印发|出台|制定|公布|下发)了?((?:关于)?\p{Script=Han}[^，。；：《》“”、（(\s]{4,40}?(?:意见|通知|方案|措施|规划|指引|纲要|计划))[（(]以下简称[《“]/gu;

/**
 * 八部门印发“人工智能+消费”实施意见: a document issued under its quoted theme and its kind (实施
 * 意见, 指导意见) is its title printed without 《》 (cctv29a lists it as a strategy; prog56).
 */
const ISSUED_QUOTED = /(?:印发|出台|发布|制定|公布|下发)了?(“[^“”\n]{2,16}”(?:实施|指导)意见)/gu;

/** Titles of policy documents printed without 《》 (a meeting approves them, quoted, or declared). */
export function approvedTitles(text: string): { name: string; start: number }[] {
  const out: { name: string; start: number }[] = [];
  for (const m of text.matchAll(APPROVED_TITLE)) {
    if (!policyDocumentKind(m[2]!)) continue;
    out.push({ name: m[1]!, start: m.index + m[0].length - m[1]!.length });
  }
  for (const m of text.matchAll(QUOTED_TITLE))
    if (policyDocumentKind(m[1]!)) out.push({ name: m[1]!, start: m.index + 1 });
  for (const m of text.matchAll(DECLARED_TITLE))
    if (!DOCUMENT_OF_TITLE_OR_EVENT.test(m[1]!))
      out.push({ name: m[1]!, start: m.index + m[0].indexOf(m[1]!) });
  for (const m of text.matchAll(ISSUED_QUOTED))
    out.push({ name: m[1]!, start: m.index + m[0].indexOf(m[1]!) });
  return out;
}

/** 《…建设指引》, 《…合规指南》, 《…外交政策构想》, 《…预案》: a titled guide, concept or contingency
 * plan is a policy set (recall34: strategies in cctv23a, 24z, 25f, 25w; junk in none); so is a
 * field's 《…工作指南》 (prog57: cctv25r lists 《中小学科学教育工作指南》). A technical 指南
 * (《…工厂建设指南》, 《…消费指南》) is how to do a thing, left out, unless NORMATIVE_GUIDE. */
export const GUIDANCE = /(指引|合规指南|工作指南|构想|预案)$/;
/**
 * prog57: 《…立项指南（试行）》, 《…建设与应用指南（2026—2030年）》, 《…指南（2025年版）》: a guide
 * issued on trial, for a period or as a yearly edition is a ministry's normative document, a policy
 * set (prog48-a lists the period's guide, prog57-a the trial one); a consumer's or a builder's
 * how-to carries no such mark.
 */
export const NORMATIVE_GUIDE = /指南[（(](?:试行|[0-9]{4}年版|[0-9]{4}[—–-]+[0-9]{4}年)[）)]$/;
