/**
 * recall44 (issue 13): named programs printed in forms the suffix and quote rules do not read —
 * a field raised to a national strategy (全民健身上升为国家战略), a package of numbered articles
 * in quotation marks (“助企纾困二十条”), a year a ministry declares a campaign (把今年确定为
 * “消费提振年”), a major special project of the national science plan (某某系统重大专项) and a
 * plan issued with its period but without 《》 (发布某某稳增长方案（2023—2024年）). Each was a
 * named strategy of recall44's blind annotation of six fresh national days that no rule found.
 */
import { programByForm as mention, type Mention } from './mentions.ts';
import { listedProgram } from './named-programs.ts';
import { countedCampaigns } from './counted-campaigns.ts';
import { countedSlogans } from './counted-slogans.ts';
import { cityIntegration } from './city-integration.ts';
import { beautifulPlaces } from './beautiful-places.ts';
import { placeQualities } from './place-qualities.ts';
import { viewCampaigns } from './view-campaigns.ts';
import { alignedStrategies } from './aligned-strategies.ts';
import { nestedTitles } from './nested-titles.ts';
import { rectificationCampaigns } from './rectification-campaigns.ts';
import { draftedPlans } from './drafted-plans.ts';
import { sloganCampaigns } from './slogan-campaigns.ts';
import { demonstrationBelts } from './demonstration-belts.ts';
import { sloganLists } from './slogan-lists.ts';
import { oldBaseAreas } from './old-base-areas.ts';
import { eventBorneCampaigns } from './event-borne-campaigns.ts';
import { framedCodes } from './framed-codes.ts';
import { framedSlogans } from './framed-slogans.ts';
import { newTowns } from './new-towns.ts';
import { beltsBuilt } from './belts-built.ts';
import { placeStrategies } from './place-strategies.ts';
import { quotedContests } from './quoted-contests.ts';

export function strategyForms(text: string): Mention[] {
  return [
    ...raisedToStrategy(text),
    ...numberedPackages(text),
    ...campaignYears(text),
    ...specialProjects(text),
    ...periodPlans(text),
    ...reliefPolicies(text),
    ...countedCampaigns(text),
    ...countedSlogans(text),
    ...cityIntegration(text),
    ...beautifulPlaces(text),
    ...placeQualities(text),
    ...viewCampaigns(text),
    ...alignedStrategies(text),
    ...nestedTitles(text),
    ...rectificationCampaigns(text),
    ...draftedPlans(text),
    ...sloganCampaigns(text),
    ...demonstrationBelts(text),
    ...sloganLists(text),
    ...oldBaseAreas(text),
    ...eventBorneCampaigns(text),
    ...framedCodes(text),
    ...framedSlogans(text),
    ...newTowns(text),
    ...beltsBuilt(text),
    ...placeStrategies(text),
    ...quotedContests(text),
  ];
}

/**
 * 将全民健身上升为国家战略, 全民健身上升为国家战略: what the state raises to a national strategy is
 * one (a gazetteer strategy keeps its own name). The field runs from 将/把 or the clause's start.
 */
const RAISED =
  /(?<=[将把]|^|[，。；：！？\s])((?:(?![将把])\p{Script=Han}){2,10}?)(?:就|也|均)?(?:已经?|正式|被|先后)?(?:上升为|上升成为|确立为)国家战略/gmu;
function raisedToStrategy(text: string): Mention[] {
  if (!text.includes('国家战略')) return [];
  const out: Mention[] = [];
  for (const m of text.matchAll(RAISED)) {
    const field = m[1]!;
    // 这一战略上升为国家战略, 其上升为…: a pronoun names nothing.
    if (/^[这该此其它他]/.test(field)) continue;
    const name = listedProgram(field) ?? (field.endsWith('战略') ? field : `${field}国家战略`);
    out.push(mention(name, m[0], m.index, 'strategy'));
  }
  return out;
}

/**
 * “助企纾困二十条”, “外资24条”, “人才九条”: a package of measures named by its count of articles,
 * printed in quotation marks (第二十条 is an article of a law, not a package).
 */
const PACKAGE =
  /[“"]((?:\p{Script=Han}|[A-Za-z]){2,10}?(?<!第)(?:[0-9]{1,3}|[一二三四五六七八九十百两]{1,4})条)[”"]/gu;
function numberedPackages(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(PACKAGE)) {
    // “新十条”: a bare 新 and a count need the story's context; the two characters before the
    // count must name a field.
    const head = m[1]!.replace(/(?:[0-9]{1,3}|[一二三四五六七八九十百两]{1,4})条$/, '');
    if (head.length < 2 || /^新/.test(head)) continue;
    out.push(mention(m[1]!, m[0], m.index, '措施'));
  }
  return out;
}

/**
 * 商务部把今年确定为“消费提振年”: a year a body declares a campaign of its work is that campaign
 * (a year of exchange between two countries, “中越人文交流年”, is an event). pjunk60: two leaders
 * declare such a year too (共同宣布将某年确定为“中某友好年”): a year of friendship, exchange, culture,
 * tourism, education or youth between two countries is a year of events, not a campaign of work.
 */
const EXCHANGE_YEAR = /(友好|友谊|交流|人文|文化|旅游|教育|青年|体育|语言)年$/;
const DECLARED_YEAR =
  /(?:确定为|定为|确立为)[“"](\p{Script=Han}{2,8}(?<![0-9一二三四五六七八九十百千周新元])年)[”"]/gu;
function campaignYears(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(DECLARED_YEAR)) {
    if (EXCHANGE_YEAR.test(m[1]!)) continue;
    const at = m.index + m[0].indexOf(m[1]!) - 1;
    out.push(mention(m[1]!, text.slice(at, at + m[1]!.length + 2), at, '行动'));
  }
  return out;
}

/**
 * 高分辨率对地观测系统重大专项: a major special project of the national science and technology plan
 * (国家科技重大专项, State Council's medium- and long-term plan 2006-2020) named by what it builds.
 * Not a bare kind (国家重大专项, 科技重大专项) nor a list's category (坑农等重大专项执法).
 */
const SPECIAL = /重大专项/g;
/** The name runs back to a pause, a quote or a word that opens the clause (是, 实施, 我国). */
const OPENS = /是|为|的|了|实施|推进|围绕|开展|启动|承担|设立|属于|我国|国家|中国/;
const NAMED_BEFORE = new RegExp(
  `^.*(^|[，。；：！？、\\s“”（）及和与]|${OPENS.source})([^，。；：！？、\\s“”（）]{4,16})$`,
  'u',
);
function specialProjects(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(SPECIAL)) {
    const end = m.index + m[0].length;
    if (text[m.index - 1] === '等' || /^(执法|行动|整治|检查)/.test(text.slice(end, end + 2)))
      continue;
    const named = NAMED_BEFORE.exec(text.slice(Math.max(0, m.index - 24), m.index));
    // 芯片及基础软件产品重大专项: the last item of a list of projects is no name alone.
    if (!named || /[、及和与]$/.test(named[1]!)) continue;
    const what = named[2]!;
    // 围绕国家重大专项: no name left after the word that opens the clause.
    if (OPENS.test(what) || /^(科技|科研|各类|各项)/.test(what)) continue;
    out.push(mention(what + m[0], what + m[0], m.index - what.length, '重大专项'));
  }
  return out;
}

/**
 * 工业和信息化部等七部门日前发布汽车行业稳增长方案（2023—2024年）: a plan issued with its period
 * in brackets is a title printed without 《》 (a plan in general has no period of its own).
 */
const PERIOD_PLAN =
  /(?:发布|印发|出台|制定|公布|下发|实施)了?(\p{Script=Han}{4,30}?(?:方案|规划|计划|纲要|措施|行动))([（(][0-9]{4}\s*[—－\-–~～至][0-9]{4}\s*年[）)])/gu;
function periodPlans(text: string): Mention[] {
  const out: Mention[] = [];
  if (!text.includes('年）') && !text.includes('年)')) return out; // every period ends so
  for (const m of text.matchAll(PERIOD_PLAN)) {
    const name = m[1]! + m[2]!;
    const start = m.index + m[0].length - name.length;
    // 新一轮, 一批, 相关: a kind or a round of plans, no one title.
    if (/^(新一轮|一批|相关|有关|各类|各地)/.test(m[1]!)) continue;
    out.push(mention(name, name, start, m[1]!.slice(-2)));
  }
  return out;
}

/**
 * 决定对特困行业实行阶段性缓缴养老保险费政策, 部分乘用车减半征收车购税政策实施一个月, 落实重大节假日
 * 期间免收小型客车通行费政策: a tax or fee relief named by what it relieves is a policy (the
 * development annotations list eleven such on their days: cctv22u, 22x, 24y, 24z, 25w). The name
 * runs from the clause's start, after the verb that carries it out (实行, 落实, 研究) and after a
 * time (…期间): general stances (积极的财政政策) hold no relief word and stay out. prog63: a leader's
 * visit inquires into a policy (调研离岛免税购物政策实施, prog62-a): 调研, 考察, 了解 open it too.
 */
const RELIEF =
  /免征|减征|减半征收|免收|免费通行|缓缴|降低\p{Script=Han}{0,8}费率|加计抵减|加计扣除|留抵退税|离境退税|免税|购置补贴|递延纳税|免关税/u;
const POLICY_CLAUSE = /[^，。；：！？\s“”《》（）()、]{4,40}政策/gu;
const CARRIED_OUT =
  /^.*(?:决定|研究|制定|落实|实行|实施|执行|延续|继续|享受|出台|推出|延长|指导|调整|优化|完善|明确|得益于|受益于|根据|按照|用好|用足|享有|期间|假期|调研|考察|了解)的?/u;
/** 自2024年1月1日起: the date a relief runs from, opened by 自, 从 or 于 and closed by 起 or 以来. */
const DATE = /^(?:自|从|于)?(?:[0-9]{4}年)?(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?(?:起|以来)?/u;
function reliefPolicies(text: string): Mention[] {
  const out: Mention[] = [];
  // Each clause read holds 政策 and a relief word: a text without either has none to read (its
  // wide class tried each position for nothing; docs/benchmarks.md, fourteenth round).
  if (!text.includes('政策') || !RELIEF.test(text)) return out;
  for (const m of text.matchAll(POLICY_CLAUSE)) {
    if (!RELIEF.test(m[0])) continue;
    const opener = CARRIED_OUT.exec(m[0].slice(0, -2))?.[0] ?? '';
    // 自2031年7月1日…: the date the policy starts from is when, not its name.
    const date = DATE.exec(m[0].slice(opener.length))![0];
    const name = m[0].slice(opener.length + date.length);
    // 各项减税降费政策, 上述免税等政策: a kind or a list of policies, not one named.
    if (
      name.length < 6 ||
      /的|等政策$/.test(name) ||
      /^(相关|有关|各项|各类|一系列|系列|多项|这些|上述|该|此)/.test(name)
    )
      continue;
    // 制定明年某某补贴政策: a year's round of a policy is no name (program-recall40).
    if (!RELIEF.test(name) || /^(明年|今年|去年|当年|本年度?|下一年)/.test(name)) continue;
    out.push(mention(name, name, m.index + opener.length + date.length, '政策'));
  }
  return out;
}
