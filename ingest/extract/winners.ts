/**
 * Winners in sports reports (某某获得女子铅球冠军, 某某刷新世界纪录, 某某夺得金牌): a name at the
 * start of a clause right before a verb of winning, in a clause that names a title, a medal or a
 * record. Only people win these (a team is 中国队, a country 中国), and the surname reader's
 * other rules need a title or a speech verb beside the name, which a results report never prints.
 */
import { isCommonWord } from '../text/segmenter.ts';
import type { PersonFinding } from './facts.ts';
import { PERSON_NAME_SHAPE, surnameAt } from './names.ts';

/**
 * Verbs of winning that follow the winner's name directly, or after the score (某某以98.5分夺得);
 * beating a rival (某某力压队友…夺得冠军) opens a winning clause too.
 */
const WINS =
  /^(以[0-9.]+分)?(分别|成功)?(获得|夺得|勇夺|摘得|分获|斩获|拿下|赢得|刷新|打破|包揽|卫冕|夺冠|摘金|折桂|力压|击败|战胜)/;
/** What a winning clause names: a title, a medal or a record (up to the next full stop). */
const PRIZE = /冠军|金牌|银牌|铜牌|奖牌|纪录|[金银铜]牌|夺冠|摘金|折桂/;
/** A team, a side or a place before the verb (中国队获得, 东道主夺得): no person. */
const NOT_A_WINNER = /[队国方组军省市县区]$/;
/**
 * Where a clause starts: punctuation, a line break, or a list of winners (甲、乙包揽…). By code:
 * asked at every surname of a story, where `text[i - 1]` made a string each time.
 */
const CLAUSE_START_CODES = new Set([...'，。！？；：、\n'].map((c) => c.charCodeAt(0)));

/** 广东队的某某夺得冠军: a team's member, 队的 before the name, opens the clause as a pause does
 * (issue 11, people60: the National Games' results print every winner so). Asked at every surname:
 * compared in place, no slice. */
const teamOwns = (text: string, i: number) => i >= 2 && text.startsWith('队的', i - 2);
/**
 * 浙江队16岁小将某某勇夺…冠军: a player's age or fame printed right before the name (occupations.txt
 * 小将 老将 名将 新秀) opens the clause too; the verb and the prize still vouch for the name
 * (people61, 2025-11-20). Compared in place, as teamOwns.
 */
const EPITHETS = ['小将', '老将', '名将', '新秀'];
const epithetBefore = (text: string, i: number) =>
  i >= 2 && EPITHETS.some((e) => text.startsWith(e, i - 2));

export function winnerAt(text: string, i: number): PersonFinding | undefined {
  if (
    i > 0 &&
    !CLAUSE_START_CODES.has(text.charCodeAt(i - 1)) &&
    !teamOwns(text, i) &&
    !epithetBefore(text, i)
  )
    return undefined;
  const surname = surnameAt(text, i);
  if (!surname) return undefined;
  // The given name may hold characters a name rarely has (刚, 超): the verb and prize vouch for it.
  for (const given of [2, 1]) {
    const end = i + surname.length + given;
    const name = text.slice(i, end);
    // The verb first: it is a short regex test, and most clause starts have none (the
    // dictionary look-up may ask the segmenter).
    const verb = WINS.exec(text.slice(end, end + 12))?.[0];
    if (!verb) continue;
    if (!PERSON_NAME_SHAPE.test(name) || isCommonWord(name) || NOT_A_WINNER.test(name)) continue;
    const clause = text.slice(end, end + 60).split(/[。！？；\n]/)[0]!;
    if (PRIZE.test(clause)) return { name, start: i, end, posts: [], via: 'speech' };
  }
  return undefined;
}
