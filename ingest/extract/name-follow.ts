/** How firmly the text after a candidate name closes it (people.ts, delegates.ts). */
import { gazetteer } from '../gazetteer/index.ts';
import { tag } from '../text/segmenter.ts';
import { LONE_FOLLOWERS, oneOf } from '../text/function-words.ts';

const followers = gazetteer().nameFollowerIndex;

/** One-character followers that never end a clause (正 of 某某正；, 为 of 某某为。). */
const LONE_FOLLOWER = oneOf(LONE_FOLLOWERS);
const CLOSED = /^($|[\s，。！？；：:、,）)!?;])/;

/**
 * 某国首相某某9日表示, 某国首相某某当天表示, 部长某某11月4日在…: a day of the month (with its
 * month or not), or the day pointed at (当天, 当日, 今天, 昨天, 同一天, 同日: cctv34b), after a name closes it, as
 * punctuation does.
 */
export const DAY = /^(?:(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日|当天|当日|今天|昨天|同一天|同日)/;

const TO_LEADER = /^[给向对同与跟致](?:总书记|总理|委员长|国家主席|主席)/;

/** 0: not a boundary; 1: jieba says a verb/preposition/adverb follows; 2: punctuation; 3: a listed follower. */
export function followScore(text: string, end: number): number {
  const rest = text.slice(end, end + 6);
  if (rest === '' || /^[\s，。！？；：:、,（(“"”)）!?;]/.test(rest) || DAY.test(rest)) return 2;
  // 教师某某给总书记看了…: a preposition then a leader's bare title ends the name (names40).
  if (TO_LEADER.test(rest)) return 3;
  // 某某正；: an adverb or preposition of one character with nothing after it is the name's end.
  if (
    followers.longestAt(rest, 0) !== undefined &&
    !(LONE_FOLLOWER.test(rest[0]!) && CLOSED.test(rest[1] ?? ''))
  )
    return 3;
  const first = tag(rest)[0];
  return first && /^[vpdc]/.test(first.tag) && first.word.length > 1 ? 1 : 0;
}
