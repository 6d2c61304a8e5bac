/**
 * Festivals in "names" read by sight (people37, issue 11):
 * - 打春牛 贺新春 闹元宵: a verb of greeting that is also a surname (贺, 庆) before a festival
 *   (新春, 元宵) is a greeting: a festival is not a given name printed after such a verb, and
 *   greetings are printed in strings of three-character phrases;
 * - 欢乐春节·丝路欢歌: a festival joined by a dot to another word is the title of an event or a
 *   show; a person's dotted name has no festival for a part.
 * The festivals are those of the State Council's holiday rules (国务院《全国年节及纪念日放假办法》)
 * and the usual words for the spring season's greetings.
 * Read by `inThingContext` (thing-contexts.ts).
 */
import type { Found } from './story-names.ts';
import { NAME_DOT } from './name-stats.ts';

const FESTIVALS = '春节|新春|新年|元旦|元宵|除夕|清明|端午|中秋|重阳|国庆|佳节|大年';
const FESTIVAL = new RegExp(`^(?:${FESTIVALS})$`);
/** Verbs of greeting a festival that are also surnames (贺新春, 庆元宵, 迎新年). */
const GREETING_VERB = /^[贺庆迎闹过拜欢]/;

export function festivalPhrase(f: Found): boolean {
  if (f.via !== 'sight') return false;
  if (NAME_DOT.test(f.name)) return f.name.split(NAME_DOT).some((part) => FESTIVAL.test(part));
  return f.name.length === 3 && GREETING_VERB.test(f.name) && FESTIVAL.test(f.name.slice(1));
}
