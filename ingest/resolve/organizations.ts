/**
 * One node per organisation: the canonical name of an organisation printed in a post title.
 *
 * - The article's home area (its outlet, else the province-level place it names most) qualifies
 *   bare 市/省 bodies: in a Chongqing story 市委, 重庆市委 and 中共重庆市委 are one 重庆市委.
 * - Known short forms (org-aliases.json) and truncations (全国总 → 全国总工会) are aliases.
 * - Role words left at the end (…一级 of 一级巡视员, …处副 of 处副处长, …技术 of 技术总监, …创始 of
 *   创始院长) are cut.
 * - What cannot be an organisation (a person's name, a clause, a bare 国家) gives no node.
 */
import { levelClass, PROVINCE_TO_COUNTY } from '../text/level-words.ts';
import { gazetteer } from '../gazetteer/index.ts';
import { districtInfo } from '../extract/places.ts';
import { GLUED_BEFORE } from '../extract/post-clauses.ts';
import { countryName } from './country-names.ts';
import { governmentShortForm, ownAreaForm } from './government-forms.ts';
import { BARE_KIND } from './bare-kinds.ts';
import { NATIONAL_AFTER_PLACE } from './posts.ts';
import { LOST_CHARACTER } from './post-terms.ts';
import { levelBody } from '../extract/posts-at-home.ts';

/** A city's body printed with its level word alone (市委宣传部, 市政府, 市经信委). */
const cityBody = (name: string) => levelBody(name, '市') !== undefined;

const g = gazetteer();
const canonicalByAlias = g.orgCanonical;

/** Words of a role that the title parser left on the organisation (longest first). */
const ROLE_TAIL =
  /(一级|二级|三级|四级|正处级|副处级|处级|科级|副|常务|执行|驻会|总|首席|创始|技术|财务|项目|行政|人事|办公|综合|销售|市场|运营|生产|质量|安全|业务|部门)$/;
/** The ranks among them. */
const RANK_TAIL = /(一级|二级|三级|四级|正处级|副处级|处级|科级|副|常务|执行|驻会|总|首席|创始)$/;
/** Heads that end an organisation's name: what remains must end in one or be a known name. */
const ORG_HEAD =
  /(委|局|厅|部|办|署|院|府|所|处|科|室|会|组|团|社|台|馆|站|队|中心|公司|集团|企业|银行|股份|大学|学院|学校|医院|政府|党委|党工委|党组|工委|纪委|人大|政协|法院|检察院|联|协|军|盟|机构|组织|基金|[日晚时商早周画学导快晨]报|报社|网|厂|行|店|场|园|区|县|市|省|州|镇|乡|村|街道|社区|军委|书记处|政治局|常委会|理事会|委员会|办公室|领导小组|工作组|评估组|代表团|实验室|联合会|商会|学会|协会|工会|国务院|中央|组织)$/;
/** A role whose first character is the organisation's head: 外交部长 is the 部长 of 外交部. */
const HEAD_ROLE = /^(副)?(部|局|厅|院|所|处|科|署|社|校|行|馆|台|站|会)长$/;
/** Text that is a clause, not a name (a verb, a date, a pronoun, punctuation, a report's dateline:
 * …人民代表大会第二次会议上某区人民政府, lstrat59-l). */
const CLAUSE =
  /[0-9０-９]+日|[，。；：！？、（）()“”]|^(他|她|这|那|有|应|要求|表态|针对|充分|据|根据|经|由|向|对|在|与|和|同|将)|(了|着|过|是|在|并|和|与|同|向|对|为|分别|致信|批评|召见|驱逐|体现|率领|拥护|支持|看望|发表|会见|会谈|出席|主持|解除|接任|撤换|免去|委托|特别代表|(?<=[来到至]|发生)时|归咎于|会议上|围绕)/;
/** Words that are never an organisation on their own. */
const GENERIC = new Set([
  '国家',
  '政府',
  '部门',
  '单位',
  '企业',
  '公司',
  '村',
  '总',
  '国务',
  '全国',
  '中央',
  '地方',
  '有关',
  '相关',
  // Every state has them: whose is not said.
  '武装部队',
  '总统府',
  '军队',
  '军方',
  // Whose parliament, government or team is not said: 某国国会 names it, 国会 alone does not.
  '国会',
  '议会',
  '参议院',
  '众议院',
  '新政府',
  '行政机构',
  '团队',
  '工区',
  '各级人大',
  // Whose special administrative region is not said (特区行政长官, things23).
  '特区',
  // 某某基金会主席 printed after its name elsewhere: the bare word names no one body.
  '基金会',
  // 多国领导人和国际组织负责人: bodies of a kind, none named (things26).
  '国际组织',
  '国际机构',
  // 园区主任某某 in a story of one park: 'the park', whose is not said in the word (blocal-f).
  '园区',
]);
/**
 * A verb of passing on or studying (传达学习, 统一到) before a level's body: the clause's, no name's
 * (the 'level body' variant of post-clauses.ts GLUED_BEFORE).
 */
const GLUED_CLAUSE = new RegExp(
  `^\\p{Script=Han}{0,10}?(?:${GLUED_BEFORE.levelBody})(?=(?:省|市|县|区|州|旗|自治区)(?:委|政府|人大|政协|纪委)$)`,
  'u',
);
/**
 * Those who speak for a side at a signing or a meeting (签约企业代表, 客商代表) before a firm (the
 * 'firm' variant of GLUED_BEFORE).
 */
const SPEAKER_FOR = new RegExp(
  `^\\p{Script=Han}{0,4}?${GLUED_BEFORE.firm}(?=\\p{Script=Han}{4,}(?:公司|集团|银行|股份|厂|合作社)$)`,
  'u',
);
/** A federation or a state named by its kind alone (联邦, 国家): whose is not said. */
const POLITY_WORD = /^(联邦|国家|中央|政府|州|邦)$/;
/** 分管日常工作的, 负责政治事务的: a deputy's portfolio printed between the body and the role. */
const PORTFOLIO = /(?:负责|分管|主管)\p{Script=Han}{2,8}的/u;
/** Words that pick several bodies of a kind (主要, 有关, 其他…), not one body's name. */
const SEVERAL = /^(主要|有关|相关|其他|其它|部分|一些|若干|多个|多家|这些)(?=\p{Script=Han}{2})/u;
/** The head of an area (莫斯科市长, 某州州长): the area is no body, whatever its name ends in. */
const AREA_HEAD = /^(常务)?副?(市|州|省|县|区|镇|乡|村)长$/;
/** A level's body with no area (县委, 自治区人大) once the story's home could not qualify it. */
const LEVEL_ONLY =
  /^(省|市|县|区|乡|镇|自治区|自治州)(委|政府|人民政府|人大|人大常委会|政协|纪委)?$/;

/**
 * A state, a province, a prefecture or a special region named alone: an area, not a body (its
 * head's post stays: 某国某某省省长). Known districts too: 北京市 of 北京市副市长 is the city.
 */
const POLITY = /^\p{Script=Han}{1,14}(州|省|自治区|特区|特别行政区|地区)$/u;
/** A city, a town or a village (某国某某市, 某市某某村): an area too, whatever the clause before. */
const SETTLEMENT = /^\p{Script=Han}{2,}(市|镇|乡|村)$/u;
/**
 * A kind of body without its own name (村委会 of which village?, 组委会 of which games?, 办事处 and
 * 街道 of which street: every street has them), and the
 * organs every congress, parliament or agency has (大会, 秘书处, 上院), and a team sent out to speak
 * on a subject (科技理论宣讲团; not 中央宣讲团), and a section whose hospital or office is not said
 * (急诊科, 财务科: things23): no node. A session's 主席团 is its 大会主席团
 * (org-aliases.json).
 */
const BARE_BODY =
  /^(村委会|居委会|村党支部|村党总支部|党支部|党总支|调查组|评估组|调查评估组|工作组|专家组|工作专班|领导小组|报告团|宣讲团|组委会|筹委会|大会|秘书处|议会?[上下]院|(街道)?办事处|街道办?|(?!中)\p{Script=Han}{1,3}科)$|^(?!中央|中共中央)\p{Script=Han}{2,8}宣讲团$/u;

export interface OrganizationName {
  /** Canonical label, or undefined when the text is not an organisation. */
  name?: string;
  /** Why the label differs from the text printed (for `tupu stats --merges`). */
  reason?: string;
}

/**
 * The canonical organisation for `printed` (as cut from a post title whose role is `role`),
 * in an article whose home area is `home` (重庆市, 四川省…; undefined when unknown), with the
 * names of the article's people (an organisation is never one of them).
 */
export function resolveOrganization(
  printed: string,
  role = '',
  home?: string,
  people: ReadonlySet<string> = new Set(),
  /** The city of a province's city's page (./prefecture-home.ts): its bare 市 bodies are its. */
  city?: string,
): OrganizationName {
  let name = printed.trim();
  const reasons: string[] = [];
  // 某学院分管日常工作的(副院长): what the deputy is in charge of is no part of the body, which
  // ends before it (things26).
  const portfolio = PORTFOLIO.exec(name);
  if (portfolio && portfolio.index >= 2) {
    name = name.slice(0, portfolio.index);
    reasons.push('portfolio cut');
  } else if (portfolio?.index === 0 && name.length - portfolio[0].length >= 2) {
    // 负责农业事务的某委员会(委员): the portfolio printed before the body (things35).
    name = name.slice(portfolio[0].length);
    reasons.push('portfolio cut');
  }
  // Before 部长/局长… (某国国家安全部长) a department's word (安全, 技术) names the body: only
  // ranks are cut there.
  const tailWords = HEAD_ROLE.test(role) ? RANK_TAIL : ROLE_TAIL;
  while (tailWords.test(name) && !canonicalByAlias.has(name) && !TRUNCATED[name]) {
    const cut = name.replace(tailWords, '');
    if (cut === name) break;
    name = cut;
    if (!reasons.includes('role word cut')) reasons.push('role word cut');
  }
  const truncated = TRUNCATED[name];
  if (truncated) {
    name = truncated;
    reasons.push('truncated name completed');
  } else if (HEAD_ROLE.test(role) && !ORG_HEAD.test(name) && name.length >= 2) {
    // 某国部长, 某国副总理兼经济部长 (the portfolio stays with the second title): a country alone
    // before 部长 names no ministry.
    // 某国国务部长: a minister of state, a rank in a ministry, not a 国务部.
    if (g.countries.has(name) || /.国务$/.test(name)) return {};
    // 联邦副主席兼经济、教研部长: the federation (联邦, 国家) left alone before the head once the
    // portfolios were cut names no ministry; 某国国家安全统筹部长: a coordinating minister
    // oversees several ministries, no 统筹部 (things36; junk in the cctv25r and cctv24y annotations).
    if (POLITY_WORD.test(name) || /(统筹|协调)$/.test(name)) return {};
    name += role.replace(/^副/, '')[0];
    reasons.push('head of the role completes the name');
  }
  // A kind of body with no name of its own (委员会, 研究院: ./bare-kinds.ts).
  if (name.length < 2 || GENERIC.has(name) || BARE_BODY.test(name) || BARE_KIND.test(name))
    return {};
  if (LOST_CHARACTER.test(name)) return {}; // ?h委: a character lost in decoding (post-terms.ts)
  // 《某公约》第三十次缔约方大会 (of its 首席执行官): a numbered session of a conference is one
  // meeting, not a standing body (things36; junk in the cctv25w annotation); a term (第十四届全国
  // 人大) is the body for those years and stays.
  if (/^第[0-9一二三四五六七八九十百]+次/.test(name)) return {};
  // 某共中央组织书记 (the central committee's secretary for organisation): 中央组织 is a known body's
  // name cut before its head (中央组织部), no body of its own (things35; junk in cctv23s).
  if (!canonicalByAlias.has(name) && canonicalByAlias.has(name + '部')) return {};
  // 主要国际经济组织 (of 主要国际经济组织负责人), 有关国际组织: a kind of body picked out by how
  // many or which, several bodies, no one of them (things26; the cctv24z annotation).
  if (SEVERAL.test(name)) return {};
  // 某国代表团, 某方代表团 (of 团长): a country's or a side's party to one visit or one talk, gone
  // when it ends, not a standing body.
  const party = /^(\p{Script=Han}*?)代表团$/u.exec(name)?.[1];
  if (party !== undefined && (/方$/.test(party) || g.countries.has(party))) return {};
  // 某省政府副省长 names the government; 莫斯科市长 only the city.
  if (AREA_HEAD.test(role) && !/(政府|委|会|厅|局|办|府|室)$/.test(name)) return {};
  // 美国前财政部 (of 前财政部长): 前 says the person held the post before; the body is 美国财政部.
  const former = /^(\p{Script=Han}{2,8}?)前(?=\p{Script=Han}{2})/u.exec(name);
  if (former && g.countries.has(former[1]!)) {
    name = former[1]! + name.slice(former[0].length);
    reasons.push('former cut');
  }
  // 时任福州市委 (of 时任福州市委书记): 时任 dates the post the person then held, the body is
  // 福州市委 (things21; the cctv23y annotation).
  const then = /^(时任|原任|曾任|前任)(?=\p{Script=Han}{2})/u.exec(name)?.[0];
  if (then) {
    name = name.slice(then.length);
    reasons.push('former cut');
  }
  // 会议传达学习省委 (of 会议传达学习省委书记某某…批示精神), 签约企业代表某某公司 (of …总经理某某作了
  // 发言): a clause passing on or studying a leader's words, or those who speak for a side, glued
  // before the body; the body is what follows (blocal-f).
  const glued = GLUED_CLAUSE.exec(name)?.[0] ?? SPEAKER_FOR.exec(name)?.[0];
  if (glued) {
    name = name.slice(glued.length);
    reasons.push('clause before the body cut');
  }
  // 2024年亚太经合组织 (of a document's title): the year dates the meeting, not the body.
  const year = /^[0-9]{4}年(?=\p{Script=Han}{2})/u.exec(name)?.[0];
  if (year) {
    name = name.slice(year.length);
    reasons.push('year cut');
  }
  // 某省全国人大 (of 某省全国人大代表): the province elects deputies to the national body; the
  // body is the nation's, not the province's.
  const national = NATIONAL_AFTER_PLACE.exec(name);
  if (national && districtInfo(national[1]!)) {
    name = name.slice(national[1]!.length);
    reasons.push('place before a national body cut');
  }
  // A known name may hold 和 (宪法和法律委员会): not a clause.
  if ((CLAUSE.test(name) && !canonicalByAlias.has(name)) || people.has(name)) return {};
  if (!ORG_HEAD.test(name) && !canonicalByAlias.has(name)) return {};
  // 华盛顿州, 某国某某州, 澳门特区: an area (a district), not a body; its head's post stays.
  if (POLITY.test(name) || SETTLEMENT.test(name) || districtInfo(name)) return {};
  // 某国常驻维也纳国际组织 (of 常驻…代表): a mission named by its post, not by its own name.
  if (/驻/.test(name) && !/(使馆|领馆|馆|团|处|部队|机构)$/.test(name)) return {};
  // 中国全国人大 (printed for foreign readers) is 全国人大: China's national bodies go without it.
  const chinese = canonicalByAlias.get(name.replace(/^中国(?=\p{Script=Han}{3})/u, ''));
  if (name.startsWith('中国') && chinese && !canonicalByAlias.has(name)) {
    name = chinese;
    reasons.push('known short form');
  }
  const country = countryName(name);
  if (country !== name) {
    name = country;
    reasons.push('country named one way');
  }
  // 某市人民政府 is 某市政府 (./government-forms.ts).
  const inProvince = governmentShortForm(qualify(ownAreaForm(name), home));
  // 市委宣传部 on a page of 天水市 is 天水市委宣传部; only a level's body (市场监管局 is no 市's).
  const atCity = city && cityBody(inProvince) ? governmentShortForm(qualify(inProvince, city)) : '';
  const canonical = atCity || inProvince;
  if (LEVEL_ONLY.test(canonical)) return {};
  if (canonical !== name)
    reasons.push(
      atCity
        ? `home city of the article (${city})`
        : home
          ? `home area of the article (${home})`
          : 'known short form',
    );
  return { name: canonical, reason: reasons.length ? reasons.join('; ') : undefined };
}

/** Truncated names the title parser leaves when a role word swallows part of the name. */
const TRUNCATED: Record<string, string> = {
  全国总: '全国总工会',
  国务: '国务院',
  中华全国总: '中华全国总工会',
  市总: '市总工会',
  省总: '省总工会',
  区总: '区总工会',
  县总: '县总工会',
};

const PARTY_PREFIX = /^(中共|中国共产党)(?=\p{Script=Han}{2})/u;
/** 中国共产党重庆市委员会 → 重庆市委: the party committee's formal name. */
const PARTY_COMMITTEE = new RegExp(
  String.raw`^(中国共产党|中共)(\p{Script=Han}{2,8}?${levelClass(PROVINCE_TO_COUNTY)})委员会$`,
  'u',
);
const LEVEL_COMMITTEE = new RegExp(`${levelClass(PROVINCE_TO_COUNTY)}委`);

/**
 * The label an organisation gets in an article at home in `home`: bare 市/省 bodies take the
 * home's name (市委 → 重庆市委); the home's own bodies lose 中共 and long forms (中共重庆市委,
 * 重庆市经济和信息化委员会 → 重庆市经信委).
 */
export function qualify(name: string, home?: string): string {
  let n = name.replace(PARTY_COMMITTEE, '$2委');
  if (PARTY_PREFIX.test(n) && LEVEL_COMMITTEE.test(n)) n = n.replace(PARTY_PREFIX, '');
  // An autonomous region's level word is 自治区 (自治区党委, 自治区政协): a bare 区委 or 区政协
  // in a story at home there is a district's, as everywhere else.
  const level = home ? (home.endsWith('自治区') ? '自治区' : home.at(-1)!) : '';
  const stem = home ? home.slice(0, -level.length) : '';
  // 重庆市经信委 → 市经信委, to find the short form; qualified again below.
  const known = canonicalByAlias.get(n);
  if (known) n = known;
  else if (home && n.startsWith(home) && n.length > home.length) n = level + n.slice(home.length);
  n = canonicalByAlias.get(n) ?? n;
  return home && n.startsWith(level) && n.length > 1 ? stem + n : n;
}

/** Outlets whose home is one province-level area (first lines of a story). */
const OUTLETS: [RegExp, string][] = [
  [
    /重庆日报|华龙网|上游新闻|重庆晨报|重庆晚报|重庆商报|重庆广电|第1眼|重庆卫视|重庆电视台|重庆新闻联播/,
    '重庆市',
  ],
  [/四川日报|川观新闻|封面新闻|华西都市报/, '四川省'],
  [/北京日报|北京晚报|新京报/, '北京市'],
  [/解放日报|文汇报|新民晚报|澎湃新闻/, '上海市'],
  [/天津日报|今晚报/, '天津市'],
  [/南方日报|羊城晚报/, '广东省'],
  [/浙江日报|钱江晚报/, '浙江省'],
  [/新华日报|扬子晚报/, '江苏省'],
  [/湖北日报|楚天都市报/, '湖北省'],
  [/贵州日报/, '贵州省'],
];

/** The home area of an outlet named in the text (a story's top, a page's title or outlet). */
export function outletHome(text: string): string | undefined {
  for (const [re, area] of OUTLETS) if (re.test(text)) return area;
  return undefined;
}

/**
 * The home area of a story: its outlet when one is printed near the top, else the
 * province-level area named most often, when it is named at least twice and more than any
 * other (a national round-up has none).
 */
export function homeArea(
  text: string,
  provinces: { name: string; count: number }[],
): string | undefined {
  const outlet = outletHome(text.slice(0, 400));
  if (outlet) return outlet;
  const sorted = [...provinces].sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1));
  const [first, second] = sorted;
  if (!first || first.count < 2 || (second && second.count * 2 > first.count)) return undefined;
  return first.name;
}

/**
 * Across the corpus, a body printed after a bare 常委会 (常委会预算工作委员会, in a session's
 * report) is the one body of that name printed with its congress (全国人大常委会预算工作委员会),
 * when exactly one congress has it.
 */
export function standingCommitteeMap(names: Iterable<string>): Map<string, string> {
  const all = new Set(names);
  const full = new Map<string, string[]>();
  for (const n of all) {
    const at = n.indexOf('人大常委会');
    if (at < 0 || n.length <= at + 5) continue;
    const bare = '常委会' + n.slice(at + 5);
    if (all.has(bare)) full.set(bare, [...(full.get(bare) ?? []), n]);
  }
  const map = new Map<string, string>();
  for (const [bare, ns] of full) if (ns.length === 1) map.set(bare, ns[0]!);
  return map;
}
