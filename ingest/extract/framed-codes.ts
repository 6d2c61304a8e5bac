/**
 * lstrat61 (issue 13): a county's or a province's strategy named by a code of counts or figures
 * and printed in quotes before the word that frames the work, not a programme word of the lexicon:
 * - a frame of thought (锚定“一四五一”总体工作思路, 聚焦“一正四新”工作思路): the county's course of
 *   work, named by its code;
 * - a blueprint anchored to (锚定“三高四新”美好蓝图): the code is the strategy the blueprint draws;
 * - a body's deployment (围绕省委“1310”具体部署): the programme of work a committee deploys, by its
 *   code;
 * - key work carried out (开展“三网一空间”重点工作) and a counted push carried out (常态化开展“四促”
 *   攻坚), or counted breakthroughs a verb of pushing fights for (聚力攻坚“十大突破”);
 * - cities created together (“五城联创”, “三城联创”): a city's campaign for so many titles at once.
 * A code printed with a goal (“三高三优”目标要求), a task (“六稳”工作) or a formula (“四个全面”) has
 * none of these words after it and stays out; so do a period (“十四五”美好蓝图: the period's plan
 * is the gazetteer's) and a count of characters (“二十四字”工作思路: a formula's length).
 */
import { programByForm as mention, type Mention } from './mentions.ts';
import { quotedTerms } from './quoted-terms.ts';

const N = '一二三四五六七八九十两双';
/** 一四五一, 1310, 532: a code of figures (three to six). */
const FIGURES = /^(?:[一二三四五六七八九十]{3,6}|[0-9]{3,6})$/u;
/** 三高四新, 一正四新, 三网一空间: two or three counts, each with the short word it counts. */
const COUNTS = new RegExp(`^(?:[${N}]\\p{Script=Han}{1,3}?){2,3}$`, 'u');
/** 四促, 七个岳阳, 十大突破: one count and what it counts. */
const ONE_COUNT = new RegExp(`^[${N}](?:个|大)?\\p{Script=Han}{1,3}$`, 'u');
const PERIOD = /^[一二三四五六七八九十]+五$/u;

/** Local party committees and governments, which deploy a code or print one before a shared frame. */
const LOCAL_BODIES = '省委|市委|州委|县委|区委|省政府|市政府';
/** The frame after the quote: the strategy is the code's (“四为四高两同步”总体思路 is 四为四高两同步,
 * as lstrat58-l names it; a code of figures carried out is the code, slogan-lists.ts); so is a
 * body's 总体要求 (blocal-n). */
const THOUGHT = /^(?:(?:总体)?(?:工作|发展)?思路|总体要求)/u;
/**
 * 省委“四为四高两同步”、市委“一三四三”工作思路和总体要求 (blocal-n): codes of several bodies
 * listed before the one frame they share; each code is framed by it.
 */
const LISTED_CODES = new RegExp(`^(?:、(?:${LOCAL_BODIES})?“[^“”\\n]{2,8}”)+`, 'u');
const BLUEPRINT = /^(?:美好|宏伟)蓝图/u;
const DEPLOYMENT = /^(?:具体|战略|工作)部署/u;
/** The committee or government that deploys, right before the quote (省委“1310”具体部署). */
const BODY = new RegExp(`(?:${LOCAL_BODIES}|党委)$`, 'u');
/** A verb carrying the work out, right before the quote (常态化 may precede 开展). */
const CARRIED = /(?:开展|推进|抓好|抓实|落实|实施|深化)$/u;
const PUSH = /^攻坚(?![战克])/u;
const KEY_WORK = /^重点工作/u;
/** 聚力攻坚“十大突破”: a verb of pushing before counted breakthroughs or leaps. */
const FOUGHT_FOR = /攻坚$/u;
const BREAKTHROUGHS = new RegExp(`^[${N}]大(?:突破|跨越|攻坚|提升)$`, 'u');
const CITIES_CREATED = new RegExp(`^[${N}]城(?:联创|同创|共创)$`, 'u');
const CREATION_CARRIED =
  /(?:抓好|推进|开展|打好|打赢|实施|决战|冲刺|掀起|助力|服务|深化|落实)[^，。；：！？]{0,12}$/u;
const CREATION_WORK = /^(?:工作|冲刺|攻坚|创建|各项)/u;

export function framedCodes(text: string): Mention[] {
  const out: Mention[] = [];
  for (const { inner, quoted, at, end } of quotedTerms(text, 8)) {
    if (CITIES_CREATED.test(inner)) {
      // Carried out or worked at (抓好…“五城联创”, “四城联创”工作): a slogan only talked of is no campaign.
      const worked =
        CREATION_CARRIED.test(text.slice(Math.max(0, at - 16), at)) ||
        CREATION_WORK.test(text.slice(end, end + 2));
      if (worked) out.push(mention(inner, quoted, at, 'campaign'));
      continue;
    }
    const before = text.slice(Math.max(0, at - 4), at);
    if (BREAKTHROUGHS.test(inner) && FOUGHT_FOR.test(before)) {
      out.push(mention(inner, quoted, at, 'campaign'));
      continue;
    }
    // “二十四字”工作思路: a count of the characters a formula is written in names no strategy.
    if (PERIOD.test(inner) || inner.endsWith('字')) continue;
    const code = FIGURES.test(inner) || COUNTS.test(inner);
    if (!code && !ONE_COUNT.test(inner)) continue;
    const after = text.slice(end, end + 6);
    const thought = THOUGHT.exec(after)?.[0];
    if (code && thought) {
      out.push(mention(inner, quoted + thought, at, 'strategy'));
      continue;
    }
    const listed = LISTED_CODES.exec(text.slice(end, end + 40))?.[0];
    if (code && listed && THOUGHT.test(text.slice(end + listed.length, end + listed.length + 6))) {
      out.push(mention(inner, quoted, at, 'strategy'));
      continue;
    }
    if (code && BLUEPRINT.test(after)) {
      out.push(mention(inner, quoted, at, 'strategy'));
      continue;
    }
    const deployed = DEPLOYMENT.exec(after)?.[0];
    if (code && deployed && BODY.test(before)) {
      out.push(mention(inner, quoted + deployed, at, 'strategy'));
      continue;
    }
    if (!CARRIED.test(before)) continue;
    if (KEY_WORK.test(after)) out.push(mention(inner, quoted, at, 'campaign'));
    else if (PUSH.test(after)) out.push(mention(inner + '攻坚', quoted + '攻坚', at, '攻坚'));
  }
  return out;
}
