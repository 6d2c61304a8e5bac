/**
 * lstrat52 (issue 13): county and city strategies and campaigns named by a quoted slogan whose form
 * says what it is, which the suffix and quote rules of programs.ts refuse (a list in quotes, or no
 * program word of their own) and counted-campaigns.ts does not read:
 * - a list of place qualities carried as one strategy (“生态立县、产业强县、文旅兴县”发展战略: each
 *   item a field and what it does for the county, city or province);
 * - a count of campaign years (“三个年”活动, “两个年”活动: several …年 campaigns run together);
 * - a counted visiting campaign (“万人进万企”, “千企帮千村”: so many people into so many firms);
 * - counted pushes carried out (实施“七大攻坚”, 打好“四大会战”, 深入推进“三大革命”);
 * - a layout of three or more counted parts carried out or put forward by a Party committee as a
 *   strategy (深入实施“一主两副多极”: one main centre, two sub-centres, many poles; 县委“三边四化
 *   五美”工作要求: lstrat50-l), one industry per county carried out (深化“一县一业”, lstrat50-l),
 *   a short count created (推进“三零”创建), the counted revitalizations focused on (聚焦“五大振兴”,
 *   lstrat48-l);
 * - a counted set of things built as the carrier of a campaign (以“八大环境”建设为载体), and so many
 *   visions of a place built (建设“五个某城”, lstrat58).
 * Each was a named strategy of lstrat52-l's dev pages no rule found. Party formulas (“两个确立”,
 * “四个全面”) and goals (“三大高地”) have none of these shapes.
 */
import { levelClass, COUNTY_AND_ABOVE } from '../text/level-words.ts';
import { programByForm as mention, type Mention } from './mentions.ts';
import { quotedTerms } from './quoted-terms.ts';
import { NUMERAL_VALUE } from '../text/numerals.ts';
import { listedStrategies } from './strategy-lists.ts';

const N = '一二三四五六七八九十两';
/** 生态立县, 产业强县, 文旅兴市, 工业强省: a field of two characters, a verb of making, a level. */
const QUALITY = `\\p{Script=Han}{2}[立强兴富活美稳优]${levelClass(COUNTY_AND_ABOVE + '镇')}`;
const QUALITIES = new RegExp(
  `[“"]?(${QUALITY}(?:、${QUALITY}){0,4})[”"]?((?:[${N}]大)?(?:发展)?战略)`,
  'gu',
);
/**
 * lstrat62: 以“生态立县、文旅兴县、品质强县”为战略支撑: qualities a county takes as its strategy's
 * support or path, the word 战略 after 为 and not after the quote.
 */
const QUALITIES_TAKEN = new RegExp(
  `以[“"](${QUALITY}(?:、${QUALITY}){1,4})[”"]为(?:战略(?:支撑|路径|引领|抓手)|发展战略|主战略)`,
  'gu',
);
/** Nouns 战略 qualifies (战略定位, 战略目标): a phrase of their own, not the strategy's name. */
const STRATEGIC_NOUN =
  /^(?:定位|目标|地位|机遇|任务|方向|意义|重点|高度|支撑|路径|布局|部署|举措|规划|思路|合作|伙伴|要地|腹地|要求|导向)/;
/** lstrat61: 坚定不移走产业强市之路: the road of one quality a place takes is its strategy. */
const ROAD = new RegExp(`走(?:好|稳)?(${QUALITY})之路`, 'gu');
/** “三个年”, “两个年”: so many campaign years (攻坚年, 突破年…) run together. */
const COUNTED_YEARS = new RegExp(`^[${N}]个年$`, 'u');
/** “万人进万企”, “千企帮千村”, “百名干部进百村”: so many of one kind go to so many of another. */
const VISITS = /^([十百千万])\p{Script=Han}{1,3}[进帮联包访走]\1\p{Script=Han}{1,2}$/u;
/** “七大攻坚”, “四大会战”: counted pushes (a count of goals, “三大高地”, has no such word). */
const PUSHES = new RegExp(`^[${N}]大(攻坚|会战|攻坚战|革命|战役|振兴)$`, 'u');
/** “一县一业”, “一村一品”: one industry or product per place (not a method, “一河一策”). */
const ONE_PER_PLACE = /^一[县乡镇村企园]一[业品特景]$/;
/** 一主两副多极, 一核两翼三带: three or more counted parts, one character each. */
const LAYOUT = new RegExp(`^(?:[${N}多]\\p{Script=Han}){3,4}$`, 'u');
/**
 * lstrat58: 省委“四为四高两同步”总体思路: the last part may hold two characters where the words after
 * call it the committee's approach or strategy (“一改两为五做到”要求 is a requirement: lstrat57-l).
 */
const LAYOUT_LONG_LAST = new RegExp(
  `^(?:[${N}多]\\p{Script=Han}){2,3}[${N}多]\\p{Script=Han}{2}$`,
  'u',
);
const APPROACH = /^(?:总体思路|发展思路|发展战略|战略)/;
/** The Party's basic policy of the same shape is no county's layout. */
const FORMULA = /^(一国两制)/;
/** “三零”, “双零”: a short count a place creates (零上访、零事故、零案件). */
const SHORT_COUNT = new RegExp(`^[${N}双]\\p{Script=Han}$`, 'u');
/** “八大环境”, “三大平台”: a counted set of things, built as a campaign's carrier or main line. */
const COUNTED_SET = new RegExp(`^[${N}]大\\p{Script=Han}{2}$`, 'u');
const CARRIER = /^建设为(载体|抓手|主线|重点)/;
/** lstrat58: 建设“五个昌南”: so many visions of a place built (as “四个城市”建设 is), 建设 right before. */
const COUNTED_VISIONS = new RegExp(`^[${N}]个\\p{Script=Han}{2,3}$`, 'u');
/** The Party's counted formulas of the same shape are no place's visions. */
const PARTY_FORMULA = /^[两四]个(全面|意识|自信|维护|确立|现代化|一百年|务必|服务|代表)$/;
const CAMPAIGN_AFTER = /^(工作|活动|行动|专项行动)/;
/**
 * lstrat60: 围绕“实业兴市”“引客入遂”, 坚持“工业立县”: one place quality quoted alone, carried or
 * gone round as the work's aim, is the place's strategy without the word 战略 (the list form above
 * needs it); a goal of another shape (“一区一县”) is no quality.
 */
const ONE_QUALITY = new RegExp(`^${QUALITY}$`, 'u');
const AIMED = /(围绕|实施|坚持|推进|深化|落实|践行|聚焦|突出)$/;
const CARRIED = /(实施|开展|推进|深化|推动|落实|打好|打赢|抓好|决战|聚焦)$/;
/** 县委“三边四化五美”工作要求: a layout a Party committee puts forward is its strategy. */
const PUT_FORWARD = new RegExp(`${levelClass(COUNTY_AND_ABOVE)}委$`);

/**
 * lstrat60: “强农、重工、活商、兴教”四大战略: fields of two characters each, listed in one quote and
 * counted right after it as so many strategies (or actions, works); the count must be the list's
 * length, so a list that only describes (“A、B”两大优势) names nothing.
 */
const COUNTED_FIELDS =
  /[“"]((?:\p{Script=Han}{2}、){1,7}\p{Script=Han}{2})[”"]([两二三四五六七八九十])大(战略|行动|工程)/gu;

export function sloganCampaigns(text: string): Mention[] {
  const out: Mention[] = [];
  for (const m of text.matchAll(COUNTED_FIELDS))
    if (m[1]!.split('、').length === NUMERAL_VALUE[m[2]!])
      out.push(mention(`${m[1]!}${m[2]!}大${m[3]!}`, m[0], m.index, 'strategy'));
  if (text.includes('之路'))
    for (const m of text.matchAll(ROAD)) {
      const at = m.index + m[0].indexOf(m[1]!);
      out.push(mention(m[1]!, m[1]!, at, 'strategy'));
    }
  // Every match ends in 战略 (the RegExp, unanchored, tried each position of a text without it).
  if (text.includes('战略'))
    for (const m of text.matchAll(QUALITIES_TAKEN))
      out.push(mention(m[1]!, m[0].slice(1), m.index + 1, 'strategy'));
  if (text.includes('战略'))
    for (const m of text.matchAll(QUALITIES)) {
      const name = m[1]! + m[2]!;
      // lstrat62: one quality alone is a strategy only where 战略 ends the phrase (“能源强省”战略
      // 定位 is a positioning: the noun after 战略 is what the phrase names).
      const noun = STRATEGIC_NOUN.test(
        text.slice(m.index + m[0].length, m.index + m[0].length + 2),
      );
      // A closing quote without its opening one ends a longer quote (落实“加快建设某某强市”战略要求).
      const inQuote =
        /[”"]$/.test(m[0].slice(0, m[0].length - m[2]!.length)) && !/^[“"]/.test(m[0]);
      if (!m[1]!.includes('、') && (noun || inQuote)) continue;
      if (m[1]!.includes('、') && !/[“"”]/.test(m[0]) && !noun) {
        out.push(...listedStrategies(text, m[1]!, m.index, m[2]!));
        continue;
      }
      out.push(mention(name, m[0], m.index, 'strategy'));
    }
  for (const { inner, quoted, at, end } of quotedTerms(text, 8)) {
    const after = text.slice(end, end + 4);
    const before = text.slice(Math.max(0, at - 2), at);
    const carried = CARRIED.test(before);
    // “工业强县”建设: the title built is the county's goal (program-doctrine.ts), not its strategy.
    if (ONE_QUALITY.test(inner) && AIMED.test(before) && !after.startsWith('建设')) {
      out.push(mention(inner, quoted, at, 'strategy'));
      continue;
    }
    if (COUNTED_YEARS.test(inner)) {
      // Named by the quote alone, as “三个一批” is: 活动 after a count reads as an event's word.
      const kind = /^(活动|行动)/.exec(after)?.[1];
      if (kind) out.push(mention(inner, quoted + kind, at, kind));
    } else if (VISITS.test(inner) && (CAMPAIGN_AFTER.test(after) || carried))
      out.push(mention(inner, quoted, at, 'campaign'));
    else if (PUSHES.test(inner) && (carried || /^行动/.test(after)))
      out.push(mention(inner, quoted, at, 'campaign'));
    else if (ONE_PER_PLACE.test(inner) && carried) out.push(mention(inner, quoted, at, 'campaign'));
    else if (
      (LAYOUT.test(inner) || (LAYOUT_LONG_LAST.test(inner) && APPROACH.test(after))) &&
      !FORMULA.test(inner) &&
      (carried || PUT_FORWARD.test(text.slice(Math.max(0, at - 2), at))) &&
      !/^[区布格]/.test(after)
    )
      out.push(mention(inner, quoted, at, 'strategy'));
    else if (SHORT_COUNT.test(inner) && carried && /^创建/.test(after))
      out.push(mention(`${inner}创建`, `${quoted}创建`, at, '创建'));
    else if (COUNTED_SET.test(inner) && CARRIER.test(text.slice(end, end + 6)))
      out.push(mention(`${inner}建设`, `${quoted}建设`, at, '建设'));
    else if (
      COUNTED_VISIONS.test(inner) &&
      text.slice(Math.max(0, at - 2), at) === '建设' &&
      !PARTY_FORMULA.test(inner) &&
      // 建设“三个文明”融合发展的现代化城市: words up to a 的 describe the thing built, a goal.
      !/^[^，。；、！？“”]{0,8}的|^(目标|任务|要求)/.test(text.slice(end, end + 10))
    )
      out.push(mention(`${inner}建设`, quoted, at, '建设'));
  }
  return out;
}
