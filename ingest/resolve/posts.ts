/**
 * One node per office: the canonical label of a post title read in one story, after the title
 * parser (../extract/posts.ts) and the story's home area (atHome) have run.
 *
 * - A clause before the organisation is not part of it: 杂志发表中共中央总书记 is 中共中央总书记,
 *   以抗议某国总统 is 某国总统; a pronoun or a list (他近期与…, 该州…, A等10多个国家…) leaves no office.
 * - A country is named one way: 俄总统 and 俄罗斯总统, 某国共和国总统 and 某国总统 are one office,
 *   外长 is 外交部长 (某国外长 = 某国外交部长) and 防长 国防部长 (某国防长 = 某国国防部长).
 * - National bodies by their canonical names (org-aliases.json: 中共中央政治局 → 中央政治局); the bare
 *   总书记 of Chinese political news is 中共中央总书记.
 * - A post in a kind of body without its own name (村委会主任, 调查评估组组长) is the person's role in
 *   the story, not an office shared by every village.
 */
import { levelClass, GOVERNMENT_LEVELS, PROVINCE_TO_COUNTY } from '../text/level-words.ts';
import { without } from '../text/function-words.ts';
import { envoyBody } from './envoys.ts';
import { countryAtStart, gazetteer } from '../gazetteer/index.ts';
import { districtInfo, startsWithPlace } from '../extract/places.ts';
import { roleSuffix, type PostTitle } from '../extract/posts.ts';
import { meetingPlaceEnd } from './met-at.ts';
import { COUNTED_BODY, GANG, LOST_CHARACTER, withoutTerm, withTenureInside } from './post-terms.ts';
import { appointmentsGlued, titleBefore, verbActingBefore } from './title-before.ts';
import { formalState } from './state-names.ts';
import { countryName, shortCountry, startsWithCountry } from './country-names.ts';
import { gluedBefore, headOfState, headsState, isNamePart } from './office-owners.ts';

const g = gazetteer();
/** National bodies' canonical names; 市/省 bodies need the story's home, see organizations.ts.
 * Not story-posts.ts's NATIONAL_BODY, which is another fact: that lists the four bodies (全国人大,
 * 全国政协, 中共中央, 国务院) whose names opening a title make it China's one seat; this names
 * every body of the alias table that is not local, China's or not (联大), to shorten a title's body. */
const nationalName = new Map<string, string>();
/** A local body's alias group (市委, 省政府…): no national name. */
const LOCAL_ALIAS = new RegExp(`^${levelClass(PROVINCE_TO_COUNTY)}`);
for (const group of g.orgAliases)
  if (!LOCAL_ALIAS.test(group[0]!)) for (const n of group) nationalName.set(n, group[0]!);

/** A province-level place before a national body (全国人大, 全国政协…). */
export const NATIONAL_AFTER_PLACE = /^(\p{Script=Han}{2,8}?(?:省|市|自治区|特别行政区))(?=全国)/u;

/**
 * What ends a clause before a title: a date or a time word (当天, 同一天), a verb of reporting or
 * acting (获得, 任命, 听取, 率, 吊唁…), an aspect particle, punctuation, a leading 就 or 在 (the
 * last one found ends the clause); a copula 为 (团长为某总统助理), 将…经 (某市长某某将会旗经某主席)
 * and 来自…的 (对来自某党的总统) are clauses too; so is a list of the spirit passed on (传达…讲话精神、
 * 省政府工作报告精神和省长某某…的讲话精神, lstrat61: 精神文明 bodies hold no conjunction after it), and
 * a report's dateline (在某区第十七届人民代表大会第二次会议上某区人民政府区长: lstrat59-l) and what
 * the work goes round (要紧紧围绕省委书记某某…所作的报告: lthings57-l).
 */
const CLAUSE_END =
  /^.*(?:[0-9０-９]+日|连任|今天|今年|当天|上午|下午|晚上|中午|上月|本月|上周|去年|目前|[了着]|作为|参加|受权|播发|发挥|表示|由于|(?<![自理缘])由|交给|以及|将与|并与|担任|复信|介绍|也就是|期间|成员国|致信|致电|批评|召见|驱逐|体现|率领|拥护|支持|看望|发表|会见|会谈|会晤|出席|主持|抗议|评论|(?:高度|积极)评价|欢迎(?![仪宴词会])|通过|要求|针对|近期与|旨在|禁止|首个|年底|年初|在(?=(?:第?[一二三四五六七八九十]+届)?(?:中共|中央|全国|国务院))|[，。；：！？“”]|播出|审议|当选为|当选|(?<=[委部院局厅府会])[对就]|(?<=中央)就|接任|(?<=\p{Script=Han})为(?![民老])|(?<=\p{Script=Han}{2})将(?![军领士帅官校乐])(?:\p{Script=Han}{1,12}?经(?![济贸营理管纬典销信]))?|来自\p{Script=Han}{1,10}?的|^受|^各?位|获得|包括|任命|通报|听取|关注|起诉|接受|停止|宣布|罢免|免去|呼吁|敦促|指责|率|目标是|及其|^就|^在(?![京港沪华])|来看|援引|指示|提名(?!委员会)|(?<=者)对|是|允许|(?<=[团部国方府])同|^时(?!任)|^另?据(?!点)|^新一届|致函|邀请到?|^让|还有|选举(?!管理|委员会)|推举|推选(?!委员会)|确认|涉及|还称|声称|宣称|(?<=[方国])称|根据|交还|^同?一天|吊唁|悼念|正值|恰逢|适逢|时值|成为|质疑|弹劾|批准|授权|(?<=[来到至]|发生)时|归咎于|）(?=[与同])|精神[和与及]|会议上|围绕)/u;
/**
 * A pronoun, a list or a count: no one office (他近期与, 该州, A等10多个周边国家). A session
 * is no count (全国政协十四届一次会议主席团: its presidium's offices are offices), nor is an
 * ordinal (第五次全国经济普查领导小组: the fifth census's group is one body), nor a sport named by
 * its events (冬季两项 biathlon, 北欧两项, 铁人三项, 现代五项: 国际冬季两项联盟 is one body).
 */
const NO_OFFICE =
  /^(他|她|它|该|此|其|本)|等|(?<![第0-9一二三四五六七八九十多几两]|冬季|北欧|铁人|现代)[0-9一二三四五六七八九十多几两]+(?:个|名|位|国|份|项|次(?!(?:全体)?会议))/;
/** 全国性宗教团体负责人: a kind of body (全国性, 地方性) picks several bodies (things36; cctv25r);
 * 各民主党派中央, 各省: each of several bodies (not 各界, a group of people, 各位, all of you, nor
 * the Inter-Parliamentary Union, 各国议会联盟); 主要国际经济组织负责人, 其他国家领导人, a bare
 * 国际组织负责人: the heads of several bodies of a kind (things26).
 */
const EACH =
  /^(?:各(?!界|位|国议会联盟)|主要|其他|其它|若干|国际(?:组织|机构)$|(?:全国|地方|区域|国际|行业|群众)性)/;
/** 负责政治事务的, 分管教学的: what a deputy is in charge of, printed between body and role. */
const PORTFOLIO = /(?:负责|分管|主管)\p{Script=Han}{2,8}的$/u;
const LEADING_PORTFOLIO = /^(?:负责|分管|主管)\p{Script=Han}{2,8}?的(?=\p{Script=Han}{2})/u;
/** A title after 关于 is in the name of a law or a report (关于…代表法的决定), not an office. */
const ABOUT = /关于/;
/** A term left once the clause is cut (…对第二十届中央候补委员): not part of the office. */
const TERM = /^第?[一二三四五六七八九十]+届/;
/** A deputy's seat before a firm's office, or a trade before the seat (…手艺人全国人大代表). */
const SEAT_BEFORE =
  /^(?:全国)?(?:人大代表|政协委员)(?=\p{Script=Han}{4})|^\p{Script=Han}{2,6}[人家师匠](?=全国(?:人大|政协)$)/u;
/** 新任, 现任, and after a body 前任 (某国政府前任总理: dups26) and 候任 (elect: cctv24z, cctv25q merge
 * it): the same office, whose alias the printed form stays (the golds' 美国候任总统 pair still reads). */
const TENURE = /(?:新任|现任|(?<=\p{Script=Han}{2})(?:前任|候任))$/u;
const PARTY_MEMBER = /^\p{Script=Han}{1,4}党籍(?=\p{Script=Han})/u;
/** 美国民主党籍(参议员): a membership of a party known abroad printed between the country and the role (people18). */
const PARTY_MEMBER_BEFORE_ROLE = /(?:民主|共和|保守|自民|自由民主|国民|民进|社民|工|绿|无)党籍$/;
/** Prepositions and quantifiers left once the clause is cut (与某国, 部分欧盟 → 欧盟). */
const QUANTIFIER = /^(已|与|同|和|跟|向|对|部分|一些|有关|多个|各|位)+/;
/** A body with no name of its own (村, 驻村第一书记; …宣讲团, not 中央宣讲团; a bare 项目质量总监): a role, no office. */
const BARE_BODY =
  /^(村|驻村(?:第一)?|社区|居|村委会|居委会|村党支部|村党总支部|村党总支|党支部|党总支|调查组|评估组|调查评估组|工作组|专家组|秘书处|报告团|宣讲团|项目(?:部|组)?(?:质量|技术|安全|生产|施工)?)$|^(?!中央|中共中央)\p{Script=Han}{2,8}宣讲团$/u;
/**
 * A field of work, not a body (“某某”超级计算应用研发首席科学家, 芯片研发负责人): the title says what
 * the person works on, their role in the story (orgpost18).
 */
const FIELD_OF_WORK = /(研发|研制|攻关)$/;
/** 创始人, 联合创始人: a founder, who set a body up, holds no office in it (things34). */
const FOUNDER = /^(?:联合)?创始人$/;
/**
 * A group of people or a word of praise before 代表, 领导人 or 人士 is no body with offices:
 * 社会各界代表, 无党派人士代表, 杰出领导人 name who someone is, not a post. So is an honour
 * (全国模范法官, 全国劳动模范教师: things35; 一级法官 junk in cctv25t; 先进典型代表: orgs44-a).
 */
const GROUP_OF_PEOPLE =
  /(各界|人士|群众|民众|各方|青年|妇女|同胞|侨胞|师生|干部|党员|职工|农民|界|杰出|卓越|伟大|优秀|著名|老一辈|党和国家|模范|劳模|典型)$/;
/** 国家领导人, 欧洲国家领导人, 共产主义领导人: a kind of country or a creed leads no one body (orgpost20);
 * nor does a revolution (某国革命领导人, an honour; things26); a country's leader (缅甸领导人某某)
 * holds whatever office he holds, none called 领导人 (things36; cctv25w). */
const LEADER_OF_NO_BODY = /(?:国家|主义|革命)$/;
/** The Party's national congress by its short form (党的二十大, 中共十九大) (orgpost20). */
const PARTY_CONGRESS = /^(?:中共|党的?)([一二三四五六七八九十]{2,3}大)$/;
/** A government or a tenure with no country (政府总理, 候任总理): whose office is not said. */
const NO_STATE = /^(政府|联邦政府|候任|代理|临时|看守|过渡政府|内阁)$/;
/** 企业董事长, 集团董事长 after the firm was named, 党组织书记, 团队成员: whose body is not said. */
const NO_FIRM = /^(企业|公司|集团|党组织|基层党组织|团队|队伍|家庭)$/;
/** The State Council's ministries whose names hold 和 (State Council constituent departments, 2023). */
const PRC_MINISTRY_WITH_AND = /^(工业和信息化|人力资源和社会保障|住房和城乡建设|文化和旅游)$/;
/** Only a rank, no body (常务副主席, 一级法官, a worker's grade 特级技师: things36): whose office? */
const RANK_ONLY = /^(常务|执行|第一|终身|名誉|荣誉|首席|资深|副|[一二三四]级|高级|正高级|特级)+$/;
/**
 * 区党工委委员, 县管委会主任: a bare level (the story's district or county) before the working
 * committee or administrative committee of its zone, as 区委 is before its committee's offices.
 */
const LOCAL_LEVEL = new RegExp(`^${levelClass(GOVERNMENT_LEVELS)}$`);
const ZONE_BODY_ROLE = /^(党工委|管委会|纪工委)/;
const ZONE_PARTY = /^区党委(副)?(书记|委员)$/;
/**
 * 省纪委书记, 市纪委副书记: the role list joins 纪委 to 书记, leaving a bare level as the body; the
 * office is the level's discipline commission (省纪委), as 省委 is the level's party committee.
 */
const DISCIPLINE_ROLE = /^(纪委)(.+)$/;
/** 全体常委在区人民政府副区长某某陪同下: a level's own body after 在 opens the office (local48). */
const LEVEL_BODY = new RegExp(
  `^${levelClass(without(GOVERNMENT_LEVELS, '盟'))}(?:人民政府|政府|委|人大|政协)`,
);
/** 代县长, 代区长, 代市长: the acting head of the local government the story is about, as printed. */
const ACTING_LOCAL_HEAD = new RegExp(`^${levelClass(GOVERNMENT_LEVELS)}长$`);

/**
 * The canonical post for `post` (undefined when the title names no office), with the reason
 * when the label changed (for `tupu stats --merges`).
 */
export function canonicalPost(post: PostTitle): (PostTitle & { reason?: string }) | undefined {
  if (post.occupation || !post.label.startsWith(post.organization)) return post;
  // 某某协调员阿卜杜勒-穆拉和…: a transliterated name (its hyphen or dot) glued into the title.
  // A company's own dot or hyphen (某某－奔驰集团, 洛克希德·马丁公司) follows no role word.
  // 某国工党领袖某某·某某被…: a party's leader (领袖) ends a title as those do (things48-a).
  if (/(员|长|主席|大使|代表|书记|领袖)\p{Script=Han}{1,6}[-‐－·・•‧]/u.test(post.label))
    return undefined;
  if (post.label === '总书记')
    return { ...post, label: '中共中央总书记', organization: '中共中央', role: '总书记' };
  const tail = post.label.slice(post.organization.length);
  const reasons: string[] = [];
  let org = post.organization;
  // 习近平向某国新任总统: the tenure cut with the clause stays in the printed form (某国新任总统).
  let tenure = '';
  let term = '';
  if (ABOUT.test(org) || appointmentsGlued(org) || LOST_CHARACTER.test(org)) return undefined;
  // 推进“一带一路”建设…领导小组: a short quoted name inside the body is no clause's end.
  // 某卫队“某某旅”指挥官: a quoted unit that ends the body is masked too.
  const masked = org.replace(/“[^“”，。]{1,10}”(?=\p{Script=Han}|$)/gu, (q) =>
    '＿'.repeat(q.length),
  );
  const clause = org.slice(0, CLAUSE_END.exec(masked)?.[0].length ?? 0) || titleBefore(org);
  if (clause) {
    const after = org.slice(clause.length);
    // 各民主党派中央负责人: each of several bodies, no one office (orgpost18).
    if (EACH.test(after)) return undefined;
    org = after.replace(QUANTIFIER, '');
    // 对第二十届中央候补委员: the term goes from the office, but stays in its printed form.
    term = TERM.exec(org)?.[0] ?? '';
    org = org.slice(term.length);
    tenure = TENURE.exec(org)?.[0] ?? '';
    org = org.replace(TENURE, '');
    // 某国总统某某率总统办公厅主任: a state's office after a clause about that state is its.
    const state = countryAtStart(clause);
    if (state && state !== '中国' && /^(总统|政府|内阁|议会)/.test(org)) org = state + org;
    // …指示某办负责人向某区行政长官: a title before 向 may still stand after the clause.
    const title = titleBefore(org);
    if (title) org = org.slice(title.length);
    reasons.push('clause before the title cut');
  }
  // 免去某某兼任的公安部部长职务: the particle 的 closes what goes before it, no word of the office.
  if (/^的\p{Script=Han}{2}/u.test(org)) {
    org = org.slice(1);
    reasons.push('clause before the title cut');
  }
  const acted = verbActingBefore(org);
  if (acted) org = org.slice(acted);
  if (acted) reasons.push('clause before the title cut');
  // 第六任行政长官, 第77届联大主席: the holder's ordinal or the body's term (post-terms.ts).
  const termless = withoutTerm(org);
  if (termless !== org) {
    // 首任院长 (nothing but the ordinal before the role): whose is not said; the golds keep the
    // pair as printed, with no body. After a clause (当选为第六任…), no office.
    if (!termless) return org === post.organization ? { ...post, organization: '' } : undefined;
    org = termless;
    reasons.push("holder's ordinal or body's term cut");
  }
  if (EACH.test(org) || COUNTED_BODY.test(org)) return undefined;
  if (org === '代' && ACTING_LOCAL_HEAD.test(post.role))
    return { ...post, organization: '', role: post.label };
  // 区党委书记: a zone's party committee (开发区党委); a district's is its 区委.
  if (LOCAL_LEVEL.test(org) && (ZONE_BODY_ROLE.test(post.role) || ZONE_PARTY.test(org + post.role)))
    return { ...post, label: org + post.role, organization: org };
  const discipline = LOCAL_LEVEL.test(org) ? DISCIPLINE_ROLE.exec(post.role) : null;
  if (discipline)
    return {
      ...post,
      label: org + post.role,
      organization: org + discipline[1],
      role: discipline[2]!,
    };
  if (NO_OFFICE.test(org)) return undefined;
  // 副发言人 after a name whose head is not printed before it (extract/spoken-through.ts reads
  // 某秘书长甲通过副发言人乙): a deputy spokesperson whose body is not said, kept as printed with no
  // body as 首任院长 is (the people golds pair it: cctv29b). Other lone deputies (副台长, 副镇长)
  // take the body of the head printed before them (extract/local-titles.ts) or none.
  if (org === '副' && post.role === '发言人' && !clause && org === post.organization)
    return { ...post, organization: '', role: post.label };
  if (GROUP_OF_PEOPLE.test(org) || RANK_ONLY.test(org)) return undefined;
  const leader = post.role === '领导人';
  if (leader && (LEADER_OF_NO_BODY.test(org) || g.countries.has(org))) return undefined;
  if (GANG.test(org)) return undefined;
  if (clause && org.length < 2 && !shortCountry(org)) return undefined;
  // 某论坛创始人, 某公司创始人: who founded a body is a fact of their past, no office in it (things34;
  // junk in the cctv22x and cctv24z annotations).
  if (BARE_BODY.test(org) || FIELD_OF_WORK.test(org) || FOUNDER.test(post.role))
    return { ...post, label: post.label, role: post.label, occupation: true };
  if (org && !isNamePart(org)) return undefined;
  if (org.length === 1 && !shortCountry(org)) return undefined;
  const lateTenure = TENURE.exec(org)?.[0] ?? '';
  if (lateTenure) reasons.push("holder's tenure cut");
  org = org.slice(0, org.length - lateTenure.length);
  tenure ||= lateTenure;
  // 某国新首相, 某国新总统: 新 after a country says the holder is new, as 新任 does (things48-a).
  if (/新$/.test(org) && g.countries.has(org.slice(0, -1))) {
    org = org.slice(0, -1);
    tenure ||= '新';
    reasons.push("holder's tenure cut");
  }
  // 共和党籍某州州长: a party membership before the office is who holds it, not the office.
  org = org.replace(PARTY_MEMBER, '').replace(PARTY_MEMBER_BEFORE_ROLE, '');
  if (NO_STATE.test(org) || NO_FIRM.test(org)) return undefined;
  // 全国人大代表某某公司董事长, 陶瓷手艺人全国人大代表: two titles printed with no pause between.
  const glued = gluedBefore(org) ?? SEAT_BEFORE.exec(org)?.[0].length;
  if (glued) {
    org = org.slice(glued);
    reasons.push('clause before the title cut');
  }
  // 国家主席某某某特别代表: the principal's name is no word of the envoy's office.
  if (envoyBody(org, post.role) !== org) {
    org = envoyBody(org, post.role);
    reasons.push("principal's name cut");
  }
  // 在某国, 与某国, 某某在某省: a preposition before a country or a place is no part of its office;
  // nor is what a country's body is called before it (能源监管机构德国…局, 主办城市意大利米兰市).
  for (let i = org.length - 3; i >= 0; i--)
    if (
      // 某某就某国前总统逝世致唁电: 就 (about) before a country opens what the message is about (things34).
      ('在与同向对就'.includes(org[i]!) || /(?:机构|城市)$/.test(org.slice(0, i + 1))) &&
      (startsWithCountry(org.slice(i + 1)) ||
        (org[i] === '在' &&
          (startsWithPlace(org.slice(i + 1)) || LEVEL_BODY.test(org.slice(i + 1)))))
    ) {
      org = org.slice(i + 1);
      reasons.push('clause before the title cut');
      break;
    }
  // 北京同某银行行长 (…在北京同某银行行长某某会谈): where two sides met, then 同/与 (met-at.ts).
  const met = meetingPlaceEnd(org);
  if (met > 0) {
    org = org.slice(met);
    reasons.push('clause before the title cut');
  }
  // 党的二十大代表, 党二十大代表, 中共二十大代表: one congress, named as printed most (二十大).
  const congress = PARTY_CONGRESS.exec(org)?.[1];
  if (congress) {
    org = congress;
    reasons.push('party congress named one way');
  }
  // What is printed once the clause is cut (乌国防部长 of 代表团由乌国防部长): the office's alias.
  const printedOrg = term + withTenureInside(post.printed.slice(0, -tail.length), org) + tenure;
  if (headOfState(post.role, org) && !headsState(org)) return undefined;
  // 中美经贸中方牵头人, 某国对华合作牵头人: a side's lead in talks holds an office; a team's (腰鼓队的
  // 牵头人) is who gets it together, no post.
  if (post.role === '牵头人' && !/(?:方|合作)$/.test(org)) return undefined;
  // 某国创新、科学和工业部长: the end of a list of portfolios, cut from its country (文化和旅游部长
  // is China's ministry).
  // 某国环境、核安全与消费者保护部长: 与 joins portfolios as 和 does; 某国辐射、化学和生物防护部队司令
  // joins the arms of a force (printed with its 、, 某军辐射、化学…部队, the list is whole).
  const portfolio = /[和与]/.test(org) && !/部$|、/.test(org) && !PRC_MINISTRY_WITH_AND.test(org);
  if (/^副?(部长|司令员?)$/.test(tail) && portfolio && !startsWithCountry(org)) return undefined;
  // 中国国家主席 is 国家主席, 中国全国人大常委会委员长 全国人大常委会委员长, 中华人民共和国国务院总理
  // 国务院总理 (pairs26): China's national offices are printed without the country.
  org = org.replace(/^(?:中国|中华人民共和国)(?=国家|全国|中共|国务院|最高人民)/, '');
  // 法兰西共和国总统 is 法国总统, 俄罗斯联邦政府总理 俄罗斯总理, 中华人民共和国主席 国家主席; so a
  // republic's 主席 is its 国家主席 (越南社会主义共和国主席 = 越南国家主席; not 瑞士联邦主席: things36).
  const state = formalState(org);
  if (state !== undefined) {
    const republic = /^副?主席$/.test(tail) && /共和国$/.test(org);
    org = republic ? (state === '中国' ? '' : state) + '国家' : state;
    reasons.push('country named one way');
  }
  if (
    /^(第一)?副?(总理|首相)$/.test(tail) &&
    org.endsWith('政府') &&
    g.countries.has(org.slice(0, -2))
  ) {
    org = org.slice(0, -2);
    reasons.push('country named one way');
  }
  const country = countryName(org);
  if (country !== org) {
    org = country;
    reasons.push('country named one way');
  }
  // 某国驻美大使 is 某国驻美国大使: the host country's one-character short form, expanded.
  const host = /^(.+驻)(.)$/.exec(org);
  if (host && shortCountry(host[2]!)) {
    org = host[1]! + shortCountry(host[2]!)!;
    reasons.push('country named one way');
  }
  // 某省全国人大代表 is 全国人大代表: the province elects to the national body.
  const national = NATIONAL_AFTER_PLACE.exec(org)?.[1];
  if (national && districtInfo(national)) {
    org = org.slice(national.length);
    reasons.push('place before a national body cut');
  }
  // 洞口县长 is 洞口县县长: a county's head after its name printed without the level word (the
  // county's short form is no alias: too many are words; the head's level word makes it whole).
  const head = /^(?:常务)?[副代]?([县区旗])长$/.exec(post.role)?.[1];
  if (head && !districtInfo(org) && districtInfo(org + head)) {
    org += head;
    reasons.push('place named in full');
  }
  // 北京副市长 is 北京市副市长: a place by its full name. A county since made a city or a district
  // (禄丰县县长, 凤翔县县长) keeps its name: its head was the county's, not a 禄丰市县长.
  const place = districtInfo(org);
  const wasCounty = place && org.endsWith('县') && place.name.slice(0, -1) === org.slice(0, -1);
  if (place && place.name !== org && !wasCounty) {
    org = place.name;
    reasons.push('place named in full');
  }
  // 主席团常务 + 主席, 中央委员会总 + 书记: the rank of the role may stay on the body's short form.
  const rank = /(常务|执行|第一|总)$/.exec(org)?.[0] ?? '';
  const known = nationalName.get(org) ?? nationalName.get(org.slice(0, org.length - rank.length));
  if (known && known + rank !== org && known !== org) {
    org = nationalName.has(org) ? known : known + rank;
    reasons.push('known short form');
  }
  let label = org + tail;
  let role = post.role;
  // 某国外长 = 某国外交部长; 某国副外长 = 某国外交部副部长.
  const deputy = org.endsWith('副') && g.countries.has(countryName(org.slice(0, -1)));
  if (tail === '外长' && (g.countries.has(org) || deputy)) {
    const c = deputy ? countryName(org.slice(0, -1)) : org;
    org = c + '外交部';
    role = deputy ? '副部长' : '部长';
    label = deputy ? org + role : c + '外交部长';
    reasons.push('外长 is 外交部长');
  }
  // 某国防长 = 某国国防部长 (roles.txt: 防长 is how news prints 国防部长; 美防长 beside 美国国防部长).
  if (tail === '防长' && g.countries.has(org)) {
    label = org + '国防部长';
    org += '国防部';
    role = '部长';
    reasons.push('防长 is 国防部长');
  }
  // 某国外交部部长 is 某国外交部长 (the form 外长 resolves to); China's own is 外交部部长.
  if (tail === '部长' && org.endsWith('外交部') && g.countries.has(org.slice(0, -3))) {
    label = org + '长';
    reasons.push('外交部部长 is 外交部长');
  } else if (label === '外交部长') {
    org = '外交部';
    label = '外交部部长';
    reasons.push('外交部长 is 外交部部长');
  }
  // 某某新闻发言人 is 某某发言人: one office, printed with or without 新闻.
  // Not a bare 大会's: the CPPCC session's 大会新闻发言人 is not the NPC session's 大会发言人.
  if (label.endsWith('新闻发言人') && label.length > 5 && !label.startsWith('大会')) {
    label = label.slice(0, -5) + '发言人';
    if (org.endsWith('新闻')) org = org.slice(0, -2);
    role = '发言人';
    reasons.push('新闻发言人 is 发言人');
  }
  // 某国总统办公室负责政治事务的副主任: the portfolio stays in the title; the body is before it, or
  // after it (负责农业事务的某委员会委员: things35).
  const body = org.slice(LEADING_PORTFOLIO.exec(org)?.[0].length ?? 0, PORTFOLIO.exec(org)?.index);
  if (label === post.label) return body === org ? post : { ...post, organization: body };
  const printed = reasons.some((r) => r.includes('clause')) ? printedOrg + tail : post.printed;
  // 某国前任总理: the office, held before (former, as 原/前 before the role: extract/former-marker.ts).
  const former = post.former || tenure === '前任';
  return { ...post, label, printed, organization: body, role, former, reason: reasons.join('; ') };
}
