/**
 * Where an unquoted program name may start, read from the text around it: what is said before
 * it that makes it a kind (describedKind), and a start cut inside a longer name or a word
 * (joinedFragment). Kept apart from not-programs.ts, which judges the name itself, because these
 * rules read the sentence, not the mention.
 */
import { canonicalProgram } from './named-programs.ts';
import { tag, wordStartingAt } from '../text/segmenter.ts';

/**
 * What is said before an unquoted name makes it a kind, not one program: 集…为一体的跨海集群工程
 * (a facility described by what it combines), 完善技能人才发展规划 (a plan one improves is any
 * plan of that field), 年产5万吨…示范项目 (one plant and its capacity), 建设了…工程 (one works
 * built) and 这项…的…工程 (an epithet).
 */
export function describedKind(before: string, name = ''): boolean {
  // 作为该地区的主要灌溉工程, 为居民打造的综合民生工程: a rank or a scope after 的 says what kind of
  // works a thing is (its main, its comprehensive one), not which program.
  // 完成2万多处农村供水工程: a count opening the name makes it works of a kind, too.
  if (/的$/.test(before) && /^(主要|重要|综合|首个|首座|最大)/.test(name)) return true;
  if (/^[0-9.一二三四五六七八九十百千万两几]+[万亿]?多?(处|座|条|个|批)(?!一)/.test(name))
    return true;
  // 呼吁国际社会紧急行动: an adverb of haste before 行动 makes it the verb (act at once), no action;
  // 把部署落实为具体行动: concrete or practical action is what is done, no named action.
  if (/(紧急|立即|迅速|尽快|立刻|马上)行动$|^(为|成|化为)?(具体|实际)行动$/.test(name)) return true;
  // 年产5万吨聚…示范项目: a plant's capacity before the name describes one plant.
  // 建设了引水上山工程: a works built (了) is one construction, not a program carried out; 这项
  // 惠及…的圆梦工程, 这项“圆梦工程”: an epithet for a works pointed at; 一项为…打造的就业技能提升
  // 计划: a kind that describes a plan named before; 开启了14条“某某”的航道提升工程: a count of works
  // (with what they are for) makes the name a kind of works, not one program (not a count inside
  // what the plan covers: 涉及28个行业的一体化计划); 某地500千伏输变电工程 cut after its voltage: the
  // name runs on before the figure (a works described by its rating), read no fragment of it;
  // 两项助力中小企业专项行动: a count and what the programs serve, several described together;
  // 已建或在建数字化工程: works by their state of building are any works of that kind.
  return /(已建|在建|拟建|待建)$|[于为]一体的$|[0-9一二三四五六七八九十百千万两几多]+((条|座|批|处)([^，。；：、]{0,12}的)?|项(助力|支持|服务|促进|推动)?|个)$|(完善|健全)$|[0-9.]+(万吨|吨|千瓦|兆瓦|千伏|万伏)\p{Script=Han}?$|(建设|建起|建成|修建|新建|兴建)了$|(这项|这个|这一|该项|此项|一项|一个)([^，。；：、“”]{0,20}的\p{Script=Han}{0,4}|[“"])$/u.test(
    before,
  );
}

/**
 * An unquoted name cut where it does not start: after 及/和/与 that join two parts of one name
 * (某路历史风貌保护及城市更新工程; a list of programs has a program word before the 及), after 至
 * (a route's second end), or
 * inside a word (补上民生水利工程 cut to 上民生…).
 */
export function joinedFragment(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 8), start);
  // 某某高铁甲地至乙地段提质工程 cut to 乙地段…: a name that starts after 至 is the end of a route.
  if (before.endsWith('至')) return true;
  if (
    /[\p{Script=Han}]{2}[及与]$/u.test(before) &&
    !/(计划|工程|行动|规划|战略|政策|项目)[及与]$/.test(before)
  )
    return true;
  if (sharedWorksAfterHe(text, start)) return true;
  if (afterNamedProgram(text, start)) return true;
  return (
    start > 0 &&
    /\p{Script=Han}/u.test(text[start - 1]!) &&
    wordStartingAt(text, start, 3, 2) === undefined
  );
}

/**
 * 沿江护岸林提质增效和高质量发展工程 cut to 高质量发展工程: 和 joins two goals of one works, so what
 * follows it alone is a fragment. Not after a program word (某倡议和某行动计划: two programs), not
 * the program word alone or after an epithet (统一思想认识和行动, 有力行动), not a part naming a place of its
 * own (能源保障和数字某省提质升级行动: that part is a name).
 */
function sharedWorksAfterHe(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 8), start);
  if (!/\p{Script=Han}{2}和$/u.test(before)) return false;
  if (/(计划|工程|行动|规划|战略|政策|项目|倡议|方案|措施|制度|改革|建设)和$/.test(before))
    return false;
  const rest = /^[^，。；：、\s“”《》]*/.exec(text.slice(start))![0];
  // A goal of its own (four characters or more) before the program word, not a bare 行动 or an
  // epithet (鲜明态度和有力行动: the verb's objects).
  if (!/^\p{Script=Han}{4,}?(行动|计划|工程|项目)/u.test(rest)) return false;
  return !tag(rest).some((w) => w.tag === 'ns');
}

/**
 * 优化某某政策消费环境行动方案 cut to 消费环境行动方案: a known program printed glued before the start
 * is what a longer plan serves; the plan's name runs on before it, the rest alone is a fragment.
 */
function afterNamedProgram(text: string, start: number): boolean {
  for (let n = 2; n <= 10 && n <= start; n++)
    if (canonicalProgram.has(text.slice(start - n, start))) return true;
  return false;
}
