/**
 * A roll of leaders or a photo caption printed with the post on the line above the name:
 *
 *     县委书记
 *     王建峰
 *     县委副书记、县长
 *     李明华
 *
 * gave no pair: every rule reads a title and its name on one line. The rules read such a line
 * break as a space (县委书记 王建峰), which they read as a title and its name. One character for one,
 * so offsets are the printed text's and evidence quotes the lines as printed.
 */
import { isNamesLine } from '../page/lines.ts';
import { isPlausibleName, surnameAt } from './names.ts';
import { roleSuffix } from './role-words.ts';

/** A line that is only a post or a chain of posts: Han characters and 、, ending in a role. */
const TITLE_LINE = /^[\p{Script=Han}、]{2,24}$/u;

const isTitleLine = (line: string): boolean =>
  TITLE_LINE.test(line) && !line.endsWith('、') && roleSuffix(line) !== undefined;

/** A line of one to six names and nothing else (a roll's or a caption's name line). */
const isNameLine = (line: string): boolean =>
  isNamesLine(line) &&
  line
    .split(' ')
    .filter(Boolean)
    .every((name) => isPlausibleName(name, surnameAt(name, 0)?.length ?? 1));

/** `text` with each break between a title line and the name line under it read as a space. */
export function titlesOverNames(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.split('\n');
  let out = lines[0]!;
  let joined = false;
  for (let k = 1; k < lines.length; k++) {
    const join = isTitleLine(lines[k - 1]!) && isNameLine(lines[k]!);
    joined ||= join;
    out += (join ? ' ' : '\n') + lines[k]!;
  }
  return joined ? out : text;
}
